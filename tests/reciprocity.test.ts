// Scoring, windows, balance and requirement rules, with hand-computed expectations.
import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../schemas/activity.ts';
import { PartnerSchema } from '../schemas/partner.ts';
import { ProgramSchema } from '../schemas/program.ts';
import { balanceText, partnerReciprocity, reciprocityReport, reportHighlights, totalsFor } from '../src/model/reciprocity.ts';
import { requirementContext, requirementProgress } from '../src/model/requirements.ts';
import { calendarPeriod } from '../src/shared/periods.ts';

const TODAY = '2026-11-21';
const entry = (date: string, type: string, by: 'platform' | 'partner'): ActivityEntry => ({ date, type, by, title: `${type} ${date}` });
const weights = new Map([
  ['blog-post', 2],
  ['integration', 5],
  ['referral', 4],
  ['case-study', 4],
  ['workshop', 3],
]);

const program = ProgramSchema.parse({
  name: 'Example',
  tagline: 'T',
  purpose: 'P',
  site: { url: 'https://p.example' },
  partnerTypes: [{ id: 'tech', name: 'Tech' }],
  tiers: [
    {
      id: 'silver',
      name: 'Silver',
      description: 'S',
      requirements: [{ description: 'One blog post a year', measure: { activity: 'blog-post', count: 1, per: 'year' } }],
    },
    {
      id: 'gold',
      name: 'Gold',
      description: 'G',
      requirements: [
        { description: 'Two case studies a year', measure: { activity: 'case-study', count: 2, per: 'year' } },
        { description: 'A workshop each half-year', measure: { activity: 'workshop', count: 1, per: 'half-year' } },
      ],
    },
  ],
  activityTypes: [...weights].map(([id, weight]) => ({ id, name: id === 'case-study' ? 'Case study' : id.replace('-', ' '), weight })),
  reciprocity: { latelyDays: 30 },
});
const partner = (slug: string, tier: string) => ({
  ...PartnerSchema.parse({ name: slug, tier, types: ['tech'], website: `https://${slug}.example`, summary: 's', logo: 'logos/x.svg' }),
  slug,
  file: `partners/${slug}.yaml`,
});

describe('window totals', () => {
  it.each([
    // [description, entries, from, platform count/score, partner count/score, balance]
    [
      'counts both ends of the window',
      [entry('2026-10-23', 'blog-post', 'partner'), entry('2026-11-21', 'integration', 'partner')],
      '2026-10-23',
      [0, 0],
      [2, 7],
      7,
    ],
    [
      'leaves out the day before the window and future entries',
      [entry('2026-10-22', 'blog-post', 'partner'), entry('2026-11-22', 'integration', 'partner')],
      '2026-10-23',
      [0, 0],
      [0, 0],
      0,
    ],
    [
      'weighs each side by activity type',
      [entry('2026-11-01', 'referral', 'platform'), entry('2026-11-02', 'referral', 'platform'), entry('2026-11-03', 'blog-post', 'partner')],
      '2026-10-23',
      [2, 8],
      [1, 2],
      -6,
    ],
    ['gives unknown types no weight', [entry('2026-11-01', 'gossip', 'partner')], '2026-10-23', [0, 0], [1, 0], 0],
  ] as const)('%s', (_name, entries, from, platform, partnerSide, balance) => {
    const totals = totalsFor(entries, weights, from, TODAY);
    expect([totals.platform.count, totals.platform.score]).toEqual(platform);
    expect([totals.partner.count, totals.partner.score]).toEqual(partnerSide);
    expect(totals.balance).toBe(balance);
  });
});

describe('calendar periods', () => {
  it.each([
    ['year', '2026-11-21', '2026-01-01', '2026-12-31'],
    ['half-year', '2026-11-21', '2026-07-01', '2026-12-31'],
    ['half-year', '2026-06-30', '2026-01-01', '2026-06-30'],
    ['quarter', '2026-11-21', '2026-10-01', '2026-12-31'],
    ['quarter', '2026-02-28', '2026-01-01', '2026-03-31'],
  ] as const)('the %s containing %s runs from %s to %s', (per, day, start, end) => {
    expect(calendarPeriod(per, day)).toMatchObject({ start, end });
  });
});

