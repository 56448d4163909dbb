// What each tier offers and costs, as the tier comparison, the tier pages, the guide and the API
// show it: fees as formatted prices, and the benefits matrix as rows grouped by building block
// with one formatted cell per tier. The older per-tier benefit lists become rows of the matrix.

import { currencyDecimals } from '../../schemas/common.ts';
import type { Program } from '../../schemas/program.ts';
import { BENEFIT_GROUPS } from '../../schemas/program.ts';
import { toKebabCase } from '../shared/kebab-case.ts';

type Tier = Program['tiers'][number];
type Fee = NonNullable<Tier['fees']>[number];
type Benefit = Program['benefits'][number];
type BenefitValue = Benefit['values'][string];

export interface FeeView {
  amount: number;
  currency: string;
  period: Fee['period'];
  label: string | undefined;
  /** The amount in its currency, e.g. "€2,500". */
  price: string;
}

/** Fees with the same label and period in several currencies, on one line: "Yearly fee: €2,500 or £2,150 a year". */
export interface FeeLine {
  /** The fee's own label, else what its period makes it: "One-time fee", "Monthly fee", "Yearly fee". */
  label: string;
  /** Whether program.yaml named it: a lone unnamed fee needs no label beside its price. */
  named: boolean;
  text: string;
}

export interface BenefitCell {
  tier: string;
  /** Included (true, a text or an amount) or not (false, or the tier left out). */
  included: boolean;
  /** "Included", "Not included", "4 hours", "€10,000", "5 exam vouchers". */
  text: string;
}

export interface BenefitRow {
  id: string;
  name: string;
  description: string | undefined;
  /** One cell per tier of the matrix, in its order. */
  cells: BenefitCell[];
}

export interface BenefitGroup {
  /** A building block of the program (BENEFIT_GROUPS), or "other" for benefits without a group. */
  id: string;
  title: string;
  rows: BenefitRow[];
}

/** The fees of a tier, whichever form program.yaml uses ("fees", or the older single "fee"). */
export const feesOf = (tier: Tier): Fee[] => tier.fees ?? (tier.fee ? [tier.fee] : []);

export function feeView(fee: Fee, language: string): FeeView {
  return { amount: fee.amount, currency: fee.currency, period: fee.period, label: fee.label, price: money(fee.amount, fee.currency, language) };
}

const PERIOD_WORDS: Record<Fee['period'], { label: string; suffix: string }> = {
  'one-time': { label: 'One-time fee', suffix: 'once' },
  month: { label: 'Monthly fee', suffix: 'a month' },
  year: { label: 'Yearly fee', suffix: 'a year' },
};

/** One line per label and period; free fees read "Free". One-time fees come first: they are paid first. */
export function feeLines(fees: readonly FeeView[]): FeeLine[] {
  const order: Fee['period'][] = ['one-time', 'month', 'year'];
  const lines = new Map<string, { label: string; named: boolean; period: Fee['period']; prices: string[]; free: boolean }>();
  for (const fee of [...fees].sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period))) {
    const label = fee.label ?? PERIOD_WORDS[fee.period].label;
    const key = `${label}\u0000${fee.period}`;
    const line = lines.get(key) ?? { label, named: fee.label !== undefined, period: fee.period, prices: [], free: true };
    line.prices.push(fee.price);
    line.free &&= fee.amount === 0;
    lines.set(key, line);
  }
  return [...lines.values()].map(({ label, named, period, prices, free }) => ({
    label,
    named,
    text: free ? 'Free' : `${prices.join(' or ')} ${PERIOD_WORDS[period].suffix}`,
  }));
}

/** What a tier costs, in one phrase for tags and cards: "By invitation", "Free", or its fee lines. */
export function priceText(invitationOnly: boolean, lines: readonly FeeLine[]): string {
  if (invitationOnly) return 'By invitation';
  if (lines.length === 0 || lines.every((line) => line.text === 'Free')) return 'Free';
  return lines.map((line) => (lines.length === 1 && !line.named ? line.text : `${line.label}: ${line.text}`)).join('; ');
}

/** "EUR 1,500", or with the currency's own decimals when the amount has any: "EUR 12.50", "BHD 1.125". */
function money(amount: number, currency: string, language: string): string {
  const digits = Number.isInteger(amount) ? 0 : currencyDecimals(currency);
  return new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
}

export function cellText(value: BenefitValue | undefined, language: string): { included: boolean; text: string } {
  if (value === undefined || value === false) return { included: false, text: 'Not included' };
  if (value === true) return { included: true, text: 'Included' };
  if (typeof value === 'string') return { included: true, text: value };
  const amount = value.currency ? money(value.amount, value.currency, language) : new Intl.NumberFormat(language).format(value.amount);
  return { included: true, text: value.unit ? `${amount} ${value.unit}` : amount };
}

/**
 * The older per-tier `benefits: [name]` as rows of the matrix: a name is included at the tier that
 * lists it and, through includesLowerTiers, at the tiers after it that include the ones before.
 * Ids are made from the names, unique among the matrix's own.
 */
export function legacyBenefits(tiers: readonly Tier[], takenIds: ReadonlySet<string> = new Set()): Array<Pick<Benefit, 'id' | 'name' | 'values'>> {
  const included: string[][] = [];
  tiers.forEach((tier, rank) => {
    const inherited = rank > 0 && tier.includesLowerTiers ? included[rank - 1]! : [];
    included.push([...new Set([...inherited, ...tier.benefits])]);
  });
  const names = [...new Set(tiers.flatMap((tier) => tier.benefits))];
  const taken = new Set(takenIds);
  return names.map((name) => {
    const base = toKebabCase(name).slice(0, 60) || 'benefit';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const values = Object.fromEntries(tiers.flatMap((tier, rank) => (included[rank]!.includes(name) ? [[tier.id, true] as const] : [])));
    return { id, name, values };
  });
}

/** Every benefit of the program: the matrix as written, then the rows of the older per-tier lists. */
export function allBenefits(program: Program): Array<Pick<Benefit, 'id' | 'name' | 'values'> & Partial<Pick<Benefit, 'group' | 'description'>>> {
  return [...program.benefits, ...legacyBenefits(program.tiers, new Set(program.benefits.map((benefit) => benefit.id)))];
}

const GROUP_TITLES: Record<(typeof BENEFIT_GROUPS)[number] | 'other', string> = {
  access: 'Access',
  support: 'Support',
  marketing: 'Marketing',
  education: 'Education',
  business: 'Business',
  innovation: 'Innovation',
  events: 'Events',
  communications: 'Communications',
  other: 'Other benefits',
};

/**
 * The matrix for these tiers (a ladder, or every tier): groups in the order of BENEFIT_GROUPS,
 * benefits in the order written; a benefit none of these tiers gets is left out.
 */
export function benefitMatrix(program: Program, tierIds: readonly string[]): BenefitGroup[] {
  const language = program.site.language;
  const groups = new Map<string, BenefitRow[]>([...BENEFIT_GROUPS, 'other'].map((id) => [id, []]));
  for (const benefit of allBenefits(program)) {
    const cells = tierIds.map((tier) => ({ tier, ...cellText(benefit.values[tier], language) }));
    if (!cells.some((cell) => cell.included)) continue;
    groups.get(benefit.group ?? 'other')!.push({ id: benefit.id, name: benefit.name, description: benefit.description, cells });
  }
  return [...groups].filter(([, rows]) => rows.length > 0).map(([id, rows]) => ({ id, title: GROUP_TITLES[id as keyof typeof GROUP_TITLES], rows }));
}
