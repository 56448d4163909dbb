// The directory's filter counts as one JSON file (routes.directoryFilterCounts, appsFilterCounts):
// { "<filter key>": { "<value id>": <count> } }, the shape Pagefind gives a search's counts in, so
// the directory's script shows both the same way. A value no listed entry has is not offered.
import type { FacetValue } from '../model/model-types.ts';

export function filterCounts(facets: ReadonlyArray<{ key: string; values: readonly FacetValue[] }>): Record<string, Record<string, number>> {
  return Object.fromEntries(facets.map((facet) => [facet.key, Object.fromEntries(facet.values.map((value) => [value.id, value.count]))]));
}
