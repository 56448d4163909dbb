// The content load kept in this process (see last-load.ts), for code that must not import the
// loader itself: the pages' bundle and the Markdown plugin only look up what the load found.
import { recall } from '../shared/same-process.ts';
import type { LoadResult } from './load-content.ts';

export const LOAD_NAME = 'content load';
export const loadKey = (root: string, today: string) => `${root}\0${today}`;

/** The load of this folder for this date that already ran in this process, if any. */
export function rememberedLoad(root: string, today: string): Promise<LoadResult> | undefined {
  return recall<Promise<LoadResult>>(LOAD_NAME, loadKey(root, today));
}
