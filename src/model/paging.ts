// Paging of the API's lists, one page size for all (PARTNERKIT_API_PAGE_SIZE). Two ways to cut:
// - an append-only list (the change events) is cut from its oldest item into fixed pages (RFC 5005
//   archives): a full page never changes again, so clients and caches keep it for ever; only the
//   head, the newest page that is not yet full, changes;
// - a list of records (partners, apps, certifications) in a stable order is cut from its first
//   record into numbered pages: page 1 at the list's own path, `next` to the following one.
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

/** One page of a list of records: its 1-based number, how many pages there are, how many records in all, and its records. */
export interface Page<T> {
  page: number;
  pages: number;
  total: number;
  items: T[];
}

/** How many pages `total` records make; an empty list still has its page 1. */
export function pageCount(total: number, size = API_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (from 1) of `items`: a slice, so building every page of a list is one pass over it. */
export function pageOf<T>(items: readonly T[], page: number, size = API_PAGE_SIZE): Page<T> {
  return { page, pages: pageCount(items.length, size), total: items.length, items: items.slice((page - 1) * size, page * size) };
}

/** Every page of `items`, in order. */
export function pagesOf<T>(items: readonly T[], size = API_PAGE_SIZE): Array<Page<T>> {
  return Array.from({ length: pageCount(items.length, size) }, (_, index) => pageOf(items, index + 1, size));
}
