// "What have you done for us lately", measured both ways: per partner and per side, counts and
// weighted scores for a recent window and the last 12 months, the balance between the sides,
// staleness, and progress against the tier's measurable requirements. Pure functions of the
// content and the build date.
import type { ActivityEntry, MetricRecord } from '../../schemas/activity.ts';
import type { Program } from '../../schemas/program.ts';
import type { Content, Partner } from '../loader/content-types.ts';
import { addDays, addMonths, daysBetween } from '../shared/dates.ts';
import { certifiedPeopleCounts } from './certified-people.ts';
import { nextTierOf } from './ladders.ts';
import { type RequirementEvidence, type RequirementProgress, requirementContext, requirementProgress } from './requirements.ts';
import { organizationName } from './wording.ts';

export type { RequirementProgress, RequirementState } from './requirements.ts';

export type Side = 'platform' | 'partner';

export interface SideTotals {
  count: number;
  /** Sum of the activity types' weights. */
  score: number;
}

export interface WindowTotals {
  /** First day counted (inclusive); the window ends on the build date. */
  from: string;
  platform: SideTotals;
  partner: SideTotals;
  /** partner score − platform score: positive when the platform owes the partner, negative when the partner owes the platform. */
  balance: number;
}

export interface PartnerReciprocity {
  slug: string;
  name: string;
  tier: string;
  lately: WindowTotals;
  year: WindowTotals;
  lastActivity: Record<Side, string | undefined>;
  /** The later of the two, when either side has done anything. */
  latestActivity: string | undefined;
  /** Days since the last activity on either side; undefined when there has been none. */
  daysSinceActivity: number | undefined;
  /** Nothing recorded on either side yet (no ledger, or an empty one): a partnership to start, not a stale one. */
  nothingRecorded: boolean;
  /** Activity recorded before, but none on either side within the recent window. */
  stale: boolean;
  /** The balance of the last 12 months, in plain words. */
  balanceText: string;
  requirements: RequirementProgress[];
  nextTier: { id: string; name: string; qualifies: boolean; missing: string[] } | undefined;
  /** The one thing to do next, in plain words. */
  nextStep: string;
}

export interface ReciprocityReport {
  today: string;
  latelyDays: number;
  partners: PartnerReciprocity[];
  /** Activity of the last 12 months by type and by month, both sides. */
  byType: Array<{ type: string; name: string } & Record<Side, number>>;
  byMonth: Array<{ month: string } & Record<Side, number>>;
}

export interface ReciprocityOptions {
  today: string;
  /** Start of the recent window, instead of latelyDays before today. */
  since?: string;
}

/** Days before the build date (inclusive of both ends) that `days` covers. */
const windowStart = (today: string, days: number) => addDays(today, -(days - 1));

