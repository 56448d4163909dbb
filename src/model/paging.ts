// Paging of the API's lists: one page size for every paged file (partners, apps, certifications,
// changes), so a client learns it once.
import { apiPageSize } from '../settings.ts';

/** Records per page of a paged API list (PARTNERKIT_API_PAGE_SIZE, default 1,000). */
export const API_PAGE_SIZE = apiPageSize();

/** One page of a list: its 1-based number, how many pages there are, how many records in all, and its records. */
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
