// What each audience may know about reciprocity. The internal site gets the whole report (balances,
// ranking, at-risk and stale lists, next steps, a scorecard per partner); the public site gets only
// the positive, program-wide facts program.yaml opts in to (reciprocity.publish), computed here, so
// that nothing internal is even in the model a public page is rendered from.
import type { ActivityEntry } from '../../schemas/activity.ts';
import type { Program } from '../../schemas/program.ts';
import type { Audience } from '../settings.ts';
import { addMonths } from '../shared/dates.ts';
import { calendarPeriod } from '../shared/periods.ts';
import { activityTotals, type ReciprocityReport, type ReportHighlights } from './reciprocity.ts';

/** The whole reciprocity report: only in the internal build. */
export type InternalReciprocity = ReciprocityReport & { highlights: ReportHighlights };

/** What the public site may say about activity: nothing negative, nothing about one partner but that it was active. */
export interface PublicActivity {
  /** The calendar quarter "active" refers to, as of the build date. */
  quarter: { start: string; end: string; label: string };
  /** Partners (active ones) that recorded something in their ledger this quarter, when program.yaml publishes it. */
  activeThisQuarter: ReadonlySet<string> | undefined;
  /**
   * Activity of all partners together since `since` (the first day of the month 11 months before the
   * build date's), when program.yaml publishes it and enough partners took part.
   */
  totals: (Pick<ReciprocityReport, 'byType' | 'byMonth'> & { since: string; platform: number; partner: number }) | undefined;
  /** How many partners have activity in the months the totals cover: totals are published from MIN_PARTNERS_IN_TOTALS. */
  partnersInTotals: number;
}

/**
 * Totals of fewer partnerships than this would describe one of them: with a single partner in the
 * ledgers, "1 activity by the company, 5 by partners" is that partnership's balance, and its
 * activity by month is its ledger. Below it, the public site leaves the totals out.
 */
export const MIN_PARTNERS_IN_TOTALS = 3;

/** The first day of the public totals' 12 calendar months ending with the build date's month: 2025-12-01 for 2026-11-21. */
export const publicTotalsStart = (today: string) => addMonths(`${today.slice(0, 7)}-01`, -11);

/** "2026-10-01" → "Q4 2026". */
const quarterLabel = (start: string) => `Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${start.slice(0, 4)}`;

/**
 * The public summary program.yaml opts in to, or undefined when it publishes nothing. A partner is
 * active this quarter when it did something for the program (its own entries) between the first
 * day of the quarter and the build date; a partner without a ledger is simply not listed.
 */
export function publicActivity(
  program: Pick<Program, 'reciprocity' | 'activityTypes'>,
  report: InternalReciprocity,
  ledgers: ReadonlyMap<string, readonly ActivityEntry[]>,
): PublicActivity | undefined {
  const { publish } = program.reciprocity;
  if (!publish.activeThisQuarter && !publish.totals) return undefined;
  const { start, end } = calendarPeriod('quarter', report.today);
  const quarter = { start, end };
  const active = report.partners
    .filter((partner) => (ledgers.get(partner.slug) ?? []).some((e) => e.by === 'partner' && e.date >= quarter.start && e.date <= report.today))
    .map((partner) => partner.slug);
  // Whole calendar months (this one to date and the 11 before), not the internal report's rolling
  // 12 months: the public page then changes when an entry's date comes or a month turns, not every
  // day an old entry drops out of the window (issue 16: outputs change only when their facts do).
  const since = publicTotalsStart(report.today);
  const inTotals = report.partners.filter((partner) => (ledgers.get(partner.slug) ?? []).some((e) => e.date >= since && e.date <= report.today));
  const totals = () => {
    const counted = activityTotals(
      inTotals.flatMap((partner) => ledgers.get(partner.slug) ?? []),
      program.activityTypes,
      since,
      report.today,
    );
    const sum = (side: 'platform' | 'partner') => counted.byType.reduce((total, type) => total + type[side], 0);
    return { ...counted, since, platform: sum('platform'), partner: sum('partner') };
  };
  return {
    quarter: { ...quarter, label: quarterLabel(quarter.start) },
    activeThisQuarter: publish.activeThisQuarter ? new Set(active) : undefined,
    totals: publish.totals && inTotals.length >= MIN_PARTNERS_IN_TOTALS ? totals() : undefined,
    partnersInTotals: inTotals.length,
  };
}

/** The reciprocity an audience sees: the whole report for the internal site, only the opted-in summary for the public one. */
export function reciprocityFor(
  audience: Audience,
  program: Program,
  report: InternalReciprocity,
  ledgers: ReadonlyMap<string, readonly ActivityEntry[]>,
): { internal: InternalReciprocity | undefined; published: PublicActivity | undefined } {
  return {
    internal: audience === 'internal' ? report : undefined,
    published: publicActivity(program, report, ledgers),
  };
}