export function totalsFor(entries: readonly ActivityEntry[], weights: ReadonlyMap<string, number>, from: string, today: string): WindowTotals {
  const totals: WindowTotals = { from, platform: { count: 0, score: 0 }, partner: { count: 0, score: 0 }, balance: 0 };
  for (const entry of entries) {
    if (entry.date < from || entry.date > today) continue;
    totals[entry.by].count++;
    totals[entry.by].score += weights.get(entry.type) ?? 0;
  }
  totals.balance = round(totals.partner.score - totals.platform.score);
  totals.platform.score = round(totals.platform.score);
  totals.partner.score = round(totals.partner.score);
  return totals;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function balanceText(balance: number, programName: string, partnerName: string): string {
  if (Math.abs(balance) < 1) return `Even: ${programName} and ${partnerName} have done about as much for each other.`;
  const points = `${Math.abs(balance)} point${Math.abs(balance) === 1 ? '' : 's'}`;
  return balance > 0
    ? `${programName} owes ${partnerName}: ${partnerName} has done ${points} more for the platform.`
    : `${partnerName} owes ${programName}: the platform has done ${points} more for ${partnerName}.`;
}

/** `metrics`: the metric values of the partner's ledger, which requirements on metrics count. */
export function partnerReciprocity(
  partner: Partner,
  entries: readonly ActivityEntry[],
  program: Program,
  options: ReciprocityOptions,
  metrics: readonly MetricRecord[] = [],
): PartnerReciprocity {
  const { today } = options;
  const weights = new Map(program.activityTypes.map((type) => [type.id, type.weight]));
  const latelyDays = program.reciprocity.latelyDays;
  const latelyFrom = options.since ?? windowStart(today, latelyDays);
  const lately = totalsFor(entries, weights, latelyFrom, today);
  const year = totalsFor(entries, weights, addDays(addMonths(today, -12), 1), today);
  const past = entries.filter((e) => e.date <= today);
  const last = (side: Side) =>
    past
      .filter((e) => e.by === side)
      .map((e) => e.date)
      .sort()
      .at(-1);
  const lastActivity = { platform: last('platform'), partner: last('partner') };
  const latest = [lastActivity.platform, lastActivity.partner]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const daysSinceActivity = latest ? daysBetween(latest, today) : undefined;

  const tier = program.tiers.find((candidate) => candidate.id === partner.tier)!;
  const context = requirementContext(program, today);
  const evidence: RequirementEvidence = {
    entries: past,
    metrics,
    certifiedPeople: new Map(certifiedPeopleCounts(partner, program.certifications, today).map((count) => [count.certification, count.people])),
  };
  const requirements = requirementProgress(tier.requirements, evidence, context);
  // The next tier on the partner's own ladder (its track); one given by invitation is not qualified for.
  const above = nextTierOf(program, partner);
  const next = above?.invitationOnly ? undefined : above;
  const nextProgress = next ? requirementProgress(next.requirements, evidence, context) : [];
  const nextTier = next
    ? {
        id: next.id,
        name: next.name,
        qualifies: nextProgress.every((r) => r.state === 'met'),
        missing: nextProgress.filter((r) => r.state !== 'met').map((r) => r.needed),
      }
    : undefined;

  const unmet = requirements.filter((r) => r.state !== 'met');
  const nothingRecorded = latest === undefined;
  const stale = !nothingRecorded && lately.platform.count + lately.partner.count === 0;
  const nextStep = unmet.length
    ? `To keep ${tier.name}: ${unmet.map((r) => r.needed).join('; ')}.`
    : nothingRecorded
      ? `Start the ledger: nothing is recorded with ${partner.name} yet.`
      : year.balance < -5
        ? `${partner.name} could return the favour: the platform has done more in the last 12 months.`
        : year.balance > 5
          ? `The platform should give back: ${partner.name} has done more in the last 12 months.`
          : stale
            ? `Get back in touch: nothing on either side in the last ${latelyDays} days.`
            : nextTier?.qualifies
              ? `${partner.name} qualifies for ${nextTier.name}.`
              : 'Keep going: requirements met and the partnership is balanced.';

  return {
    slug: partner.slug,
    name: partner.name,
    tier: tier.name,
    lately,
    year,
    lastActivity,
    latestActivity: latest,
    daysSinceActivity,
    nothingRecorded,
    stale,
    balanceText: balanceText(year.balance, organizationName(program), partner.name),
    requirements,
    nextTier,
    nextStep,
  };
}

/** The whole program's report: every active partner, and activity by type and month. */
export function reciprocityReport(content: Pick<Content, 'program' | 'partners' | 'activity'>, options: ReciprocityOptions): ReciprocityReport {
  const { program } = content;
  const { today } = options;
  const ledgers = new Map(content.activity.map((ledger) => [ledger.slug, ledger.entries]));
  const metricsOf = new Map(content.activity.map((ledger) => [ledger.slug, ledger.metrics]));
  const active = content.partners.filter((partner) => partner.status === 'active');
  const partners = active
    .map((partner) => partnerReciprocity(partner, ledgers.get(partner.slug) ?? [], program, options, metricsOf.get(partner.slug)))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

  const entries = active.flatMap((partner) => ledgers.get(partner.slug) ?? []);
  return {
    today,
    latelyDays: program.reciprocity.latelyDays,
    partners,
    ...activityTotals(entries, program.activityTypes, addDays(addMonths(today, -12), 1), today),
  };
}

/** Entries dated from `from` to `to` (both included), counted by type and by month (the 12 months ending with `to`'s), both sides. */
export function activityTotals(
  entries: readonly ActivityEntry[],
  activityTypes: Program['activityTypes'],
  from: string,
  to: string,
): Pick<ReciprocityReport, 'byType' | 'byMonth'> {
  const inWindow = entries.filter((e) => e.date >= from && e.date <= to);
  const byType = activityTypes.map((type) => ({
    type: type.id,
    name: type.name,
    platform: inWindow.filter((e) => e.type === type.id && e.by === 'platform').length,
    partner: inWindow.filter((e) => e.type === type.id && e.by === 'partner').length,
  }));
  const months = Array.from({ length: 12 }, (_, i) => addMonths(`${to.slice(0, 7)}-01`, i - 11).slice(0, 7));
  const byMonth = months.map((month) => ({
    month,
    platform: inWindow.filter((e) => e.date.startsWith(month) && e.by === 'platform').length,
    partner: inWindow.filter((e) => e.date.startsWith(month) && e.by === 'partner').length,
  }));
  return { byType, byMonth };
}

/** Partners ranked by what they did in the last 12 months (weighted), then by both sides together. */
export const byEngagement = (a: PartnerReciprocity, b: PartnerReciprocity) =>
  b.year.partner.score - a.year.partner.score ||
  b.year.partner.score + b.year.platform.score - (a.year.partner.score + a.year.platform.score) ||
  a.name.localeCompare(b.name);

export interface ReportHighlights {
  /** Activities in the last 12 months, by side: the sums of byType. */
  totals: { platform: number; partner: number };
  ranking: PartnerReciprocity[];
  /** Partners with a tier requirement not yet met this period. */
  atRisk: PartnerReciprocity[];
  /** Where the platform has done the most more (the partner owes): most negative balance first. */
  partnerOwes: PartnerReciprocity[];
  /** Where the partner has done the most more (the platform owes): most positive balance first. */
  platformOwes: PartnerReciprocity[];
  stale: PartnerReciprocity[];
  /** Partnerships with nothing recorded on either side yet. */
  nothingRecorded: PartnerReciprocity[];
}

/** The lists a monthly report leads with. `limit` caps the imbalance lists. */
export function reportHighlights(report: ReciprocityReport, limit = 5): ReportHighlights {
  const partners = report.partners;
  const total = (side: 'platform' | 'partner') => report.byType.reduce((sum, type) => sum + type[side], 0);
  return {
    totals: { platform: total('platform'), partner: total('partner') },
    ranking: [...partners].sort(byEngagement),
    atRisk: partners.filter((p) => p.requirements.some((r) => r.state !== 'met')),
    partnerOwes: partners
      .filter((p) => p.year.balance < 0)
      .sort((a, b) => a.year.balance - b.year.balance)
      .slice(0, limit),
    platformOwes: partners
      .filter((p) => p.year.balance > 0)
      .sort((a, b) => b.year.balance - a.year.balance)
      .slice(0, limit),
    stale: partners.filter((p) => p.stale).sort((a, b) => (b.daysSinceActivity ?? 0) - (a.daysSinceActivity ?? 0)),
    nothingRecorded: partners.filter((p) => p.nothingRecorded),
  };
}
