// /partners.csv: every active partner, one row each, for spreadsheets and CRMs.
import type { Model } from '../model/model-types.ts';
import type { Absolute } from './api-v1.ts';
import { csvText } from './csv.ts';

/** No column is numeric: every cell is text, so any that starts like a formula is made inert. */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'tier',
  'types',
  'regions',
  'industries',
  'website',
  'summary',
  'since',
  'badge_status',
  'profile',
  'verify',
  'headquarters',
  'languages',
  'founded',
] as const;

export function partnersCsv(model: Model, absolute: Absolute): string {
  const list = (terms: Array<{ name: string }>) => terms.map((t) => t.name).join('; ');
  const rows = model.activePartners.map((p) => [
    p.slug,
    p.name,
    p.tier.name,
    list(p.types),
    list(p.regions),
    list(p.industries),
    p.website,
    p.summary,
    p.since ?? '',
    p.badge.status,
    absolute(p.path),
    absolute(p.verifyPath),
    p.headquarters?.name ?? '',
    list(p.languages),
    p.founded === undefined ? '' : String(p.founded),
  ]);
  return csvText(CSV_COLUMNS, rows);
}
