// Finds the content files of every kind (content-kinds.ts), and names each entry after its file.
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { type ContentFile, SYMLINK } from './content-file.ts';
import { CONTENT_KINDS } from './content-kinds.ts';
import { closest, listOf } from './did-you-mean.ts';
import type { Advice } from './problem.ts';

export type { ContentFile } from './content-file.ts';

/** A file that cannot be read as content, and why (its advice). */
export interface StrayFile extends Advice {
  relative: string;
  absolute: string;
  /** Errors by default; entries Partnerkit merely does not read are warnings. */
  severity?: 'warning';
  /** False for a file that is also read as content, so it is not counted twice. */
  counted?: false;
}

/** The kinds held one entry per file, the folder they live in and the extensions allowed. */
const COLLECTION_FOLDERS = CONTENT_KINDS.flatMap((definition) => ('folder' in definition.files ? [{ kind: definition.kind, ...definition.files }] : []));

/** The kinds held in one file at a fixed path. */
const FIXED_FILES = CONTENT_KINDS.flatMap((definition) => ('path' in definition.files ? [{ kind: definition.kind, ...definition.files }] : []));

/** A required file that is not there, and the entry it would be. */
export interface MissingFile {
  relative: string;
  entry: string;
}

export async function readContentFolder(root: string): Promise<{ files: ContentFile[]; strays: StrayFile[]; missing: MissingFile[] }> {
  const files: ContentFile[] = [];
  const strays: StrayFile[] = [];
  const missing: MissingFile[] = [];
  for (const { kind, path: relative, required } of FIXED_FILES) {
    const absolute = path.join(root, relative);
    const info = await lstat(absolute).catch(() => undefined);
    if (info?.isSymbolicLink()) strays.push({ relative, absolute, ...SYMLINK });
    else if (info?.isFile()) files.push(contentFileAt(root, relative)!);
    else if (required) missing.push({ relative, entry: kind });
  }

  for (const { folder, extensions } of COLLECTION_FOLDERS) {
    const folderInfo = await lstat(path.join(root, folder)).catch(() => undefined);
    if (!folderInfo) continue; // an absent folder is an empty collection
    if (folderInfo.isSymbolicLink()) {
      strays.push({ relative: `${folder}/`, absolute: path.join(root, folder), ...SYMLINK });
      continue;
    }
    if (!folderInfo.isDirectory()) {
      strays.push({
        relative: folder,
        absolute: path.join(root, folder),
        code: 'folder-is-a-file',
        message: `"${folder}" is a file, not a folder`,
        fix: `make ${folder}/ a folder holding the ${extensions.join(' or ')} files`,
      });
      continue;
    }
    const entries = (await readdir(path.join(root, folder), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const firstFile = files.length;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = `${folder}/${entry.name}`;
      const absolute = path.join(root, folder, entry.name);
      const file = contentFileAt(root, relative);
      const expected = extensions.join(' or ');
      if (entry.isSymbolicLink()) strays.push({ relative, absolute, ...SYMLINK });
      else if (entry.isDirectory())
        strays.push({
          relative,
          absolute,
          code: 'folder-in-collection',
          message: `"${entry.name}" is a folder`,
          fix: `put the ${expected} files directly in ${folder}/`,
        });
      else if (!entry.isFile() || !file)
        strays.push({
          relative,
          absolute,
          code: 'wrong-extension',
          message: `"${entry.name}" is not a ${expected} file`,
          fix: `rename it to end in ${expected}, or move it out of ${folder}/`,
        });
      else files.push(file);
    }
    strays.push(...twins(files.slice(firstFile), folder));
  }
  strays.push(...(await unknownTopLevelEntries(root)));
  return { files, strays, missing };
}

/** The content file at `relative` (forward slashes), when a kind's files may be there; the file itself is not looked at. */
export function contentFileAt(root: string, relative: string): ContentFile | undefined {
  const absolute = path.join(root, relative);
  for (const definition of CONTENT_KINDS) {
    const { kind, files } = definition;
    if ('path' in files) {
      if (files.path === relative) return { kind, absolute, relative, slug: path.posix.basename(relative, '.yaml'), extension: '.yaml', entry: kind };
    } else if (path.posix.dirname(relative) === files.folder) {
      const name = path.posix.basename(relative);
      const extension = files.extensions.find((ext) => name.endsWith(ext));
      if (!extension) return undefined;
      const slug = name.slice(0, -extension.length);
      return { kind, absolute, relative, slug, extension, entry: `${files.folder}/${slug}` };
    }
  }
  return undefined;
}

/**
 * `x.md` and `x.mdx` would both be the page /news/x/, one silently hiding the other: both are
 * refused, each naming the other. They are still read, so their other problems are reported too.
 */
function twins(collection: ContentFile[], folder: string): StrayFile[] {
  const bySlug = Map.groupBy(collection, (file) => file.slug);
  return [...bySlug.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((file) => ({
        relative: file.relative,
        absolute: file.absolute,
        counted: false,
        code: 'same-name-files',
        message: `${listOf(group.filter((other) => other !== file).map((other) => `"${path.basename(other.relative)}"`))} has the same name, so both would be the page /${folder}/${file.slug}/`,
        fix: 'keep one of them: delete the other, or rename it',
      })),
    );
}

/** Folders holding files that entries point at (logos, brand assets, images): any file may be there. */
const ASSET_FOLDERS = ['logos', 'brand', 'images'];
/** What the content folder holds: each kind's file or folder, then the asset folders (brand/ holds brand.yaml and its assets). */
const KNOWN_TOP_LEVEL = [
  ...new Set([
    ...CONTENT_KINDS.map((definition) => ('folder' in definition.files ? definition.files.folder : definition.files.path.split('/')[0]!)).filter(
      (name) => !ASSET_FOLDERS.includes(name),
    ),
    ...ASSET_FOLDERS,
  ]),
];

/** Anything else at the top of the content folder is not read: say so, so nothing is lost without a word. */
async function unknownTopLevelEntries(root: string): Promise<StrayFile[]> {
  const strays: StrayFile[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || KNOWN_TOP_LEVEL.includes(entry.name) || /^readme(\.md)?$/i.test(entry.name)) continue;
    const guess = closest(entry.name, KNOWN_TOP_LEVEL);
    const absolute = path.join(root, entry.name);
    if (entry.isSymbolicLink()) strays.push({ relative: entry.name, absolute, ...SYMLINK });
    else
      strays.push({
        relative: entry.name,
        absolute,
        severity: 'warning',
        code: 'not-read',
        message: `Partnerkit does not read "${entry.name}"`,
        fix: guess ? `did you mean "${guess}"?` : `content lives in ${KNOWN_TOP_LEVEL.join(', ')}`,
      });
  }
  // A fixed file inside a folder (brand/brand.yaml) is looked for by its exact name: say so of a near miss.
  for (const { kind, path: relative } of FIXED_FILES.filter((fixed) => fixed.path.includes('/'))) {
    const folder = path.posix.dirname(relative);
    const fileName = path.posix.basename(relative);
    const nearMiss = new RegExp(`^${path.posix.basename(relative, '.yaml')}\\.(yml|json)$`, 'i');
    for (const name of (await readdir(path.join(root, folder)).catch(() => [] as string[])).filter(
      (n) => nearMiss.test(n) || (n !== fileName && n.toLowerCase() === fileName),
    )) {
      strays.push({
        relative: `${folder}/${name}`,
        absolute: path.join(root, folder, name),
        severity: 'warning',
        code: 'not-read',
        message: `"${name}" is not read`,
        fix: `name the ${kind} file ${fileName}`,
      });
    }
  }
  return strays;
}
