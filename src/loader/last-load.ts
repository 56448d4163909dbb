// Astro runs the content layer (inside Vite) and build integrations (outside it) in one process, but
// as separate copies of these modules. The last content load is kept on globalThis so the build's
// final step reuses it instead of reading and checking every file again (seconds at 50,000 partners).
import { loadContent, type LoadResult } from './load-content.ts';

interface RememberedLoad {
  root: string;
  today: string;
  result: Promise<LoadResult>;
}

const KEY = Symbol.for('partnerkit.lastContentLoad');
const slot = globalThis as { [KEY]?: RememberedLoad };

/** Loads the content folder, and remembers the result for loadContentOnce(). */
export function loadAndRemember(root: string, today: string): Promise<LoadResult> {
  const result = loadContent(root, { today });
  slot[KEY] = { root, today, result };
  return result;
}

/** The remembered load of this folder for this date, or a new one. */
export function loadContentOnce(root: string, today: string): Promise<LoadResult> {
  const last = slot[KEY];
  return last && last.root === root && last.today === today ? last.result : loadAndRemember(root, today);
}
