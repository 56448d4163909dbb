// /apps.csv: every listed app, one row each, for spreadsheets and CRMs.
import type { Model } from '../model/model-types.ts';
import type { Absolute } from './api-v1.ts';
import { csvText } from './csv.ts';

/** No column is numeric: every cell is text, so any that starts like a formula is made inert. */
export const APPS_CSV_COLUMNS = [
  'slug',
  'name',
  'partner',
  'partner_tier',
  'kind',
  'categories',
  'pricing',
  'regions',
  'languages',
  'certifications',
  'summary',
  'listed_since',
  'install',
  'page',
] as const;

export function appsCsv(model: Model, absolute: Absolute): string {
  const list = (terms: Array<{ name: string }>) => terms.map((t) => t.name).join('; ');
  const rows = model.apps.map((app) => [
    app.slug,
    app.name,
    app.partner.name,
    app.partner.tier.name,
    app.kind.name,
    list(app.categories),
    app.pricing.label,
    list(app.regions),
    list(app.languages),
    // Current ones only, as the filters count them.
    list(app.certifications.filter((held) => held.status !== 'expired')),
    app.summary,
    app.listedSince,
    app.install,
    absolute(app.path),
  ]);
  return csvText(APPS_CSV_COLUMNS, rows);
}
