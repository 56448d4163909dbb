// What a file that an entry points at (a logo, a brand asset, an image in a post) turned out to be.
// Computed apart from reporting so the same answer can come from a worker thread (see parse-files.ts).
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFileKind, type FileKindProblem } from './check-file-kind.ts';
import { closest } from './did-you-mean.ts';
import { type PublishedPurpose, sha256 } from './published-files.ts';

export type ReferencedFileOutcome =
  | { kind: 'link' }
  | { kind: 'folder' }
  | { kind: 'not-a-file' }
  | { kind: 'missing'; guess: string | undefined }
  /** sha256 of the bytes checked: the build publishes these bytes and no others. */
  | { kind: 'file'; problems: FileKindProblem[]; sha256: string };

/** Folder listings, read once per run: thousands of logos share logos/, and one listing replaces an lstat per logo. */
export type FolderListings = Map<string, Map<string, Dirent> | undefined>;

/** Looks at `relative` (a path the schema accepted) under the content folder `root`, as a file published as `purpose`. */
export async function inspectReferencedFile(
  root: string,
  relative: string,
  listings: FolderListings,
  purpose: PublishedPurpose = 'logo',
): Promise<ReferencedFileOutcome> {
  const parts = relative.split('/').filter(Boolean); // "logos//a.svg" names logos/a.svg, as path.join reads it
  let folder = root;
  for (const [index, part] of parts.entries()) {
    const entries = listingOf(folder, listings);
    const entry = entries?.get(part);
    const last = index === parts.length - 1;
    if (!entry) return { kind: 'missing', guess: last && entries ? closest(part, [...entries.keys()]) : undefined };
    // A link (in the path's last part or any folder on the way) could point outside the content folder.
    if (entry.isSymbolicLink()) return { kind: 'link' };
    if (!last) {
      if (!entry.isDirectory()) return { kind: 'missing', guess: undefined };
      folder = path.join(folder, part);
    } else if (entry.isDirectory()) return { kind: 'folder' };
    else if (!entry.isFile()) return { kind: 'not-a-file' };
  }
  // Synchronous: for thousands of small files it is ~10× faster than fs/promises.
  const bytes = readFileSync(path.join(root, relative));
  const hash = sha256(bytes);
  return { kind: 'file', problems: await checkFileKind(relative, bytes, purpose, hash), sha256: hash };
}

function listingOf(folder: string, listings: FolderListings): Map<string, Dirent> | undefined {
  if (!listings.has(folder)) {
    try {
      listings.set(folder, new Map(readdirSync(folder, { withFileTypes: true }).map((entry) => [entry.name, entry])));
    } catch {
      listings.set(folder, undefined);
    }
  }
  return listings.get(folder);
}
