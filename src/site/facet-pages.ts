// The directories' static facet pages: one page (and its pagination) per value of each filter,
// /partners/tier/gold/ or /apps/pricing/free/, so filters work without JavaScript and each view can
// be found and shared. What they list is the model's; this file only names and pages them.
import { appFacetValuesOf } from '../model/apps.ts';
import { facetValuesOf } from '../model/build-model.ts';
import type { AppFacet, AppView, Facet, FacetValue, PartnerView } from '../model/model-types.ts';
import { DIRECTORY_FACET_WORDS, routes } from '../routes.ts';
import { pageCount, pageItems } from './pagination.ts';

/** "Gold" → "Gold partners"; a name that says "partner" already ("Technology partner") is made plural. */
const partnersOf = (name: string) => (/\bpartners$/i.test(name) ? name : /\bpartner$/i.test(name) ? `${name}s` : `${name} partners`);

/** The heading of a partner facet page: "Gold partners", "Partners in Europe". Names keep their case. */
const PARTNER_TITLES: Record<Facet['key'], (name: string) => string> = {
  tier: partnersOf,
  type: partnersOf,
  region: (name) => `Partners in ${name}`,
  industry: partnersOf,
  integration: (name) => `${name} integration partners`,
  certification: (name) => `Partners with the ${name} certification`,
  headquarters: (name) => `Partners headquartered in ${name}`,
  language: (name) => `Partners working in ${name}`,
};

const APP_TITLES: Record<AppFacet['key'], (value: FacetValue) => string> = {
  category: (value) => `${value.name} apps`,
  // The kinds are a fixed list (App, Integration, Connector, Template, Plugin): their plurals.
  kind: (value) => `${value.name}s`,
  pricing: (value) => (value.id === 'contact' ? 'Apps priced on request' : `${value.name} apps`),
  certification: (value) => `Apps with the ${value.name} certification`,
  tier: (value) => `Apps by ${value.name} partners`,
  region: (value) => `Apps for ${value.name}`,
  language: (value) => `Apps in ${value.name}`,
};

/** One page of a facet value's list. */
export interface FacetPage<T> {
  key: string;
  value: FacetValue;
  /** "Gold partners": the page's h1 and title. */
  title: string;
  /** Everything with this value, by name (every page of it). */
  all: T[];
  /** This page's share of `all`. */
  items: T[];
  page: number;
  pages: number;
  path: string;
  /** The site path of page N of this value's list. */
  pagePath: (page: number) => string;
  /**
   * The counts shown beside the other facets' values: among this value's entries, so they change
   * only when an entry with this value does. Its own facet's counts are the whole directory's, from
   * the counts file, as on the directory's first page.
   */
  counts: Record<string, Record<string, number>>;
}

function facetPages<T, F extends { key: string; values: FacetValue[] }>(
  facets: readonly F[],
  entries: readonly T[],
  valuesOf: (entry: T) => Record<string, string[]>,
  title: (facet: F, value: FacetValue) => string,
  pathOf: (key: string, value: string, page?: number) => string,
): Array<FacetPage<T>> {
  return facets.flatMap((facet) => {
    // A facet key is a folder beside the profiles: it must be a word no slug can take.
    if (!DIRECTORY_FACET_WORDS.has(facet.key)) throw new Error(`facet "${facet.key}" is not in DIRECTORY_FACET_WORDS (src/routes.ts)`);
    return facet.values.flatMap((value) => {
      const all = entries.filter((entry) => valuesOf(entry)[facet.key]?.includes(value.id));
      const pages = pageCount(all.length);
      const pagePath = (page: number) => pathOf(facet.key, value.id, page);
      const counts = Object.fromEntries(
        facets
          .filter((other) => other.key !== facet.key)
          .map((other) => [
            other.key,
            Object.fromEntries(other.values.map((v) => [v.id, all.filter((entry) => valuesOf(entry)[other.key]?.includes(v.id)).length])),
          ]),
      );
      return Array.from({ length: pages }, (_, i) => ({
        key: facet.key,
        value,
        title: title(facet, value),
        all,
        items: pageItems(all, i + 1),
        page: i + 1,
        pages,
        path: pagePath(i + 1),
        pagePath,
        counts,
      }));
    });
  });
}

export const partnerFacetPages = (facets: readonly Facet[], partners: readonly PartnerView[]) =>
  facetPages(facets, partners, facetValuesOf, (facet, value) => PARTNER_TITLES[facet.key](value.name), routes.directoryFacet);

export const appFacetPages = (facets: readonly AppFacet[], apps: readonly AppView[]) =>
  facetPages(facets, apps, appFacetValuesOf, (facet, value) => APP_TITLES[facet.key](value), routes.appsFacet);

/** Astro's params for a facet page: /partners/[facet]/[value]/[...page]. */
export const facetPageParams = (page: FacetPage<unknown>) => {
  const segments = page.path.split('/').filter(Boolean);
  return { facet: segments[1]!, value: segments[2]!, page: page.page === 1 ? undefined : `page/${page.page}` };
};
