// The content layer's load, kept for the build's final step, which runs outside Vite and would
// otherwise read and check every file again (seconds at 50,000 partners).
import { remember } from '../shared/same-process.ts';
import { loadContent, type LoadResult } from './load-content.ts';
import { LOAD_NAME, loadKey, rememberedLoad } from './remembered-load.ts';

/** Loads the content folder, and remembers the result for loadContentOnce(). */
export function loadAndRemember(root: string, today: string): Promise<LoadResult> {
  return remember(LOAD_NAME, loadKey(root, today), loadContent(root, { today }));
}

/** The remembered load of this folder for this date, or a new one. */
export function loadContentOnce(root: string, today: string): Promise<LoadResult> {
  return rememberedLoad(root, today) ?? loadAndRemember(root, today);
}
