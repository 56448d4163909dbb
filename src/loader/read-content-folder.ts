// Finds the content files by kind, and names each entry after its file.
import { readdir, stat } from 'node:fs/promises';
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
  expected: string;
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
    const found = await exists(absolute);
    if (found) files.push({ kind, absolute, relative, slug: path.basename(relative, '.yaml'), extension: '.yaml' });
    else if (required) missing.push(relative);
  };
  await single('program.yaml', 'program', true);
  await single('brand/brand.yaml', 'brand', false);

  for (const { kind, folder, extensions } of COLLECTION_FOLDERS) {
    let names: string[];
    try {
      names = (await readdir(path.join(root, folder), { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
    } catch {
      continue; // an absent folder is an empty collection
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const relative = `${folder}/${name}`;
      const absolute = path.join(root, folder, name);
      const extension = extensions.find((ext) => name.endsWith(ext));
      if (!extension) strays.push({ relative, absolute, expected: extensions.join(' or ') });
      else files.push({ kind, absolute, relative, slug: name.slice(0, -extension.length), extension });
    }
  }
  return { files, strays, missing };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then((info) => info.isFile(), () => false);
}
