// Paging of the API's lists. An append-only list (the change events) is cut from its oldest item
// into fixed pages (RFC 5005 archives): a full page never changes again, so clients and caches
// keep it for ever; only the head, the newest page that is not yet full, changes.
import { apiPageSize } from '../settings.ts';

/** Items per page of every paged API list (PARTNERKIT_API_PAGE_SIZE for tests, else 1000). */
export const API_PAGE_SIZE = apiPageSize();

export interface ArchivePages<Item> {
  /** The items after the last full page, newest first (may be empty). */
  head: Item[];
  /** Full pages, each newest first; archives[0] is page 1, the oldest. */
  archives: Item[][];
}

/** Cuts `oldestFirst` into full pages of `size` from the oldest, and the head: each page lists its items newest first. */
export function archivePages<Item>(oldestFirst: readonly Item[], size = API_PAGE_SIZE): ArchivePages<Item> {
  const full = Math.floor(oldestFirst.length / size);
  const archives = Array.from({ length: full }, (_, page) => oldestFirst.slice(page * size, (page + 1) * size).reverse());
  return { head: oldestFirst.slice(full * size).reverse(), archives };
}
