// How the API's paged lists are made: ordered by id, each page dated by its own records, and
// chained by `next`. Lists of 50,000 records are sorted once per build and sliced per page.
import type { Model } from '../model/model-types.ts';
import { type Page, pageOf } from '../model/paging.ts';
import { routes } from '../routes.ts';
import type { Absolute } from './api-v1.ts';

/** Paged lists are ordered by id: a record keeps its place when it is renamed, so only its own page changes. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A list page's `generated`: the newest `updated` of the records on it, else the content's date.
 * Never the build date, which changed every file every day.
 */
export function newestUpdate(records: ReadonlyArray<{ updated: string | undefined }>, model: Model): string {
  let newest: string | undefined;
  for (const { updated } of records) if (updated !== undefined && (newest === undefined || updated > newest)) newest = updated;
  return newest ?? model.contentDate;
}

/** The fields every paged list file carries: where it is in the list, and the next page's URL. */
export function pageFields(page: Page<unknown>, name: Parameters<typeof routes.apiV1Page>[0], absolute: Absolute) {
  return {
    page: page.page,
    pages: page.pages,
    total: page.total,
    next: page.page < page.pages ? absolute(routes.apiV1Page(name, page.page + 1)) : null,
  };
}

/** Sorts once per model what every page of a list (each built by its own route) slices. */
export function sortedOnce<T>(compute: (model: Model) => T[]): (model: Model) => T[] {
  const sorted = new WeakMap<Model, T[]>();
  return (model) => {
    const known = sorted.get(model);
    if (known) return known;
    const items = compute(model);
    sorted.set(model, items);
    return items;
  };
}

/**
 * Page `number` of the list `name` (partners, apps, certifications): the records of that page
 * under the list's own name, dated by their own updates, chained by `next`. The caller's schema
 * parses it, so each list keeps its own record shape.
 */
export function pagedListBody<T extends { updated: string | undefined }>(
  name: Parameters<typeof routes.apiV1Page>[0],
  items: T[],
  number: number,
  toRecord: (item: T) => unknown,
  model: Model,
  absolute: Absolute,
) {
  const page = pageOf(items, number);
  return {
    version: 'v1',
    generated: newestUpdate(page.items, model),
    count: page.items.length,
    [name]: page.items.map(toRecord),
    ...pageFields(page, name, absolute),
  };
}
