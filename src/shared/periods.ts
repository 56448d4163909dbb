// The periods tier requirements are counted in, and the periods metric values are recorded for.
// Calendar periods follow the program's fiscal year: with fiscalYearStart 2 (February), Q1 runs
// from February to April and FY2026 from 2026-02-01 to 2027-01-31 (named by the year it starts in).
import { addDays, addMonths } from './dates.ts';

export type Per = 'quarter' | 'half-year' | 'year';

export interface Period {
  /** First and last day, included. */
  start: string;
  end: string;
  /** How a reader names it: "2026", "2026 Q4", "FY2026", "FY2026 Q1", "the last 12 months". */
  name: string;
}

export const MONTHS_PER: Record<Per, number> = { quarter: 3, 'half-year': 6, year: 12 };

const pad = (month: number) => String(month).padStart(2, '0');

/** The fiscal year `date` falls in, by the calendar year it starts in. */
export function fiscalYearOf(date: string, fiscalYearStart: number): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= fiscalYearStart ? year : year - 1;
}

/** "FY2026" when the fiscal year is not the calendar year, else "2026". */
export const yearName = (year: number, fiscalYearStart: number) => (fiscalYearStart === 1 ? String(year) : `FY${year}`);

/** The quarter, half-year or year (fiscal when fiscalYearStart is not 1) that contains `today`. */
export function calendarPeriod(per: Per, today: string, fiscalYearStart = 1): Period {
  const year = fiscalYearOf(today, fiscalYearStart);
  const yearStart = `${year}-${pad(fiscalYearStart)}-01`;
  const months = MONTHS_PER[per];
  const monthsIn = (Number(today.slice(5, 7)) - fiscalYearStart + 12) % 12;
  const index = Math.floor(monthsIn / months);
  const start = addMonths(yearStart, index * months);
  const suffix = per === 'year' ? '' : ` ${per === 'quarter' ? 'Q' : 'H'}${index + 1}`;
  return { start, end: addDays(addMonths(start, months), -1), name: `${yearName(year, fiscalYearStart)}${suffix}` };
}

/** The last 3, 6 or 12 months, ending on `today`: 2025-11-22 to 2026-11-21 for a year. */
export function rollingPeriod(per: Per, today: string): Period {
  const months = MONTHS_PER[per];
  return { start: addDays(addMonths(today, -months), 1), end: today, name: `the last ${months} months` };
}

/** The days a recorded value covers, from how its period is written (RECORDED_PERIOD in schemas/activity.ts). */
export function recordedRange(written: string | number | { from: string; to: string }, fiscalYearStart: number): { from: string; to: string } {
  if (typeof written === 'object') return written;
  const period = String(written);
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const from = `${month[1]}-${month[2]}-01`;
    return { from, to: addDays(addMonths(from, 1), -1) };
  }
  const [, fiscal, year, part, number] = /^(FY)?(\d{4})(?:-([QH])([1-4]))?$/.exec(period) ?? [];
  const yearStart = `${year}-${pad(fiscal ? fiscalYearStart : 1)}-01`;
  const months = part === 'Q' ? 3 : part === 'H' ? 6 : 12;
  const from = addMonths(yearStart, (Number(number ?? 1) - 1) * months);
  return { from, to: addDays(addMonths(from, months), -1) };
}
