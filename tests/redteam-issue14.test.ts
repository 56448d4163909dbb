// Red-team findings against issue 14 (metrics, fees, benefits matrix, audiences): content that
// `npm run validate` accepted and that broke what the site shows, or could reach the public site.
// Each test states the hostile content and asserts the safe behaviour.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { load, positionOf, readContentFile } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';

type Problems = Awaited<ReturnType<typeof load>>['problems'];
const brief = (problems: Problems) =>
  problems.map((p) => `${p.file.split('content/')[1]}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message} → ${p.fix}`);
const at = (text: string, needle: string) => {
  const { line, column } = positionOf(text, needle);
  return `${line}:${column}`;
};

const REVENUE = { id: 'revenue', name: 'Revenue', kind: 'money', currency: 'EUR', description: 'Revenue the partner brought.' };

describe('metric periods have the years every date has (1900 to 2100)', () => {
  // "FY9999" ran into the year 10000: the warning read "runs from 9999-12-01 to +010000-11", and
  // "0000" was accepted as counting towards "FY-1", where { from, to } dates were refused.
  it('refuses a period written as text whose year is out of range, at the value, like a date', async () => {
    const root = await writeScenario({
      program: { fiscalYearStart: 12, metrics: [REVENUE] },
      partners: { acme: {} },
      activity: {
        acme: {
          metrics: [
            { metric: 'revenue', period: 'FY9999', value: 10, currency: 'EUR' },
            { metric: 'revenue', period: '0000', value: 10, currency: 'EUR' },
            { metric: 'revenue', period: '2100-12', value: 10, currency: 'EUR' },
          ],
        },
      },
    });
    const ledger = await readContentFile(root, 'activity/acme.yaml');
    expect(brief((await load(root)).problems)).toEqual([
      `activity/acme.yaml:${at(ledger, 'FY9999')} error metrics[0].period: "FY9999" is not between 1900-01-01 and 2100-12-31 → check the year`,
      `activity/acme.yaml:${at(ledger, "'0000'")} error metrics[1].period: "0000" is not between 1900-01-01 and 2100-12-31 → check the year`,
    ]);
  });
});

describe('amounts have an upper bound, as metric values and thresholds had', () => {
  // A fee of 1e300 was accepted and printed as a 300-digit price across the tier comparison.
  it('refuses a fee and a benefit amount above 10^15, at the number', async () => {
    const root = await writeScenario({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.', fees: [{ amount: 1e300, currency: 'EUR', period: 'year' }] },
          { id: 'gold', name: 'Gold', description: 'The second tier.' },
        ],
        benefits: [{ id: 'funds', name: 'Funds', group: 'marketing', values: { gold: { amount: 2e15, currency: 'EUR' } } }],
      },
    });
    const program = await readContentFile(root, 'program.yaml');
    expect(brief((await load(root)).problems)).toEqual([
      `program.yaml:${at(program, '1.e+300')} error tiers[silver].fees[0].amount: 1e+300 is too large for "amount" → use 1000000000000000 or less`,
      `program.yaml:${at(program, '2000000000000000')} error benefits[funds].values.gold.amount: 2000000000000000 is too large for "amount" → use 1000000000000000 or less`,
    ]);
  });
});
