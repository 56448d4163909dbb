// The directory's pages: a fixed number of partners each, at stable URLs (routes.directoryPage).

export const DIRECTORY_PAGE_SIZE = 48;

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
}

export function pageItems<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * DIRECTORY_PAGE_SIZE, page * DIRECTORY_PAGE_SIZE);
}

/**
 * The page numbers to link from `page`: the first, the last, and those around the current one,
 * with null marking a gap. Keeps the directory's markup the same size however many pages there are.
 */
export function pageWindow(page: number, pages: number, around = 2): Array<number | null> {
  const shown = new Set([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}
