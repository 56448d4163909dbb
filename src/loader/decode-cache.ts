// What sharp found when it decoded or drew a file, kept by the file's content hash: in memory for
// this run, and on disk between runs, so a large program's images are decoded once, not on every
// validate. The key includes a version, bumped when a check changes, so old answers are not reused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FOLDER } from '../shared/cache-folder.ts';

/** Bump when a cached check changes what it decides. */
const CHECKER_VERSION = 'image-checks-v1';

const folder = path.join(CACHE_FOLDER, 'image-checks');
const inMemory = new Map<string, Promise<unknown>>();
let folderReady = false;

/**
 * The cached answer for (`check`, `sha256`), or `compute()`'s, kept for next time. `check` names
 * what was done with the file (e.g. "raster", "draw-logo"): each gets its own answer.
 * Answers must be plain JSON data; those `lasting` says depend on more than the file (a time
 * limit met on a busy machine) are kept for this run only.
 */
export function cachedCheck<T>(check: string, sha256: string, compute: () => Promise<T>, lasting: (answer: T) => boolean = () => true): Promise<T> {
  const key = `${CHECKER_VERSION}-${check}-${sha256}`;
  let pending = inMemory.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = fromDisk<T>(key) ?? compute().then((answer) => (lasting(answer) ? toDisk(key, answer) : answer));
    inMemory.set(key, pending);
  }
  return pending;
}

function fromDisk<T>(key: string): Promise<T> | undefined {
  try {
    return Promise.resolve(JSON.parse(readFileSync(path.join(folder, `${key}.json`), 'utf8')) as T);
  } catch {
    return undefined; // not checked yet, or an unreadable entry: check again
  }
}

function toDisk<T>(key: string, answer: T): T {
  try {
    if (!folderReady) mkdirSync(folder, { recursive: true });
    folderReady = true;
    writeFileSync(path.join(folder, `${key}.json`), JSON.stringify(answer));
  } catch {
    // A read-only or full disk only costs the next run the same work again.
  }
  return answer;
}