describe('requirements', () => {
  const gold = program.tiers[1]!.requirements;
  const context = requirementContext(program, TODAY);
  const evidence = (entries: readonly ActivityEntry[]) => ({ entries, metrics: [], certifiedPeople: new Map() });

  it.each([
    ['two partner case studies this year: met', [entry('2026-02-01', 'case-study', 'partner'), entry('2026-09-01', 'case-study', 'partner')], 'met', 2, 'done'],
    ['one: at risk, one more by the end of the year', [entry('2026-09-01', 'case-study', 'partner')], 'at-risk', 1, '1 more case study by December 31, 2026'],
    ['none: missing', [], 'missing', 0, '2 more case studies by December 31, 2026'],
    [
      "last year's do not count",
      [entry('2025-12-31', 'case-study', 'partner'), entry('2025-11-30', 'case-study', 'partner')],
      'missing',
      0,
      '2 more case studies by December 31, 2026',
    ],
    [
      "the platform's do not count towards the partner's obligations",
      [entry('2026-03-01', 'case-study', 'platform'), entry('2026-04-01', 'case-study', 'platform')],
      'missing',
      0,
      '2 more case studies by December 31, 2026',
    ],
  ] as const)('%s', (_name, entries, state, done, needed) => {
    expect(requirementProgress(gold, evidence(entries), context)[0]).toMatchObject({ state, done, required: 2, needed });
  });

  it('counts a half-yearly workshop within the current half only', () => {
    const progress = requirementProgress(gold, evidence([entry('2026-05-01', 'workshop', 'partner')]), context)[1]!;
    expect(progress).toMatchObject({ state: 'missing', periodStart: '2026-07-01', periodEnd: '2026-12-31', needed: '1 more workshop by December 31, 2026' });
  });
});

describe("a partner's reciprocity", () => {
  it('reports windows, last activity, staleness, the balance in words and the next tier', () => {
    const entries = [
      entry('2026-11-20', 'blog-post', 'partner'),
      entry('2026-08-01', 'case-study', 'partner'),
      entry('2026-09-01', 'case-study', 'partner'),
      entry('2026-07-15', 'workshop', 'partner'),
      entry('2026-05-01', 'referral', 'platform'),
    ];
    const r = partnerReciprocity(partner('acme', 'silver'), entries, program, { today: TODAY });
    expect(r.lately).toEqual({ from: '2026-10-23', platform: { count: 0, score: 0 }, partner: { count: 1, score: 2 }, balance: 2 });
    expect(r.year).toEqual({ from: '2025-11-22', platform: { count: 1, score: 4 }, partner: { count: 4, score: 13 }, balance: 9 });
    expect(r.lastActivity).toEqual({ platform: '2026-05-01', partner: '2026-11-20' });
    expect(r.latestActivity).toBe('2026-11-20');
    expect([r.daysSinceActivity, r.stale]).toEqual([1, false]);
    expect(r.requirements.map((q) => q.state)).toEqual(['met']);
    expect(r.nextTier).toEqual({ id: 'gold', name: 'Gold', qualifies: true, missing: [] });
    expect(r.balanceText).toBe('Example owes acme: acme has done 9 points more for the platform.');
    expect(r.nextStep).toBe('The platform should give back: acme has done more in the last 12 months.');
  });

  it('shows the imbalance of a partnership where only the platform did anything', () => {
    const r = partnerReciprocity(
      partner('quiet', 'gold'),
      [entry('2026-11-01', 'referral', 'platform'), entry('2026-06-01', 'referral', 'platform')],
      program,
      { today: TODAY },
    );
    expect(r.year.balance).toBe(-8);
    expect(r.lastActivity.partner).toBeUndefined();
    expect(r.latestActivity).toBe('2026-11-01');
    expect(r.balanceText).toBe('quiet owes Example: the platform has done 8 points more for quiet.');
    expect(r.nextStep).toBe('To keep Gold: 2 more case studies by December 31, 2026; 1 more workshop by December 31, 2026.');
  });

  it('is stale with nothing on either side in the recent window; --since moves the window', () => {
    const entries = [entry('2026-06-01', 'blog-post', 'partner')];
    expect(partnerReciprocity(partner('old', 'silver'), entries, program, { today: TODAY })).toMatchObject({
      stale: true,
      daysSinceActivity: 173,
      latestActivity: '2026-06-01',
    });
    // The platform acted last: that is the partnership's last activity, whoever it was.
    const platformLast = [...entries, entry('2026-07-01', 'referral', 'platform')];
    expect(partnerReciprocity(partner('old', 'silver'), platformLast, program, { today: TODAY })).toMatchObject({
      stale: true,
      latestActivity: '2026-07-01',
      daysSinceActivity: 143,
    });
    expect(partnerReciprocity(partner('old', 'silver'), entries, program, { today: TODAY, since: '2026-05-01' })).toMatchObject({
      stale: false,
      lately: { from: '2026-05-01', partner: { count: 1, score: 2 } },
    });
  });

  it('is not stale but not started when nothing is recorded on either side', () => {
    const r = partnerReciprocity(partner('new', 'silver'), [], program, { today: TODAY });
    expect([r.nothingRecorded, r.stale, r.latestActivity, r.daysSinceActivity]).toEqual([true, false, undefined, undefined]);
    const started = partnerReciprocity(partner('old', 'silver'), [entry('2026-06-01', 'blog-post', 'partner')], program, { today: TODAY });
    expect([started.nothingRecorded, started.stale]).toEqual([false, true]);
  });

  it('words an even balance', () => {
    expect(balanceText(0.5, 'Example', 'Acme')).toBe('Even: Example and Acme have done about as much for each other.');
  });
});

