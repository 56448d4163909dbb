// Finds the content files by kind, and names each entry after its file.
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentKind } from '../../schemas/index.ts';
import { closest, listOf } from './did-you-mean.ts';

export interface ContentFile {
  kind: ContentKind;
  /** Absolute path. */
  absolute: string;
  /** Relative to the content folder, forward slashes. */
  relative: string;
  /** The file name without extension: the entry's id. */
  slug: string;
  extension: string;
}

export interface StrayFile {
  relative: string;
  absolute: string;
  /** Errors by default; entries Partnerkit merely does not read are warnings. */
  severity?: 'warning';
  /** False for a file that is also read as content, so it is not counted twice. */
  counted?: false;
  /** Why it cannot be read as content. */
  message: string;
  fix: string;
}

/** Collections that hold one entry per file, the folder they live in and the extensions allowed. */
export const COLLECTION_FOLDERS: ReadonlyArray<{ kind: ContentKind; folder: string; extensions: readonly string[] }> = [
  { kind: 'partner', folder: 'partners', extensions: ['.yaml'] },
  { kind: 'activity', folder: 'activity', extensions: ['.yaml'] },
  { kind: 'case-study', folder: 'case-studies', extensions: ['.mdx'] },
  { kind: 'news', folder: 'news', extensions: ['.md', '.mdx'] },
];

export async function readContentFolder(root: string): Promise<{ files: ContentFile[]; strays: StrayFile[]; missing: string[] }> {
  const files: ContentFile[] = [];
  const strays: StrayFile[] = [];
  const missing: string[] = [];
  const single = async (relative: string, kind: ContentKind, required: boolean) => {
    const absolute = path.join(root, relative);
    const info = await lstat(absolute).catch(() => undefined);
    if (info?.isSymbolicLink()) strays.push({ relative, absolute, ...SYMLINK });
    else if (info?.isFile()) files.push({ kind, absolute, relative, slug: path.basename(relative, '.yaml'), extension: '.yaml' });
    else if (required) missing.push(relative);
  };
  await single('program.yaml', 'program', true);
  await single('brand/brand.yaml', 'brand', false);

  for (const { kind, folder, extensions } of COLLECTION_FOLDERS) {
    const folderInfo = await lstat(path.join(root, folder)).catch(() => undefined);
    if (!folderInfo) continue; // an absent folder is an empty collection
    if (folderInfo.isSymbolicLink()) {
      strays.push({ relative: `${folder}/`, absolute: path.join(root, folder), ...SYMLINK });
      continue;
    }
    if (!folderInfo.isDirectory()) {
      strays.push({ relative: folder, absolute: path.join(root, folder), message: `"${folder}" is a file, not a folder`, fix: `make ${folder}/ a folder holding the ${extensions.join(' or ')} files` });
      continue;
    }
    const entries = (await readdir(path.join(root, folder), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const firstFile = files.length;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = `${folder}/${entry.name}`;
      const absolute = path.join(root, folder, entry.name);
      const extension = extensions.find((ext) => entry.name.endsWith(ext));
      const expected = extensions.join(' or ');
      if (entry.isSymbolicLink()) strays.push({ relative, absolute, ...SYMLINK });
      else if (entry.isDirectory()) strays.push({ relative, absolute, message: `"${entry.name}" is a folder`, fix: `put the ${expected} files directly in ${folder}/` });
      else if (!entry.isFile() || !extension) strays.push({ relative, absolute, message: `"${entry.name}" is not a ${expected} file`, fix: `rename it to end in ${expected}, or move it out of ${folder}/` });
      else files.push({ kind, absolute, relative, slug: entry.name.slice(0, -extension.length), extension });
    }
    strays.push(...twins(files.slice(firstFile), folder));
  }
  strays.push(...(await unknownTopLevelEntries(root)));
  return { files, strays, missing };
}

/**
 * `x.md` and `x.mdx` would both be the page /news/x/, one silently hiding the other: both are
 * refused, each naming the other. They are still read, so their other problems are reported too.
 */
function twins(collection: ContentFile[], folder: string): StrayFile[] {
  const bySlug = Map.groupBy(collection, (file) => file.slug);
  return [...bySlug.values()].filter((group) => group.length > 1).flatMap((group) =>
    group.map((file) => ({
      relative: file.relative,
      absolute: file.absolute,
      counted: false,
      message: `${listOf(group.filter((other) => other !== file).map((other) => `"${path.basename(other.relative)}"`))} has the same name, so both would be the page /${folder}/${file.slug}/`,
      fix: 'keep one of them: delete the other, or rename it',
    })),
  );
}

/** Folders holding files that entries point at (logos, brand assets, images): any file may be there. */
const ASSET_FOLDERS = ['logos', 'brand', 'images'];
const KNOWN_TOP_LEVEL = ['program.yaml', ...COLLECTION_FOLDERS.map((c) => c.folder), ...ASSET_FOLDERS];

/** Anything else at the top of the content folder is not read: say so, so nothing is lost without a word. */
async function unknownTopLevelEntries(root: string): Promise<StrayFile[]> {
  const strays: StrayFile[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || KNOWN_TOP_LEVEL.includes(entry.name) || /^readme(\.md)?$/i.test(entry.name)) continue;
    const guess = closest(entry.name, KNOWN_TOP_LEVEL);
    const absolute = path.join(root, entry.name);
    if (entry.isSymbolicLink()) strays.push({ relative: entry.name, absolute, ...SYMLINK });
    else strays.push({ relative: entry.name, absolute, severity: 'warning', message: `Partnerkit does not read "${entry.name}"`, fix: guess ? `did you mean "${guess}"?` : `content lives in ${KNOWN_TOP_LEVEL.join(', ')}` });
  }
  const brandNames = await readdir(path.join(root, 'brand')).catch(() => [] as string[]);
  for (const name of brandNames.filter((n) => /^brand\.(yml|json)$/i.test(n) || (n !== 'brand.yaml' && n.toLowerCase() === 'brand.yaml'))) {
    strays.push({ relative: `brand/${name}`, absolute: path.join(root, 'brand', name), severity: 'warning', message: `"${name}" is not read`, fix: 'name the brand file brand.yaml' });
  }
  return strays;
}

/** Symbolic links could make the build read (and publish) files from outside the content folder. */
export const SYMLINK = { message: 'symbolic links are not allowed in the content folder', fix: 'replace the link with the file itself' };
