// Where the content is and what day it is: the two inputs besides content that shape a build.
import path from 'node:path';
import { isCalendarDate } from './shared/dates.ts';

/** The content folder: `--content DIR`, else PARTNERKIT_CONTENT, else ./content. */
export function contentDirectory(cliValue?: string): string {
  return path.resolve(cliValue ?? process.env.PARTNERKIT_CONTENT ?? 'content');
}

export class SettingsError extends Error {}

/** The build date (YYYY-MM-DD): PARTNERKIT_NOW when set, so builds and tests are reproducible; else today (UTC). */
export function buildDate(): string {
  const fixed = process.env.PARTNERKIT_NOW;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(fixed)) {
    throw new SettingsError(`PARTNERKIT_NOW="${fixed}" is not a date → set it as YYYY-MM-DD, e.g. PARTNERKIT_NOW=2025-06-30, or unset it to use today`);
  }
  return fixed;
}
