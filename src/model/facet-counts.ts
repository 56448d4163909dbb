// The filters of a directory (partners or apps): for each facet, the terms of its vocabulary in the
// vocabulary's order, each with how many entries carry it; terms nobody carries and facets left
// empty are dropped, so no filter offers a choice that finds nothing.
import type { FacetValue } from './model-types.ts';

export type Vocabulary = ReadonlyArray<{ id: string; name: string }>;

export function countFacets<K extends string>(
  definitions: ReadonlyArray<readonly [K, string, Vocabulary]>,
  valuesOf: ReadonlyArray<Record<K, readonly string[]>>,
): Array<{ key: K; label: string; values: FacetValue[] }> {
  return definitions
    .map(([key, label, vocabulary]) => ({
      key,
      label,
      values: vocabulary
        .map((term) => ({ id: term.id, name: term.name, count: valuesOf.filter((values) => values[key].includes(term.id)).length }))
        .filter((value) => value.count > 0),
    }))
    .filter((facet) => facet.values.length > 0);
}
