// Tier requirements beyond activity counts: a revenue threshold, people holding a certification,
// "any of" several measures, a customer count over a rolling window and a retention level per
// quarter, in a program whose fiscal year starts in February. Every expected value is worked out by
// hand from the data written here, on both sides of the fiscal year's boundary (Jan 31 / Feb 1).
import { describe, expect, it } from 'vitest';
import type { Content } from '../src/loader/content-types.ts';
import { certifiedPeopleCounts } from '../src/model/certified-people.ts';
import { reciprocityReport } from '../src/model/reciprocity.ts';
import { requirementContext, requirementProgress } from '../src/model/requirements.ts';
import { partnerDetail, tierList } from '../src/render/api-v1.ts';
import { calendarPeriod, recordedRange, rollingPeriod } from '../src/shared/periods.ts';
import { load, positionOf, readContentFile, run } from './helpers/content-fixture.ts';
import { modelOf, SCENARIO_PROGRAM, scenarioContent, writeScenario } from './helpers/scenario.ts';

// Fiscal year from February: FY2026 runs from 2026-02-01 to 2027-01-31; its Q4 from 2026-11-01 to 2027-01-31.
const FISCAL_FEBRUARY = {
  fiscalYearStart: 2,
  metrics: [
    { id: 'revenue', name: 'Revenue', kind: 'money', currency: 'EUR', description: 'Revenue the partner managed on the platform.' },
    { id: 'customers', name: 'Customers', kind: 'count', unit: 'customer', description: 'New customers the partner brought.' },
    { id: 'retention', name: 'Retention', kind: 'percent', description: 'Share of customers who renewed.' },
  ],
  certifications: [
    { id: 'architect', name: 'Example Solutions Architect', description: 'Designs systems.', validityMonths: 24 },
    { id: 'developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 },
  ],
  activityTypes: [
    { id: 'case-study', name: 'Case study', weight: 4 },
    { id: 'white-paper', name: 'White paper', weight: 4 },
  ],
  tiers: [
    { id: 'silver', name: 'Silver', description: 'The first tier.' },
    {
      id: 'gold',
      name: 'Gold',
      description: 'The second tier.',
      requirements: [
        { description: 'EUR 50,000 revenue a fiscal year', measure: { metric: 'revenue', atLeast: 50000, currency: 'EUR', per: 'year' } },
        { description: 'Three certified architects', measure: { certification: 'architect', people: 3 } },
        {
          description: 'Two case studies or a white paper a year',
          measure: {
            anyOf: [
              { activity: 'case-study', count: 2, per: 'year' },
              { activity: 'white-paper', count: 1, per: 'year' },
            ],
          },
        },
        { description: 'Ten new customers in any 12 months', measure: { metric: 'customers', atLeast: 10, per: 'year', window: 'rolling' } },
        { description: 'Retention of 90% each quarter', measure: { metric: 'retention', atLeast: 90, per: 'quarter' } },
      ],
    },
  ],
};

const partnerEntry = (date: string, type: string) => ({ date, type, by: 'partner', title: `${type} ${date}` });
const money = (period: string | Record<string, string>, value: number) => ({ metric: 'revenue', period, value, currency: 'EUR' });

const SCENARIO = {
  program: FISCAL_FEBRUARY,
  partners: {
    // Gold, and short of several requirements.
    acme: {
      tier: 'gold',
      certifiedPeople: [
        { certification: 'architect', earned: '2025-03-01' }, // valid until 2027-03-01
        { certification: 'architect', earned: '2025-01-31' }, // expires 2027-01-31: not counted from that day
        { certification: 'architect', earned: '2026-06-01', name: 'Quinn Hollowell' },
        { certification: 'developer', earned: '2026-01-01' }, // another certification
      ],
    },
    // Silver, and meets every Gold requirement in FY2026.
    beta: {
      certifiedPeople: [
        { certification: 'architect', earned: '2026-01-10' },
        { certification: 'architect', earned: '2026-02-10' },
        { certification: 'architect', earned: '2026-03-10', expires: '2028-01-01' },
      ],
    },
  },
  activity: {
    acme: {
      entries: [
        partnerEntry('2026-01-31', 'white-paper'), // FY2025's last day
        partnerEntry('2026-02-01', 'white-paper'), // FY2026's first day
        partnerEntry('2026-03-01', 'case-study'),
        { date: '2026-04-01', type: 'case-study', by: 'platform', title: 'Ours, not theirs' },
      ],
      metrics: [
        money('2026-01', 40000), // January 2026: FY2025
        money('FY2026-Q1', 20000), // February to April 2026
        money('2026-11', 10000),
        money('2027-01', 5000), // January 2027: still FY2026
        money('2027-02', 7000), // FY2027
        { metric: 'customers', period: '2026-01', value: 4 },
        { metric: 'customers', period: '2026-02', value: 3 },
        { metric: 'customers', period: '2026-12', value: 4 },
        { metric: 'retention', period: '2026-11', value: 85 },
        { metric: 'retention', period: '2027-01', value: 92 }, // the latest of FY2026 Q4
        { metric: 'retention', period: '2027-02', value: 88 },
      ],
    },
    beta: {
      entries: [partnerEntry('2026-05-01', 'white-paper')],
      metrics: [
        money('FY2026', 50000),
        { metric: 'customers', period: { from: '2026-06-01', to: '2026-06-30' }, value: 10 },
        { metric: 'retention', period: 'FY2026-Q4', value: 95 },
      ],
    },
  },
};

const fiscalScenario = async (): Promise<Content> => scenarioContent(await writeScenario(SCENARIO), '2027-01-31');

describe('fiscal periods', () => {
  it.each([
    // [per, day, first day, last day, name] with the fiscal year starting on February 1
    ['year', '2027-01-31', '2026-02-01', '2027-01-31', 'FY2026'],
    ['year', '2027-02-01', '2027-02-01', '2028-01-31', 'FY2027'],
    ['quarter', '2026-02-01', '2026-02-01', '2026-04-30', 'FY2026 Q1'],
    ['quarter', '2027-01-31', '2026-11-01', '2027-01-31', 'FY2026 Q4'],
    ['half-year', '2026-07-31', '2026-02-01', '2026-07-31', 'FY2026 H1'],
    ['half-year', '2026-08-01', '2026-08-01', '2027-01-31', 'FY2026 H2'],
  ] as const)('the %s containing %s runs from %s to %s: %s', (per, day, start, end, name) => {
    expect(calendarPeriod(per, day, 2)).toEqual({ start, end, name });
  });

  it('names calendar periods without "FY" when the fiscal year is the calendar year', () => {
    expect(calendarPeriod('quarter', '2026-11-21')).toEqual({ start: '2026-10-01', end: '2026-12-31', name: '2026 Q4' });
  });

  it('ends a rolling window on the build date', () => {
    expect(rollingPeriod('year', '2027-01-31')).toEqual({ start: '2026-02-01', end: '2027-01-31', name: 'the last 12 months' });
    expect(rollingPeriod('quarter', '2026-05-31')).toEqual({ start: '2026-03-01', end: '2026-05-31', name: 'the last 3 months' });
  });

  it.each([
    ['2026-03', '2026-03-01', '2026-03-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
    ['FY2026', '2026-02-01', '2027-01-31'],
    ['FY2026-Q4', '2026-11-01', '2027-01-31'],
    ['FY2026-H2', '2026-08-01', '2027-01-31'],
  ])('a value recorded for %s covers %s to %s', (period, from, to) => {
    expect(recordedRange(period, 2)).toEqual({ from, to });
  });
});

describe('requirements with metrics, certified people and alternatives, fiscal year from February', () => {
  it('on 2027-01-31, the last day of FY2026', async () => {
    const content = await fiscalScenario();
    const acme = reciprocityReport(content, { today: '2027-01-31' }).partners.find((p) => p.slug === 'acme')!;
    const [revenue, architects, caseOrPaper, customers, retention] = acme.requirements;
    // FY2026 revenue: 20,000 (FY2026-Q1) + 10,000 (2026-11) + 5,000 (2027-01); January 2026 belongs to FY2025, February 2027 to FY2027.
    expect(revenue).toMatchObject({
      kind: 'metric',
      required: 50000,
      done: 35000,
      requiredText: 'EUR 50,000',
      doneText: 'EUR 35,000',
      state: 'at-risk',
      periodStart: '2026-02-01',
      periodEnd: '2027-01-31',
      periodName: 'FY2026',
      needed: 'EUR 15,000 more revenue by January 31, 2027 (end of FY2026)',
    });
    // Three architects, one of whose certification expires on 2027-01-31 itself: two are current.
    expect(architects).toMatchObject({
      kind: 'certified-people',
      required: 3,
      done: 2,
      doneText: '2 people',
      state: 'at-risk',
      needed: '1 more person with a current Example Solutions Architect certification',
    });
    // The white paper of 2026-02-01 is in FY2026 (the one of 2026-01-31 is not): the white-paper alternative is met.
    expect(caseOrPaper).toMatchObject({ kind: 'any-of', state: 'met', done: 1, required: 1, needed: 'done', activityName: 'Case study or White paper' });
    expect(caseOrPaper!.options!.map((o) => [o.activity, o.done, o.required, o.state])).toEqual([
      ['case-study', 1, 2, 'at-risk'], // the platform's case study does not count
      ['white-paper', 1, 1, 'met'],
    ]);
    // The last 12 months, 2026-02-01 to 2027-01-31: 3 (2026-02) + 4 (2026-12); January 2026 is before the window.
    expect(customers).toMatchObject({
      done: 7,
      doneText: '7 customers',
      requiredText: '10 customers',
      state: 'at-risk',
      periodStart: '2026-02-01',
      needed: '3 more customers in the last 12 months',
    });
    // FY2026 Q4 (2026-11-01 to 2027-01-31): the latest value, 92% (2027-01), not the earlier 85%.
    expect(retention).toMatchObject({ done: 92, doneText: '92%', requiredText: '90%', state: 'met', periodName: 'FY2026 Q4' });
  });

  it('on 2027-02-01, the first day of FY2027', async () => {
    const content = await fiscalScenario();
    const acme = reciprocityReport(content, { today: '2027-02-01' }).partners.find((p) => p.slug === 'acme')!;
    const [revenue, architects, caseOrPaper, customers, retention] = acme.requirements;
    expect(revenue).toMatchObject({ done: 7000, state: 'at-risk', needed: 'EUR 43,000 more revenue by January 31, 2028 (end of FY2027)' });
    expect(architects).toMatchObject({ done: 2, state: 'at-risk' });
    // Nothing yet in FY2027: the shortfalls share one deadline.
    expect(caseOrPaper).toMatchObject({ state: 'missing', needed: '2 more case studies or 1 more white paper by January 31, 2028 (end of FY2027)' });
    // The window is now 2026-02-02 to 2027-02-01: February 2026's value starts before it.
    expect(customers).toMatchObject({ done: 4, periodStart: '2026-02-02', needed: '6 more customers in the last 12 months' });
    expect(retention).toMatchObject({
      done: 88,
      state: 'at-risk',
      periodName: 'FY2027 Q1',
      needed: 'retention of at least 90% by April 30, 2027 (end of FY2027 Q1), now 88%',
    });
  });

  it('on 2026-01-31, the last day of FY2025', async () => {
    const content = await fiscalScenario();
    const acme = reciprocityReport(content, { today: '2026-01-31' }).partners.find((p) => p.slug === 'acme')!;
    const [revenue, architects, caseOrPaper] = acme.requirements;
    expect(revenue).toMatchObject({
      done: 40000,
      periodStart: '2025-02-01',
      periodEnd: '2026-01-31',
      needed: 'EUR 10,000 more revenue by January 31, 2026 (end of FY2025)',
    });
    // Earned 2025-01-31 and 2025-03-01: both current; the third was earned later.
    expect(architects).toMatchObject({ done: 2 });
    expect(caseOrPaper).toMatchObject({ state: 'met', done: 1 });
  });

  it('says a partner qualifies for the next tier only when every requirement of it is met, any-of included', async () => {
    const content = await fiscalScenario();
    const beta = reciprocityReport(content, { today: '2027-01-31' }).partners.find((p) => p.slug === 'beta')!;
    expect(beta.nextTier).toEqual({ id: 'gold', name: 'Gold', qualifies: true, missing: [] });
    // The next day is FY2027: revenue, the white paper and retention start again; the customers of June 2026 are still in the window.
    const later = reciprocityReport(content, { today: '2027-02-01' }).partners.find((p) => p.slug === 'beta')!;
    expect(later.nextTier).toEqual({
      id: 'gold',
      name: 'Gold',
      qualifies: false,
      missing: [
        'EUR 50,000 more revenue by January 31, 2028 (end of FY2027)',
        '2 more case studies or 1 more white paper by January 31, 2028 (end of FY2027)',
        'retention of at least 90% by April 30, 2027 (end of FY2027 Q1), nothing recorded yet for FY2027 Q1',
      ],
    });
  });

  it('says a level no one recorded is not recorded, rather than 0%', async () => {
    const content = await fiscalScenario();
    const gold = content.program.tiers.find((tier) => tier.id === 'gold')!;
    const retention = gold.requirements.filter((r) => r.description.startsWith('Retention'));
    const nothing = { entries: [], metrics: [], certifiedPeople: new Map() };
    expect(requirementProgress(retention, nothing, requirementContext(content.program, '2027-01-31'))).toMatchObject([
      {
        done: 0,
        doneText: 'nothing recorded',
        state: 'missing',
        needed: 'retention of at least 90% by January 31, 2027 (end of FY2026 Q4), nothing recorded yet for FY2026 Q4',
      },
    ]);
  });

  it('publishes how many people hold each certification, never their names', async () => {
    const content = await fiscalScenario();
    const acme = content.partners.find((p) => p.slug === 'acme')!;
    expect(certifiedPeopleCounts(acme, content.program.certifications, '2027-01-30')).toEqual([
      { certification: 'architect', name: 'Example Solutions Architect', people: 3 },
      { certification: 'developer', name: 'Example API Developer', people: 1 },
    ]);
    const { model } = await modelOf(content, '2027-01-31');
    const view = model.partners.find((p) => p.slug === 'acme')!;
    expect(view.certifiedPeople).toEqual([
      { certification: 'architect', name: 'Example Solutions Architect', people: 2 },
      { certification: 'developer', name: 'Example API Developer', people: 1 },
    ]);
    expect(JSON.stringify(model)).not.toContain('Quinn Hollowell');
  });
});

describe('validate', () => {
  const brief = (problems: Awaited<ReturnType<typeof load>>['problems']) =>
    problems.map((p) => `${p.file.split('content/')[1]}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message} → ${p.fix}`);

  it('refuses unknown metrics and certifications, money in another currency, and a value recorded twice, each at its place', async () => {
    const root = await writeScenario({
      program: {
        ...FISCAL_FEBRUARY,
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.' },
          {
            id: 'gold',
            name: 'Gold',
            description: 'The second tier.',
            requirements: [
              { description: 'Revenue', measure: { metric: 'revenu', atLeast: 50000, per: 'year' } },
              { description: 'Revenue in pounds', measure: { metric: 'revenue', atLeast: 40000, currency: 'GBP', per: 'year' } },
              {
                description: 'Architects or revenue',
                measure: {
                  anyOf: [
                    { certification: 'architekt', people: 2 },
                    { metric: 'customers', atLeast: 5, currency: 'EUR', per: 'quarter' },
                  ],
                },
              },
            ],
          },
        ],
      },
      partners: { acme: { certifiedPeople: [{ certification: 'architects', earned: '2026-01-01' }] } },
      activity: {
        acme: {
          metrics: [
            { metric: 'revenue', period: '2026-03', value: 1000, currency: 'GBP' },
            { metric: 'revenue', period: '2026-04', value: 1000 },
            { metric: 'custmers', period: '2026-04', value: 3 },
            { metric: 'customers', period: '2026-05', value: 3 },
            { metric: 'customers', period: '2026-05', value: 4 },
            { metric: 'revenue', period: '2026-Q1', value: 900, currency: 'EUR' },
          ],
        },
      },
    });
    const [program, partner, ledger] = await Promise.all(['program.yaml', 'partners/acme.yaml', 'activity/acme.yaml'].map((f) => readContentFile(root, f)));
    const secondMay = ledger!.indexOf('2026-05', ledger!.indexOf('2026-05') + 1);
    expect(brief((await load(root, '2026-11-21')).problems)).toEqual([
      `activity/acme.yaml:${at(ledger!, 'GBP')} error metrics[0].currency: Revenue is recorded in EUR, and this amount is in GBP: amounts are never converted, so it would count as EUR → convert the amount and record it in EUR, or ask for another metric for amounts in GBP`,
      `activity/acme.yaml:${at(ledger!, 'metric: revenue', ledger!.indexOf('GBP'))} error metrics[1]: Revenue is an amount of money, and this value does not say which currency it is in → add "currency: EUR" (amounts of Revenue are in EUR)`,
      `activity/acme.yaml:${at(ledger!, 'custmers')} error metrics[2].metric: "custmers" is not a metric of this program → did you mean "customers"?`,
      `activity/acme.yaml:${at(ledger!, '2026-05', secondMay)} error metrics[4].period: Customers for 2026-05 is recorded twice (first at metrics[3]), so it would count twice → keep one value per metric and period: add the two up, or correct the period`,
      `activity/acme.yaml:${at(ledger!, '2026-Q1')} warning metrics[5].period: this period runs from 2026-01-01 to 2026-03-31, into FY2026; it counts in full towards FY2025, where its first day falls → record months (e.g. 2026-01) or fiscal periods (e.g. FY2026-Q1), which fall within one fiscal year`,
      `partners/acme.yaml:${at(partner!, 'architects')} error certifiedPeople[0].certification: "architects" is not a certification of this program → did you mean "architect"?`,
      `program.yaml:${at(program!, 'revenu')} error tiers[gold].requirements[0].measure.metric: "revenu" is not a metric of this program → did you mean "revenue"?`,
      `program.yaml:${at(program!, 'GBP')} error tiers[gold].requirements[1].measure.currency: Revenue is recorded in EUR, not GBP, and amounts are never converted between currencies → write the threshold in EUR (currency: EUR), or define another metric for amounts in GBP`,
      `program.yaml:${at(program!, 'architekt')} error tiers[gold].requirements[2].measure.anyOf[0].certification: "architekt" is not a certification of this program → did you mean "architect"?`,
      `program.yaml:${at(program!, 'EUR', program!.indexOf('architekt'))} error tiers[gold].requirements[2].measure.anyOf[1].currency: Customers is not an amount of money, so a requirement on it has no currency → remove "currency"`,
    ]);
  });

  it('explains a measure of the wrong shape by the form it is closest to', async () => {
    const root = await writeScenario({
      program: {
        ...FISCAL_FEBRUARY,
        tiers: [
          {
            id: 'silver',
            name: 'Silver',
            description: 'The first tier.',
            requirements: [
              // A metric threshold: "metric" and "per" say so.
              { description: 'Revenue', measure: { metric: 'revenue', atleast: 50000, per: 'yearly' } },
              // Certified people are counted on the build date, in no period.
              { description: 'Architects', measure: { certification: 'architect', people: 3, per: 'year' } },
              {
                description: 'A case study or a white paper',
                measure: {
                  anyOf: [
                    { activty: 'case-study', count: 1, per: 'year' },
                    { activity: 'white-paper', count: 1, per: 'year' },
                  ],
                },
              },
            ],
          },
        ],
      },
    });
    const program = await readContentFile(root, 'program.yaml');
    const requirement = (n: number) => `tiers[silver].requirements[${n}].measure`;
    expect(brief((await load(root, '2026-11-21')).problems)).toEqual([
      `program.yaml:${at(program, 'metric: revenue')} error ${requirement(0)}.atLeast: "atLeast" is missing → add "atLeast:" with a number`,
      `program.yaml:${at(program, 'atleast')} error ${requirement(0)}.atleast: unknown field "atleast" → did you mean "atLeast"?`,
      `program.yaml:${at(program, 'yearly')} error ${requirement(0)}.per: "yearly" is not one of quarter, half-year, year → use one of: quarter, half-year, year`,
      `program.yaml:${at(program, 'per: year', program.indexOf('people: 3'))} error ${requirement(1)}.per: unknown field "per" → remove it; the fields allowed here are certification, people`,
      `program.yaml:${at(program, 'activty')} error ${requirement(2)}.anyOf[0].activity: "activity" is missing → add "activity:" with text`,
      `program.yaml:${at(program, 'activty')} error ${requirement(2)}.anyOf[0].activty: unknown field "activty" → did you mean "activity"?`,
    ]);
  });

  it('refuses a money metric without its currency', async () => {
    const root = await writeScenario({
      program: { ...FISCAL_FEBRUARY, metrics: [{ id: 'revenue', name: 'Revenue', kind: 'money', description: 'Revenue.' }], tiers: SCENARIO_PROGRAM.tiers },
    });
    const program = await readContentFile(root, 'program.yaml');
    expect(brief((await load(root, '2026-11-21')).problems)).toEqual([
      `program.yaml:${at(program, 'id: revenue')} error metrics[revenue].currency: a money metric needs the currency its amounts are in → add "currency:" with a three-letter code, e.g. currency: EUR`,
    ]);
  });

  it("refuses the same certification twice in a company's list, pointing to certifiedPeople for counting people, and the same person twice", async () => {
    const root = await writeScenario({
      program: FISCAL_FEBRUARY,
      partners: {
        acme: {
          certifications: [
            { id: 'architect', earned: '2026-01-10' },
            { id: 'architect', earned: '2026-03-10' },
          ],
          // Two people certified the same day are told apart by their names; the same entry twice is a slip.
          certifiedPeople: [
            { certification: 'architect', earned: '2026-05-04', name: 'Quinn Hollowell' },
            { certification: 'architect', earned: '2026-05-04', name: 'Rae Dunmore' },
            { certification: 'architect', earned: '2026-06-01' },
            { certification: 'architect', earned: '2026-06-01' },
          ],
        },
      },
    });
    const partner = await readContentFile(root, 'partners/acme.yaml');
    const lastPerson = partner.lastIndexOf('- certification: architect');
    expect(brief((await load(root, '2026-11-21')).problems)).toEqual([
      `partners/acme.yaml:${at(partner, 'architect', partner.indexOf('2026-01-10'))} error certifications[architect].id: the certification id "architect" is used twice (first at certifications[0]) → remove the repeat: the company holds each certification once; to count the people who hold it, list each of them under certifiedPeople`,
      `partners/acme.yaml:${at(partner, 'certification: architect', lastPerson)} error certifiedPeople[3]: this certified person is the same as certifiedPeople[2] → remove the repeat: if several people earned it that day, write it once with people: and how many (or tell them apart by their names, which are never published)`,
    ]);
  });

  it('counts unnamed people in one item with people:, and refuses people: on a named person', async () => {
    const counted = await writeScenario({
      program: FISCAL_FEBRUARY,
      partners: {
        acme: {
          certifiedPeople: [
            { certification: 'architect', earned: '2026-06-01', people: 5 },
            { certification: 'architect', earned: '2026-07-01', name: 'Quinn Hollowell' },
          ],
        },
      },
    });
    const { content } = await load(counted, '2026-11-21');
    const acme = content?.partners.find((partner) => partner.slug === 'acme');
    // 5 counted in one item, plus one named person: 6 hold it on the build date.
    expect(acme && certifiedPeopleCounts(acme, content!.program.certifications, '2026-11-21')).toEqual([
      { certification: 'architect', name: expect.any(String), people: 6 },
    ]);

    const refused = await writeScenario({
      program: FISCAL_FEBRUARY,
      partners: { acme: { certifiedPeople: [{ certification: 'architect', earned: '2026-06-01', name: 'Rae Dunmore', people: 2 }] } },
    });
    const partner = await readContentFile(refused, 'partners/acme.yaml');
    expect(brief((await load(refused, '2026-11-21')).problems)).toEqual([
      `partners/acme.yaml:${at(partner, '2', partner.indexOf('people: 2') + 'people: '.length)} error certifiedPeople[0].people: a named item is one person, but it says people: 2 → leave out people: for a named person, or leave out the name to count several people in one item`,
    ]);
  });
});

function at(text: string, needle: string, from = 0): string {
  const { line, column } = positionOf(text, needle, from);
  return `${line}:${column}`;
}

describe('npm run report', () => {
  it('shows every kind of requirement with its numbers, period and what is still needed', async () => {
    const root = await writeScenario(SCENARIO);
    const { code, stdout } = run(['src/cli/report.ts', '--content', root, '--partner', 'acme'], { PARTNERKIT_NOW: '2027-01-31' });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Revenue EUR 35,000/EUR 50,000 at risk, Example Solutions Architect 2 people/3 people at risk, Case study or White paper 1/1 met, Customers 7 customers/10 customers at risk, Retention 92%/90% met',
    );
    expect(stdout).toContain(
      [
        '- EUR 50,000 revenue a fiscal year (FY2026): EUR 35,000, needs EUR 50,000; at risk — EUR 15,000 more revenue by January 31, 2027 (end of FY2026)',
        '- Three certified architects (on January 31, 2027): 2 people, needs 3 people; at risk — 1 more person with a current Example Solutions Architect certification',
        '- Two case studies or a white paper a year (FY2026): 1, needs 1; met',
        '  - Case study (FY2026): 1, needs 2; at risk — 1 more case study by January 31, 2027 (end of FY2026)',
        '  - White paper (FY2026): 1, needs 1; met',
        '- Ten new customers in any 12 months (the last 12 months): 7 customers, needs 10 customers; at risk — 3 more customers in the last 12 months',
        '- Retention of 90% each quarter (FY2026 Q4): 92%, needs 90%; met',
      ].join('\n'),
    );
  });
});