describe('the program report', () => {
  it('ranks by engagement, lists those at risk, the most imbalanced both ways, and the stale', () => {
    const partners = [partner('busy', 'silver'), partner('owing', 'silver'), partner('owed', 'silver'), partner('silent', 'silver')];
    const activity = [
      { slug: 'busy', file: '', metrics: [], entries: [entry('2026-11-01', 'integration', 'partner'), entry('2026-11-02', 'blog-post', 'partner')] },
      { slug: 'owing', file: '', metrics: [], entries: [entry('2026-11-01', 'integration', 'platform'), entry('2026-03-01', 'blog-post', 'partner')] },
      { slug: 'owed', file: '', metrics: [], entries: [entry('2026-11-10', 'case-study', 'partner'), entry('2026-02-01', 'blog-post', 'partner')] },
    ];
    const report = reciprocityReport({ program, partners, activity }, { today: TODAY });
    const h = reportHighlights(report);
    expect(h.ranking.map((p) => p.slug)).toEqual(['busy', 'owed', 'owing', 'silent']);
    expect(h.atRisk.map((p) => p.slug)).toEqual(['silent']);
    expect(h.partnerOwes.map((p) => [p.slug, p.year.balance])).toEqual([['owing', -3]]);
    expect(h.platformOwes.map((p) => [p.slug, p.year.balance])).toEqual([
      ['busy', 7],
      ['owed', 6],
    ]);
    // silent has no ledger: a partnership not started yet, which is not the same as a stale one.
    expect(h.stale.map((p) => p.slug)).toEqual([]);
    expect(h.nothingRecorded.map((p) => p.slug)).toEqual(['silent']);
    // Every entry above is within the last 12 months: one by the platform, five by partners.
    expect(h.totals).toEqual({ platform: 1, partner: 5 });
    expect(report.byType.find((t) => t.type === 'integration')).toEqual({ type: 'integration', name: 'integration', platform: 1, partner: 1 });
    expect(report.byMonth.at(-1)).toEqual({ month: '2026-11', platform: 1, partner: 3 });
    expect(report.byMonth[0]!.month).toBe('2025-12');
  });
});
