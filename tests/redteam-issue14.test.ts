// Red-team findings against issue 14 (metrics, fees, benefits matrix, audiences): content that
// `npm run validate` accepted and that broke what the site shows, or could reach the public site.
// Each test states the hostile content and asserts the safe behaviour.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { load, positionOf, readContentFile } from './helpers/content-fixture.ts';
import { scenarioModel, writeScenario } from './helpers/scenario.ts';

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

describe("prices are written in the currency's own units", () => {
  // The site prints a price with its currency's decimals: a fee of BHD 0.0001 read "BHD 0.00 once"
  // (a price that is not free, shown as nothing) and JPY 100.5 "JPY 100.50", which no yen can pay.
  it('refuses a fee and a benefit amount finer than their currency, at the number, saying how to round', async () => {
    const root = await writeScenario({
      program: {
        tiers: [
          {
            id: 'silver',
            name: 'Silver',
            description: 'The first tier.',
            fees: [
              { amount: 0.0001, currency: 'BHD', period: 'year' },
              { amount: 12.5, currency: 'EUR', period: 'year' },
            ],
          },
          { id: 'gold', name: 'Gold', description: 'The second tier.', fees: [{ amount: 1.125, currency: 'BHD', period: 'year' }] },
        ],
        benefits: [
          {
            id: 'funds',
            name: 'Funds',
            group: 'marketing',
            values: { gold: { amount: 100.5, currency: 'JPY' }, silver: { amount: 0.1 + 0.2, currency: 'EUR' } },
          },
        ],
      },
    });
    const program = await readContentFile(root, 'program.yaml');
    expect(brief((await load(root)).problems)).toEqual([
      `program.yaml:${at(program, '0.0001')} error tiers[silver].fees[0].amount: 0.0001 has more decimals than amounts in BHD have (3), so the site would print another amount → round it to 3 decimals`,
      `program.yaml:${at(program, '100.5')} error benefits[funds].values.gold.amount: 100.5 has more decimals than amounts in JPY have (none), so the site would print another amount → round it to whole JPY`,
    ]);
  });

  it("prints an amount with its currency's decimals: EUR 12.50, BHD 1.125", async () => {
    const { model } = await scenarioModel({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.', fees: [{ amount: 12.5, currency: 'EUR', period: 'year' }] },
          { id: 'gold', name: 'Gold', description: 'The second tier.', fees: [{ amount: 1.125, currency: 'BHD', period: 'year' }] },
        ],
      },
    });
    expect(model.tiers.map((tier) => tier.price)).toEqual(['€12.50 a year', 'BHD\u00a01.125 a year']);
  });
});

describe('published activity totals never describe one partnership', () => {
  // With totals published and one partner in the ledgers, /activity/ read "0 activities by Example
  // Partners, 1 by partners" and charted that partner's ledger by month: its balance, in public.
  const entry = (date: string, by: string) => ({ date, type: 'blog-post', by, title: 'A post' });
  const scenario = (ledgers: Record<string, ReturnType<typeof entry>[]>) => ({
    program: { reciprocity: { publish: { totals: true } } },
    partners: { 'acme-cloud': {}, 'beta-labs': {}, 'cobalt-works': {} },
    activity: ledgers,
  });

  // The public totals count whole calendar months, this one to date and the 11 before (issue 16:
  // a rolling window would change the page every day): from 2025-12-01 to 2026-11-21.
  it('publishes the totals once three partners have activity in the 12 calendar months to date (2025-12-01 to 2026-11-21), not before', async () => {
    const three = await scenarioModel(
      scenario({
        'acme-cloud': [entry('2026-10-01', 'platform')],
        'beta-labs': [entry('2025-12-01', 'partner')],
        'cobalt-works': [entry('2026-11-21', 'partner')],
      }),
    );
    expect(three.model.publicActivity?.totals).toMatchObject({ since: '2025-12-01', platform: 1, partner: 2 });
    // Cobalt Works' only entry is a day before those months: two partnerships, no totals.
    const two = await scenarioModel(
      scenario({
        'acme-cloud': [entry('2026-10-01', 'platform')],
        'beta-labs': [entry('2025-12-01', 'partner')],
        'cobalt-works': [entry('2025-11-30', 'partner')],
      }),
    );
    expect(two.model.publicActivity?.totals).toBeUndefined();
    expect(two.model.publicActivity?.partnersInTotals).toBe(2);
  });

  it('publishes the same totals on every day of a month: a day later, an entry does not drop out of them', async () => {
    const ledgers = {
      'acme-cloud': [entry('2025-12-01', 'platform')],
      'beta-labs': [entry('2026-01-15', 'partner')],
      'cobalt-works': [entry('2026-11-01', 'partner')],
    };
    const totalsOn = async (today: string) => (await scenarioModel(scenario(ledgers), today)).model.publicActivity?.totals;
    expect(await totalsOn('2026-11-01')).toEqual(await totalsOn('2026-11-30'));
    // The month turns: December 2025 leaves the twelve months, and with it Acme Cloud's entry.
    expect(await totalsOn('2026-12-01')).toBeUndefined();
  });
});