describe('currencies', () => {
  it('refuses a code that is no ISO 4217 currency, suggesting the closest; what uses the metric is not compared with it', async () => {
    const root = await writeScenario({
      program: {
        ...FISCAL_FEBRUARY,
        metrics: [{ id: 'revenue', name: 'Revenue', kind: 'money', currency: 'EUO', description: 'Revenue.' }],
        tiers: [
          {
            id: 'gold',
            name: 'Gold',
            description: 'G.',
            requirements: [{ description: 'Revenue', measure: { metric: 'revenue', atLeast: 1, currency: 'EUR', per: 'year' } }],
          },
        ],
      },
      activity: { acme: { metrics: [{ metric: 'revenue', period: '2026-03', value: 10, currency: 'EUR' }] } },
      partners: { acme: { tier: 'gold' } },
    });
    const program = await readContentFile(root, 'program.yaml');
    expect((await load(root, '2026-11-21')).problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      `${at(program, 'EUO')} metrics[revenue].currency: "EUO" is not an ISO 4217 currency code → did you mean "EUR"?`,
    ]);
  });
});

describe('the API', () => {
  it("describes each tier requirement's measure, null where a field does not apply, and gives certified-people counts", async () => {
    const content = await fiscalScenario();
    const { model } = await modelOf(content, '2027-01-31');
    const absolute = (sitePath: string) => `https://partners.example${sitePath}`;
    const gold = tierList(model, absolute).tiers.find((tier) => tier.id === 'gold')!;
    const none = { activity: null, count: null, per: null, window: null, metric: null, atLeast: null, currency: null, certification: null, people: null };
    expect(gold.requirements.slice(0, 3)).toEqual([
      {
        description: 'EUR 50,000 revenue a fiscal year',
        ...none,
        kind: 'metric',
        metric: 'revenue',
        atLeast: 50000,
        currency: 'EUR',
        per: 'year',
        window: 'calendar',
        anyOf: null,
      },
      { description: 'Three certified architects', ...none, kind: 'certified-people', certification: 'architect', people: 3, anyOf: null },
      {
        description: 'Two case studies or a white paper a year',
        ...none,
        kind: 'any-of',
        anyOf: [
          { ...none, kind: 'activity', activity: 'case-study', count: 2, per: 'year', window: 'calendar' },
          { ...none, kind: 'activity', activity: 'white-paper', count: 1, per: 'year', window: 'calendar' },
        ],
      },
    ]);
    const acme = partnerDetail(model.partners.find((p) => p.slug === 'acme')!, model, absolute);
    expect(acme.certifiedPeople).toEqual([
      { certification: 'architect', name: 'Example Solutions Architect', people: 2 },
      { certification: 'developer', name: 'Example API Developer', people: 1 },
    ]);
    expect(JSON.stringify(acme)).not.toContain('Quinn Hollowell');
  });
});

