// The metric values in a partner's ledger: each of a metric program.yaml defines, money in that
// metric's one currency (amounts are never converted, so one in another currency would be added
// as if it were the metric's), one value per metric and period, and each period within one
// (fiscal) year, so it counts where a reader expects.
import { fiscalYearOf, recordedRange, yearName } from '../shared/periods.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';
import type { FileProblems } from './file-problems.ts';
import { checkKnownValue } from './known-value.ts';
import type { ProgramIds } from './program-ids.ts';

export const checkMetricRecords: CrossCheck = (files, { ids }) => {
  if (!ids) return;
  const metricIds = [...ids.metrics.keys()];
  for (const { raw, report } of files) {
    const first = new Map<string, number>();
    items(fields(raw).metrics).forEach(([value, i]) => {
      const record = fields(value);
      const metricId = text(record.metric);
      if (report.hasErrorAt(['metrics', i])) return; // a repeat of an earlier item, already reported
      if (!metricId || !checkKnownValue(report, ['metrics', i, 'metric'], metricId, metricIds, 'metric', 'metrics in program.yaml')) return;
      const metric = ids.metrics.get(metricId)!;
      const currency = text(record.currency);
      if (metric.kind === 'money' && !currency)
        report.field(['metrics', i], 'error', {
          code: 'missing-currency',
          message: `${metric.name} is an amount of money, and this value does not say which currency it is in`,
          fix: metric.currency
            ? `add "currency: ${metric.currency}" (amounts of ${metric.name} are in ${metric.currency})`
            : 'add "currency:" with its code, e.g. EUR',
        });
      else if (metric.kind === 'money' && currency && metric.currency && currency !== metric.currency && !report.hasErrorAt(['metrics', i, 'currency']))
        report.field(['metrics', i, 'currency'], 'error', {
          code: 'currency-mismatch',
          message: `${metric.name} is recorded in ${metric.currency}, and this amount is in ${currency}: amounts are never converted, so it would count as ${metric.currency}`,
          fix: `convert the amount and record it in ${metric.currency}, or ask for another metric for amounts in ${currency}`,
        });
      else if (metric.kind !== undefined && metric.kind !== 'money' && currency)
        report.field(['metrics', i, 'currency'], 'error', {
          code: 'currency-not-needed',
          message: `${metric.name} is not an amount of money, so it has no currency`,
          fix: 'remove "currency"',
        });

      const period = periodOf(record.period);
      if (!period || report.hasErrorAt(['metrics', i, 'period'])) return;
      const key = `${metricId} ${period.key}`;
      const earlier = first.get(key);
      if (earlier !== undefined) {
        report.field(['metrics', i, 'period'], 'error', {
          code: 'metric-recorded-twice',
          message: `${metric.name} for ${period.key} is recorded twice (first at metrics[${earlier}]), so it would count twice`,
          fix: 'keep one value per metric and period: add the two up, or correct the period',
        });
        return;
      }
      first.set(key, i);
      acrossYears(report, i, period.value, ids);
    });
  }
};

/** The period as written, when it is well-formed (else its schema reported it). */
function periodOf(value: unknown): { key: string; value: string | { from: string; to: string } } | undefined {
  if (typeof value === 'string' || typeof value === 'number') return { key: String(value), value: String(value) };
  const range = fields(value);
  const from = text(range.from);
  const to = text(range.to);
  return from && to ? { key: `${from} to ${to}`, value: { from, to } } : undefined;
}

/** A value counts in the period its first day falls in: one that runs into the next (fiscal) year is worth a warning. */
function acrossYears(report: FileProblems, i: number, period: string | { from: string; to: string }, ids: ProgramIds) {
  const start = ids.fiscalYearStart;
  const { from, to } = recordedRange(period, start);
  const firstYear = fiscalYearOf(from, start);
  if (fiscalYearOf(to, start) === firstYear) return;
  const next = yearName(firstYear + 1, start);
  report.field(['metrics', i, 'period'], 'warning', {
    code: 'period-across-boundary',
    message: `this period runs from ${from} to ${to}, into ${next}; it counts in full towards ${yearName(firstYear, start)}, where its first day falls`,
    fix:
      start === 1
        ? 'record a value for each year, or for each month'
        : `record months (e.g. ${from.slice(0, 7)}) or fiscal periods (e.g. FY${fiscalYearOf(to, start)}-Q1), which fall within one fiscal year`,
  });
}
