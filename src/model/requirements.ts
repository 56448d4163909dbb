// Progress against a tier's measurable requirements, as of the build date: activities the partner
// did, metric values recorded in its ledger (revenue, customers, retention…), people holding a
// current certification, or any one of several of these. Pure functions of the content and the
// build date.
import type { ActivityEntry, MetricRecord } from '../../schemas/activity.ts';
import type { Measure, Metric, Program, SingleMeasure } from '../../schemas/program.ts';
import { calendarPeriod, type Per, type Period, recordedRange, rollingPeriod } from '../shared/periods.ts';
import { displayFormat } from '../site/display-format.ts';
import { inSentence, peopleWord } from './wording.ts';

export type RequirementState = 'met' | 'at-risk' | 'missing';
export type RequirementKind = 'activity' | 'metric' | 'certified-people' | 'any-of';

export interface RequirementProgress {
  description: string;
  kind: RequirementKind;
  /** The id of what is measured: an activity type, a metric or a certification; for any-of, the alternatives' ids joined by " or ". */
  activity: string;
  /** Its name: "Case study", "Revenue", "Quillstack API Developer"; for any-of, the alternatives' names joined by " or ". */
  activityName: string;
  /** For any-of, the alternative closest to done (a met one first). */
  required: number;
  done: number;
  /** `required` and `done` as a reader sees them: "EUR 50,000", "90%", "3 customers", "2 people", "2". */
  requiredText: string;
  doneText: string;
  state: RequirementState;
  /** First and last day of the period it is counted in (fiscal quarter, half-year or year, or the rolling window); the build date for certified people. */
  periodStart: string;
  periodEnd: string;
  /** The period by name: "2026", "FY2026 Q1", "the last 12 months", or "on 2026-11-21" for certified people. */
  periodName: string;
  /** In words: "1 more case study by December 31, 2026", "EUR 20,000 more revenue by January 31, 2027 (end of FY2026)", or "done". */
  needed: string;
  /** For any-of: the progress of each alternative. */
  options?: RequirementProgress[];
}

/** What the requirements are measured against: the program's names, its fiscal year, the build date. */
export interface RequirementContext {
  today: string;
  fiscalYearStart: number;
  /** Numbers are formatted for the site's language. */
  locale: string;
  activityNames: ReadonlyMap<string, string>;
  metrics: ReadonlyMap<string, Metric>;
  certificationNames: ReadonlyMap<string, string>;
  /** Names whose case a sentence keeps (the program's, its organisation's, its certifications'): see inSentence. */
  properNames: readonly string[];
}

/** What one partner has to show: its own ledger (activities and metric values) and its current certified people by certification. */
export interface RequirementEvidence {
  entries: readonly ActivityEntry[];
  metrics: readonly MetricRecord[];
  certifiedPeople: ReadonlyMap<string, number>;
}

export function requirementContext(program: Program, today: string): RequirementContext {
  return {
    today,
    fiscalYearStart: program.fiscalYearStart,
    locale: program.site.language,
    activityNames: new Map(program.activityTypes.map((type) => [type.id, type.name])),
    metrics: new Map(program.metrics.map((metric) => [metric.id, metric])),
    certificationNames: new Map(program.certifications.map((certification) => [certification.id, certification.name])),
    properNames: [program.name, program.organization?.name ?? '', ...program.certifications.map((certification) => certification.name)].filter(Boolean),
  };
}

export function requirementProgress(
  requirements: ReadonlyArray<{ description: string; measure?: Measure | undefined }>,
  evidence: RequirementEvidence,
  context: RequirementContext,
): RequirementProgress[] {
  return requirements.flatMap(({ description, measure }) => {
    if (!measure) return [];
    const { progress, shortfall } = 'anyOf' in measure ? anyOf(measure.anyOf, evidence, context) : single(measure, evidence, context);
    return [{ description, ...progress, needed: progress.state === 'met' ? 'done' : sentence([shortfall]) }];
  });
}

/** What is still missing, and by when: "1 more case study" + "by 2026-12-31". */
interface Shortfall {
  what: string;
  when: string;
  /** After the date, e.g. "now 85%". */
  note?: string;
}

interface Evaluation {
  progress: Omit<RequirementProgress, 'description' | 'needed'>;
  shortfall: Shortfall;
}