describe('a public build of a program with private data and hostile text', () => {
  // What the program keeps private, each written once and distinctive, so finding it in any file of
  // dist/ (page, API, CSV, feed, sitemap, schema, badge) is a leak.
  const PRIVATE = [
    'Zelda Quorrington',
    'Hidden Person',
    'hidden@acme.example',
    'SECRET-ENTRY-TITLE',
    'SECRET-LEDGER-NOTE',
    'SECRET-METRIC-NOTE',
    '987654',
    '987,654',
  ];
  // Markup in benefit, track and metric text: shown as text in HTML, never as an element.
  const MARKUP = ['<img src=x onerror=alert(1)>', '</style><script>alert(1)</script>'];

  it('publishes no certified person, private contact, ledger entry, metric value or note, and no markup from the program', async () => {
    const root = await writeScenario({
      program: {
        fiscalYearStart: 12,
        metrics: [{ ...REVENUE, name: `Revenue ${MARKUP[1]}` }],
        reciprocity: { publish: { activeThisQuarter: true, totals: true } },
        certifications: [{ id: 'architect', name: 'Architect', description: 'Designs.', validityMonths: 24 }],
        tiers: [
          {
            id: 'silver',
            name: 'Silver',
            description: 'The first tier.',
            color: '#123456',
            fees: [{ amount: 500, currency: 'EUR', period: 'year', label: '=HYPERLINK("https://evil.example")' }],
          },
          {
            id: 'gold',
            name: 'Gold',
            description: 'The second tier.',
            invitationOnly: true,
            requirements: [
              { description: 'Revenue', measure: { metric: 'revenue', atLeast: 5, per: 'year', currency: 'EUR' } },
              { description: 'Architects', measure: { certification: 'architect', people: 2 } },
            ],
          },
        ],
        benefits: [
          { id: 'funds', name: `Funds ${MARKUP[0]}`, group: 'marketing', values: { silver: '=cmd|/C calc!A0', gold: { amount: 10, unit: MARKUP[1] } } },
        ],
      },
      partners: {
        acme: {
          tier: 'gold',
          contacts: [{ name: 'Hidden Person', email: 'hidden@acme.example', visibility: 'private' }],
          certifiedPeople: [
            { certification: 'architect', earned: '2026-01-01', name: 'Zelda Quorrington' },
            { certification: 'architect', earned: '2026-01-02' },
          ],
        },
      },
      activity: {
        acme: {
          entries: [{ date: '2026-11-01', type: 'blog-post', by: 'partner', title: 'SECRET-ENTRY-TITLE', notes: 'SECRET-LEDGER-NOTE' }],
          metrics: [{ metric: 'revenue', period: 'FY2025', value: 987654, currency: 'EUR', notes: 'SECRET-METRIC-NOTE' }],
        },
      },
    });
    expect(brief((await load(root)).problems)).toEqual([]);
    const built = await astroBuild(root, { PARTNERKIT_AUDIENCE: 'public' });
    expect(built.code, built.stderr).toBe(0);
    const found: string[] = [];
    for (const entry of await readdir(built.outDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const text = await readFile(file, 'utf8');
      const where = path.relative(built.outDir, file);
      for (const secret of PRIVATE) if (text.includes(secret)) found.push(`${where}: ${secret}`);
      if (/\.(html|xml|svg)$/.test(entry.name)) for (const markup of MARKUP) if (text.includes(markup)) found.push(`${where}: ${markup}`);
    }
    expect(found).toEqual([]);
    // The program publishes its totals, but one partnership's totals would be its own balance and ledger.
    const activity = await readFile(path.join(built.outDir, 'activity/index.html'), 'utf8');
    expect(activity).not.toContain('data-table="by-type"');
    expect(activity).not.toContain('1 by partners');
    expect(activity).toContain('appear here once at least 3 partners have taken part in the last 12 months');
    // The people are counted, never named; the requirement is public, the partner's progress is not.
    const partner = JSON.parse(await readFile(path.join(built.outDir, 'api/v1/partners/acme.json'), 'utf8'));
    expect(partner.certifiedPeople).toEqual([{ certification: 'architect', name: 'Architect', people: 2 }]);
  }, 300_000);
});
