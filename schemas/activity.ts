// activity/<slug>.yaml: the reciprocity ledger of one partnership, both sides.
import { z } from 'zod';
import { CHECK, currencyCode, DATE_RANGE, id, isoDate, line, link, list, MAX_AMOUNT, prose } from './common.ts';

export const ActivityEntrySchema = z.strictObject({
  date: isoDate('When it happened.'),
  type: id().meta({ description: 'An activity type id from program.yaml activityTypes, e.g. blog-post.' }),
  by: z.enum(['platform', 'partner']).meta({ description: 'Who did it: the platform (us) or the partner.' }),
  title: line(160, 'What was done, e.g. "Joint webinar on usage-based billing".'),
  url: link('Where it can be seen, e.g. the blog post.').optional(),
  notes: prose(
    1000,
    'Notes for the program team. Never published: no page, API response, feed or download shows them; they stay in the repository.',
  ).optional(),
});

/** The ways a recorded value's period is written: src/shared/periods.ts reads them. */
export const RECORDED_PERIOD = /^(?:FY)?\d{4}(?:-(?:Q[1-4]|H[12]))?$|^\d{4}-(?:0[1-9]|1[0-2])$/;

const recordedPeriod = z
  .union([
    z
      .string()
      .regex(RECORDED_PERIOD, { error: 'recorded-period' })
      // The same years as every date: "FY9999" would end in the year 10000, which no date can name.
      .check((payload) => {
        const year = payload.value.replace(/^FY/, '').slice(0, 4);
        if (payload.issues.length === 0 && (year < DATE_RANGE.earliest.slice(0, 4) || year > DATE_RANGE.latest.slice(0, 4)))
          payload.issues.push({ code: 'custom', message: CHECK.dateRange, input: payload.value });
      })
      .meta({
        description:
          'A month (2026-03), a calendar quarter, half-year or year (2026-Q1, 2026-H2, 2026), or a fiscal one (FY2026-Q1, FY2026-H1, FY2026: FY2026 starts in 2026 on the month of fiscalYearStart).',
      }),
    // YAML reads `period: 2026` as a number.
    z.int().min(1900).max(2100).meta({ description: 'A calendar year, e.g. 2026.' }),
    z
      .strictObject({ from: isoDate('The first day of the period.'), to: isoDate('The last day of the period, included.') })
      .refine((range) => range.to >= range.from, { error: 'period-ends-before-it-starts', path: ['to'] })
      .meta({ description: 'Any other stretch of days, first and last day included.' }),
  ])
  .meta({
    description:
      'The period the value is for: a month, quarter, half-year or year (calendar or fiscal), or { from, to }. It counts in the period its first day falls in.',
  });

/** A value of one of the program's metrics for one period: never published. */
export const MetricRecordSchema = z.strictObject({
  metric: id('A metric id from program.yaml metrics, e.g. revenue.'),
  period: recordedPeriod,
  value: z
    .number()
    .min(-MAX_AMOUNT)
    .max(MAX_AMOUNT)
    .meta({ description: 'The value for that period: an amount, a count, a number, or a percentage (90 is 90%).' }),
  currency: currencyCode("For a money metric: the metric's currency, written out so no amount is counted in the wrong one.").optional(),
  notes: prose(1000, 'Notes for the program team, e.g. where the number comes from. Never published.').optional(),
});

export const ActivityFileSchema = z
  .strictObject({
    entries: list(ActivityEntrySchema, {
      max: 5000,
      what: 'entry',
      description: 'What each side did for the other, one entry per activity, in any order.',
    }).default([]),
    metrics: list(MetricRecordSchema, {
      max: 5000,
      what: 'metric value',
      description: "Values of program.yaml's metrics for this partner, one per metric and period. Never published.",
    }).default([]),
  })
  .meta({
    title: 'Partnerkit activity ledger',
    description:
      'What each side did: content/activity/<slug>.yaml. The ledger is private: it feeds the internal site and reports, and the public site shows only what program.yaml opts in to publish.',
  });

export type ActivityEntry = z.output<typeof ActivityEntrySchema>;
export type MetricRecord = z.output<typeof MetricRecordSchema>;
export type ActivityFileInput = z.input<typeof ActivityFileSchema>;
export type ActivityFile = z.output<typeof ActivityFileSchema>;
