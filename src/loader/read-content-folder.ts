// Finds the content files by kind, and names each entry after its file.
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentKind } from '../../schemas/index.ts';

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
    let entries;
    try {
      entries = (await readdir(path.join(root, folder), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      continue; // an absent folder is an empty collection
    }
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
  }
  return { files, strays, missing };
}

/** Symbolic links could make the build read (and publish) files from outside the content folder. */
export const SYMLINK = { message: 'symbolic links are not allowed in the content folder', fix: 'replace the link with the file itself' };