/** Shortfalls with the same deadline share it: "1 more case study or 1 more white paper by December 31, 2026". */
function sentence(shortfalls: readonly Shortfall[]): string {
  const withNote = (s: Shortfall) => (s.note ? `, ${s.note}` : '');
  const when = shortfalls[0]!.when;
  if (shortfalls.every((s) => s.when === when && !s.note)) return [shortfalls.map((s) => s.what).join(' or '), when].filter(Boolean).join(' ');
  return shortfalls.map((s) => `${[s.what, s.when].filter(Boolean).join(' ')}${withNote(s)}`).join(', or ');
}

function single(measure: SingleMeasure, evidence: RequirementEvidence, context: RequirementContext): Evaluation {
  if ('activity' in measure) return activityCount(measure, evidence, context);
  if ('metric' in measure) return metricThreshold(measure, evidence, context);
  return certifiedPeople(measure, evidence, context);
}

function periodFor(per: Per, window: 'calendar' | 'rolling', context: RequirementContext): Period {
  return window === 'rolling' ? rollingPeriod(per, context.today) : calendarPeriod(per, context.today, context.fiscalYearStart);
}

/**
 * "by December 31, 2026", "by January 31, 2027 (end of FY2026)", or for a rolling window "in the
 * last 12 months". The day as a reader of the program's language writes it (displayFormat), never
 * ISO: these sentences reach pages, scorecards and the report.
 */
function deadline(period: Period, window: 'calendar' | 'rolling', context: RequirementContext): string {
  if (window === 'rolling') return `in ${period.name}`;
  const day = displayFormat(context.locale).date(period.end);
  return context.fiscalYearStart === 1 ? `by ${day}` : `by ${day} (end of ${period.name})`;
}

const stateOf = (met: boolean, started: boolean): RequirementState => (met ? 'met' : started ? 'at-risk' : 'missing');

function activityCount(measure: Extract<SingleMeasure, { activity: string }>, evidence: RequirementEvidence, context: RequirementContext): Evaluation {
  const { activity, count, per, window } = measure;
  const period = periodFor(per, window, context);
  // Only what the partner did counts towards the partner's obligations.
  const done = evidence.entries.filter(
    (e) => e.by === 'partner' && e.type === activity && e.date >= period.start && e.date <= period.end && e.date <= context.today,
  ).length;
  const name = context.activityNames.get(activity) ?? activity;
  const more = count - done;
  const format = (n: number) => number(n, context.locale);
  return {
    progress: {
      kind: 'activity',
      activity,
      activityName: name,
      required: count,
      done,
      requiredText: format(count),
      doneText: format(done),
      state: stateOf(done >= count, done > 0),
      ...periodFields(period),
    },
    shortfall: {
      what: `${more} more ${more === 1 ? inSentence(name, context.properNames) : pluralise(inSentence(name, context.properNames))}`,
      when: deadline(period, window, context),
    },
  };
}

const periodFields = (period: Period) => ({ periodStart: period.start, periodEnd: period.end, periodName: period.name });

/** Money and count metrics add up over the period; number and percent metrics are levels, of which the latest counts. */
const isSum = (metric: Metric) => metric.kind === 'money' || metric.kind === 'count';

function metricThreshold(measure: Extract<SingleMeasure, { metric: string }>, evidence: RequirementEvidence, context: RequirementContext): Evaluation {
  const { atLeast, per, window } = measure;
  const metric = context.metrics.get(measure.metric)!;
  const period = periodFor(per, window, context);
  // A value counts in the period its first day falls in, once that day has come.
  const records = evidence.metrics
    .filter((record) => record.metric === metric.id)
    .map((record) => ({ record, range: recordedRange(record.period, context.fiscalYearStart) }))
    .filter(({ range }) => range.from >= period.start && range.from <= period.end && range.from <= context.today)
    .sort((a, b) => a.range.from.localeCompare(b.range.from) || a.range.to.localeCompare(b.range.to));
  const done = isSum(metric) ? round(records.reduce((sum, { record }) => sum + record.value, 0)) : (records.at(-1)?.record.value ?? 0);
  const format = (n: number) => formatValue(n, metric, context.locale);
  const met = done >= atLeast;
  const when = deadline(period, window, context);
  const shortfall: Shortfall = isSum(metric)
    ? { what: formatMore(atLeast - done, metric, context), when }
    : {
        what: `${inSentence(metric.name, context.properNames)} of at least ${format(atLeast)}`,
        when,
        note: records.length ? `now ${format(done)}` : `nothing recorded yet for ${period.name}`,
      };
  return {
    progress: {
      kind: 'metric',
      activity: metric.id,
      activityName: metric.name,
      required: atLeast,
      done,
      requiredText: format(atLeast),
      // A level nobody recorded is not 0%.
      doneText: isSum(metric) || records.length ? format(done) : 'nothing recorded',
      state: stateOf(met, isSum(metric) ? done > 0 : records.length > 0),
      ...periodFields(period),
    },
    shortfall,
  };
}

