// The directory's pages: a fixed number of partners each, at stable URLs.

export const DIRECTORY_PAGE_SIZE = 48;

export const directoryPagePath = (page: number) => (page === 1 ? '/partners/' : `/partners/page/${page}/`);

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
}

export function pageItems<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE);
}
