// Where the content is and what day it is: the two inputs besides content that shape a build.
import path from 'node:path';
import { isCalendarDate } from './shared/dates.ts';

/** The content folder: `--content DIR`, else PARTNERKIT_CONTENT, else ./content. */
export function contentDirectory(cliValue?: string): string {
  return path.resolve(cliValue ?? process.env.PARTNERKIT_CONTENT ?? 'content');
}

/** A setting with a value it cannot have: the user's mistake, so the message is all there is to print. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
    // Astro prints the stack of an error thrown while loading the config; a stack would hide the fix.
    this.stack = `${this.name}: ${message}`;
  }
}

/** The build date (YYYY-MM-DD): PARTNERKIT_NOW when set, so builds and tests are reproducible; else today (UTC). */
export function buildDate(): string {
  const fixed = process.env.PARTNERKIT_NOW;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(fixed)) {
    throw new SettingsError(`PARTNERKIT_NOW="${fixed}" is not a date → set it as YYYY-MM-DD, e.g. PARTNERKIT_NOW=2025-06-30, or unset it to use today`);
  }
  return fixed;
}

/** Who a build is for: anyone (the public site), or the program's own team (the internal site). */
export type Audience = 'public' | 'internal';

/**
 * The audience of the build: PARTNERKIT_AUDIENCE=internal (what `npm run build:internal` sets), else
 * public. The public site never holds balances, rankings, at-risk or stale lists, or scorecards.
 */
export function buildAudience(): Audience {
  const value = process.env.PARTNERKIT_AUDIENCE;
  if (value === undefined || value === '' || value === 'public') return 'public';
  if (value === 'internal') return 'internal';
  throw new SettingsError(
    `PARTNERKIT_AUDIENCE="${value}" is not an audience → set it to public (the site anyone may see, into dist/) or internal (the site for the program's team, into dist-internal/), or unset it for public`,
  );
}

/** The folder a build writes its site to, by audience: the internal site never overwrites the public one. */
export function siteDirectory(audience: Audience): string {
  return audience === 'internal' ? 'dist-internal' : 'dist';
}

/** Items per page of the API's paged lists: 1000, or PARTNERKIT_API_PAGE_SIZE (tests use small pages). */
export function apiPageSize(): number {
  const value = process.env.PARTNERKIT_API_PAGE_SIZE;
  if (value === undefined || value === '') return 1000;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new SettingsError(
      `PARTNERKIT_API_PAGE_SIZE="${value}" is not a number of items → set it to a whole number of at least 1, e.g. 1000, or unset it for 1000`,
    );
  }
  return size;
}