function certifiedPeople(measure: Extract<SingleMeasure, { certification: string }>, evidence: RequirementEvidence, context: RequirementContext): Evaluation {
  const { certification, people } = measure;
  const done = evidence.certifiedPeople.get(certification) ?? 0;
  const name = context.certificationNames.get(certification) ?? certification;
  const more = people - done;
  const today = context.today;
  return {
    progress: {
      kind: 'certified-people',
      activity: certification,
      activityName: name,
      required: people,
      done,
      requiredText: peopleText(people, context.locale),
      doneText: peopleText(done, context.locale),
      state: stateOf(done >= people, done > 0),
      periodStart: today,
      periodEnd: today,
      periodName: `on ${displayFormat(context.locale).date(today)}`,
    },
    shortfall: { what: `${peopleText(more, context.locale).replace(/ (people|person)$/, ' more $1')} with a current ${name} certification`, when: '' },
  };
}

function anyOf(measures: readonly SingleMeasure[], evidence: RequirementEvidence, context: RequirementContext): Evaluation {
  const evaluations = measures.map((measure) => single(measure, evidence, context));
  const ratio = ({ progress }: Evaluation) => (progress.state === 'met' ? Infinity : progress.required > 0 ? progress.done / progress.required : 0);
  // The alternative closest to done stands for the requirement (the first of equals).
  const best = evaluations.reduce((a, b) => (ratio(b) > ratio(a) ? b : a));
  const states = evaluations.map((e) => e.progress.state);
  return {
    progress: {
      ...best.progress,
      kind: 'any-of',
      activity: evaluations.map((e) => e.progress.activity).join(' or '),
      activityName: evaluations.map((e) => e.progress.activityName).join(' or '),
      state: states.includes('met') ? 'met' : states.includes('at-risk') ? 'at-risk' : 'missing',
      options: evaluations.map((e) => ({
        description: e.progress.activityName,
        ...e.progress,
        needed: e.progress.state === 'met' ? 'done' : sentence([e.shortfall]),
      })),
    },
    // The alternatives' shortfalls, already in one sentence with their deadlines.
    shortfall: { what: sentence(evaluations.map((e) => e.shortfall)), when: '' },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Intl's narrow and non-breaking spaces as plain ones, so text reads the same in a terminal, CSV or Markdown. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function number(n: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return plainSpaces(new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format(n));
}

/** A metric's value as a reader sees it: "EUR 125,000", "12 customers", "85%", "4.5 points". */
export function formatValue(value: number, metric: Pick<Metric, 'kind' | 'currency' | 'unit'>, locale: string): string {
  switch (metric.kind) {
    case 'money': {
      const digits = Number.isInteger(value) ? 0 : 2;
      return number(value, locale, {
        style: 'currency',
        currency: metric.currency!,
        currencyDisplay: 'code',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    }
    case 'percent':
      return number(value / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
    default:
      return metric.unit ? `${number(value, locale)} ${value === 1 ? metric.unit : pluralise(metric.unit)}` : number(value, locale);
  }
}

/** "EUR 20,000 more revenue", "3 more customers". */
function formatMore(more: number, metric: Metric, context: Pick<RequirementContext, 'locale' | 'properNames'>): string {
  const name = inSentence(metric.name, context.properNames);
  if (metric.kind === 'money') return `${formatValue(more, metric, context.locale)} more ${name}`;
  const unit = metric.unit ? (more === 1 ? metric.unit : pluralise(metric.unit)) : name;
  return `${number(more, context.locale)} more ${unit}`;
}

const peopleText = (n: number, locale: string) => `${number(n, locale)} ${peopleWord(n)}`;

export function pluralise(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
