// What sharp found when it decoded or drew a file, kept by the file's content hash: in memory for
// this run, and on disk between runs, so a large program's images are decoded once, not on every
// validate. The key includes a version, bumped when a check changes, so old answers are not reused.
import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CACHE_FOLDER } from '../shared/cache-folder.ts';

/** Bump when a cached check changes what it decides. */
const CHECKER_VERSION = 'image-checks-v1';

/**
 * One file of JSON lines, `[key, answer]`, read once per run: 10,000 logos' answers in one read,
 * not 10,000. Lines are appended whole (one small write each), so runs in parallel can share it.
 */
const file = path.join(CACHE_FOLDER, `${CHECKER_VERSION}.jsonl`);
let onDisk: Map<string, unknown> | undefined;
/** About 300,000 answers. */
const MAX_CACHE_CHARS = 64 * 1024 * 1024;
const inMemory = new Map<string, Promise<unknown>>();

/**
 * The cached answer for (`check`, `sha256`), or `compute()`'s, kept for next time. `check` names
 * what was done with the file (e.g. "raster", "draw-logo"): each gets its own answer.
 * Answers must be plain JSON data; those `lasting` says depend on more than the file (a time
 * limit met on a busy machine) are kept for this run only.
 */
export function cachedCheck<T>(check: string, sha256: string, compute: () => Promise<T>, lasting: (answer: T) => boolean = () => true): Promise<T> {
  const key = `${check}:${sha256}`;
  let pending = inMemory.get(key) as Promise<T> | undefined;
  if (!pending) {
    const known = answersOnDisk();
    pending = known.has(key) ? Promise.resolve(known.get(key) as T) : compute().then((answer) => (lasting(answer) ? keep(key, answer) : answer));
    inMemory.set(key, pending);
  }
  return pending;
}

function answersOnDisk(): Map<string, unknown> {
  if (onDisk) return onDisk;
  onDisk = new Map();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return onDisk; // nothing checked yet
  }
  if (text.length > MAX_CACHE_CHARS) {
    // Answers for files long since changed pile up: start again rather than read them all.
    rmSync(file, { force: true });
    return onDisk;
  }
  for (const line of text.split('\n')) {
    try {
      const [key, answer] = JSON.parse(line) as [string, unknown];
      if (typeof key === 'string') onDisk.set(key, answer);
    } catch {
      // An empty or cut-off line (a run stopped mid-write): that file is checked again.
    }
  }
  return onDisk;
}

let folderReady = false;
function keep<T>(key: string, answer: T): T {
  try {
    if (!folderReady) mkdirSync(CACHE_FOLDER, { recursive: true });
    folderReady = true;
    appendFileSync(file, `${JSON.stringify([key, answer])}\n`);
  } catch {
    // A read-only or full disk only costs the next run the same work again.
  }
  return answer;
}