describe('the next tier', () => {
  it("follows the partner's track, and is never one given by invitation", async () => {
    const root = await writeScenario({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.' },
          { id: 'strategic', name: 'Strategic', description: 'By invitation.', invitationOnly: true },
          {
            id: 'gold',
            name: 'Gold',
            description: 'Agencies with a case study.',
            requirements: [{ description: 'A case study a year', measure: { activity: 'case-study', count: 1, per: 'year' } }],
          },
        ],
        tracks: [
          { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['silver', 'strategic'] },
          { id: 'solutions', name: 'Solutions track', partnerTypes: ['agency'], tiers: ['silver', 'gold'] },
        ],
        activityTypes: [{ id: 'case-study', name: 'Case study', weight: 4 }],
      },
      partners: { 'tech-co': { types: ['technology'] }, 'agency-co': { types: ['agency'] } },
      activity: { 'tech-co': [partnerEntry('2026-03-01', 'case-study')], 'agency-co': [partnerEntry('2026-03-01', 'case-study')] },
    });
    const report = reciprocityReport(await scenarioContent(root), { today: '2026-11-21' });
    const next = (slug: string) => report.partners.find((p) => p.slug === slug)!.nextTier;
    // Strategic follows Silver in program.yaml, but the solutions track climbs to Gold.
    expect(next('agency-co')).toEqual({ id: 'gold', name: 'Gold', qualifies: true, missing: [] });
    // The technology track's next tier is Strategic, which nobody qualifies for by numbers.
    expect(next('tech-co')).toBeUndefined();
  });
});
