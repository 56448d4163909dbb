// Where the content is and what day it is: the two inputs besides content that shape a build.
import path from 'node:path';

/** The content folder: `--content DIR`, else PARTNERKIT_CONTENT, else ./content. */
export function contentDirectory(cliValue?: string): string {
  return path.resolve(cliValue ?? process.env.PARTNERKIT_CONTENT ?? 'content');
}

export class SettingsError extends Error {}

/** The build date (YYYY-MM-DD): PARTNERKIT_NOW when set, so builds and tests are reproducible; else today (UTC). */
export function buildDate(): string {
  const fixed = process.env.PARTNERKIT_NOW;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  const parsed = Date.parse(`${fixed}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March 2; a real date reads back unchanged.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== fixed) {
    throw new SettingsError(`PARTNERKIT_NOW="${fixed}" is not a date → set it as YYYY-MM-DD, e.g. PARTNERKIT_NOW=2025-06-30, or unset it to use today`);
  }
  return fixed;
}
