// The internal site's /activity/ page and profile cards show the same numbers as
// `npm run report -- --format json` (the README promises it); the CLI's formats and mistakes, on
// a small program whose numbers are worked out here by hand. Whether the page's numbers are
// right is checked the same way, on a scenario site (site-scenario.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReciprocityReport } from '../src/model/reciprocity.ts';
import { routes } from '../src/routes.ts';
import { NOW, run } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';
import { internalSiteDir, page } from './helpers/site.ts';

const demoReport = (args: string[] = []) => run(['src/cli/report.ts', ...args]);
const json = (): ReciprocityReport => JSON.parse(demoReport(['--format', 'json']).stdout);

describe('the internal site and `npm run report` agree', () => {
  it('on the activity page: by type, by month, the ranking, at risk, imbalance and stale', async () => {
    const data = json();
    const { document } = await page(routes.activity, internalSiteDir());
    const rows = (table: string) =>
      document.querySelectorAll(`[data-table="${table}"] tbody tr`).map((tr) => tr.querySelectorAll('th, td').map((cell) => cell.text.trim()));
    expect(rows('by-type')).toEqual(data.byType.map((t) => [t.name, String(t.platform), String(t.partner)]));
    expect(rows('by-month').map((r) => r.slice(1))).toEqual(data.byMonth.map((m) => [String(m.platform), String(m.partner)]));
    const ranking = document.querySelectorAll('[data-table="ranking"] tbody tr');
    for (const row of ranking) {
      const partner = data.partners.find((p) => p.slug === row.getAttribute('data-slug'))!;
      const cells = row.querySelectorAll('td').map((td) => td.text.trim());
      // #, balance (beside the partner's name, the row header), tier, partner score, platform score; a real minus sign.
      expect([cells[1], ...cells.slice(3, 5)]).toEqual([
        partner.year.balance > 0 ? `+${partner.year.balance}` : String(partner.year.balance).replace('-', '\u2212'),
        String(partner.year.partner.score),
        String(partner.year.platform.score),
      ]);
    }
    expect(ranking).toHaveLength(data.partners.length);
    const listed = (name: string) => document.querySelectorAll(`[data-list="${name}"] li`).map((li) => li.getAttribute('data-slug'));
    expect(listed('at-risk').sort()).toEqual(
      data.partners
        .filter((p) => p.requirements.some((r) => r.state !== 'met'))
        .map((p) => p.slug)
        .sort(),
    );
    expect(listed('stale').sort()).toEqual(
      data.partners
        .filter((p) => p.stale)
        .map((p) => p.slug)
        .sort(),
    );
    expect(document.querySelectorAll('svg.chart')).toHaveLength(2);
    for (const chart of document.querySelectorAll('svg.chart')) expect(chart.querySelector('title')!.text.length).toBeGreaterThan(5);
  });

  it("on each profile's reciprocity card", async () => {
    const data = json();
    for (const partner of data.partners) {
      const { document } = await page(routes.partner(partner.slug), internalSiteDir());
      const card = document.querySelector('[data-reciprocity]')!;
      const cells = (window: string) =>
        card
          .querySelector(`[data-window="${window}"]`)!
          .querySelectorAll('td')
          .map((td) => td.text);
      // The balance first, beside the period (a phone shows it without scrolling), with a real minus sign.
      const signed = (n: number) => (n > 0 ? `+${n}` : String(n).replace('-', '\u2212'));
      const side = (s: { count: number; score: number }) => `${s.count} (${s.score} ${s.score === 1 ? 'point' : 'points'})`;
      expect(cells('lately'), partner.slug).toEqual([signed(partner.lately.balance), side(partner.lately.platform), side(partner.lately.partner)]);
      expect(cells('year'), partner.slug).toEqual([signed(partner.year.balance), side(partner.year.platform), side(partner.year.partner)]);
      expect(card.querySelector('[data-balance]')!.text).toBe(partner.balanceText);
      expect(card.querySelectorAll('[data-requirement]')).toHaveLength(partner.requirements.length);
    }
  });
});

describe('npm run report', () => {
  // As of NOW = 2026-11-21: the recent window (90 days) starts on 2026-08-24, the last 12 months on 2025-11-22.
  let content = '';
  beforeAll(async () => {
    expect(NOW).toBe('2026-11-21');
    content = await writeScenario({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.' },
          {
            id: 'gold',
            name: 'Gold',
            description: 'The second tier.',
            requirements: [{ description: 'Two case studies a year', measure: { activity: 'case-study', count: 2, per: 'year' } }],
          },
        ],
        activityTypes: [
          { id: 'case-study', name: 'Case study', weight: 4 },
          { id: 'referral', name: 'Referral', weight: 4 },
          { id: 'blog-post', name: 'Blog post', weight: 2 },
        ],
      },
      partners: { 'acme-cloud': { tier: 'gold' }, 'beta-labs': { tier: 'silver' }, 'cobalt-works': { tier: 'silver' } },
      activity: {
        // One case study of the two Gold asks for this year (4 points, before the recent window) and a recent post (2).
        'acme-cloud': [
          { date: '2026-08-01', type: 'case-study', by: 'partner', title: 'A case study' },
          { date: '2026-11-10', type: 'blog-post', by: 'partner', title: 'A post' },
        ],
        // Only the platform did anything: two referrals, one of them recent (4 + 4 points).
        'beta-labs': [
          { date: '2026-06-01', type: 'referral', by: 'platform', title: 'A referral' },
          { date: '2026-11-01', type: 'referral', by: 'platform', title: 'Another referral' },
        ],
        // Cobalt Works has no ledger.
      },
    });
  });
  const report = (args: string[]) => run(['src/cli/report.ts', '--content', content, ...args]);

  it("gives each side's count and score, recently and over 12 months, the balance and the requirements, as JSON", () => {
    const printed = report(['--format', 'json']);
    expect(printed.code).toBe(0);
    const data = JSON.parse(printed.stdout) as ReciprocityReport;
    const of = (slug: string) => data.partners.find((p) => p.slug === slug)!;
    expect(data.partners.map((p) => p.slug).sort()).toEqual(['acme-cloud', 'beta-labs', 'cobalt-works']);
    expect(of('acme-cloud')).toMatchObject({
      lately: { from: '2026-08-24', platform: { count: 0, score: 0 }, partner: { count: 1, score: 2 }, balance: 2 },
      year: { from: '2025-11-22', platform: { count: 0, score: 0 }, partner: { count: 2, score: 6 }, balance: 6 },
      lastActivity: { partner: '2026-11-10' },
      stale: false,
      requirements: [{ activity: 'case-study', state: 'at-risk', done: 1, required: 2, needed: '1 more case study by December 31, 2026' }],
      nextStep: 'To keep Gold: 1 more case study by December 31, 2026.',
    });
    expect(of('beta-labs')).toMatchObject({
      lately: { platform: { count: 1, score: 4 }, partner: { count: 0, score: 0 }, balance: -4 },
      year: { platform: { count: 2, score: 8 }, partner: { count: 0, score: 0 }, balance: -8 },
      balanceText: 'Beta Labs owes Example Partners: the platform has done 8 points more for Beta Labs.',
      requirements: [],
      nextTier: { id: 'gold', qualifies: false, missing: ['2 more case studies by December 31, 2026'] },
      nextStep: 'Beta Labs could return the favour: the platform has done more in the last 12 months.',
    });
    // Cobalt Works has no ledger: not stale, a partnership to start.
    expect(of('cobalt-works')).toMatchObject({
      year: { balance: 0 },
      stale: false,
      nothingRecorded: true,
      nextStep: 'Start the ledger: nothing is recorded with Cobalt Works yet.',
    });
    expect(data.byType).toEqual([
      { type: 'case-study', name: 'Case study', platform: 0, partner: 1 },
      { type: 'referral', name: 'Referral', platform: 2, partner: 0 },
      { type: 'blog-post', name: 'Blog post', platform: 0, partner: 1 },
    ]);
  });

  it('prints a table, Markdown for a monthly report, and one partner in detail', () => {
    const table = report([]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Reciprocity as of 2026-11-21/);
    // Partner, tier, last 90 days and 12 months (platform count/score · partner count/score), balance, requirements.
    expect(
      table.stdout
        .split('\n')
        .map((line) => line.split(/ {2,}/))
        .filter((cells) => cells.length === 6)
        .slice(1),
    ).toEqual([
      ['Acme Cloud', 'Gold', '0/0 · 1/2', '0/0 · 2/6', '+6', 'Case study 1/2 at risk'],
      ['Beta Labs', 'Silver', '1/4 · 0/0', '2/8 · 0/0', '-8', 'none'],
      ['Cobalt Works', 'Silver', '0/0 · 0/0', '0/0 · 0/0', '0', 'none'],
    ]);
    expect(table.stdout).toContain("At risk of missing their tier's requirements: 1\n- Acme Cloud (Gold): 1 more case study by December 31, 2026");
    expect(table.stdout).toContain('Stale (nothing on either side in 90 days): none\nNothing recorded yet: Cobalt Works\n');

    const md = report(['--format', 'md']).stdout;
    expect(md).toMatch(/^# Example Partners: reciprocity report, 2026-11-21/);
    expect(md).toContain(
      '## Most engaged\n\n1. Acme Cloud: 6 points from the partner, 0 from the platform\n2. Beta Labs: 0 points from the partner, 8 from the platform\n3. Cobalt Works: 0 points from the partner, 0 from the platform\n',
    );
    expect(md).toContain("## At risk of missing their tier's requirements\n\n- **Acme Cloud** (Gold): 1 more case study by December 31, 2026\n");
    expect(md).toContain('**The partner owes the platform:**\n\n- Beta Labs: -8\n');
    expect(md).toContain('**The platform owes the partner:**\n\n- Acme Cloud: +6\n');
    expect(md).toContain('## Stale (nothing on either side in 90 days)\n\nNone.\n\n## Nothing recorded yet\n\n- Cobalt Works\n');

    const one = report(['--partner', 'beta-labs']).stdout;
    expect(one).toContain('Last activity: platform 2026-11-01, partner never');
    expect(one).toContain('Next tier, Gold: not yet (2 more case studies by December 31, 2026)');
    expect(one).toContain('Next step: Beta Labs could return the favour');
    expect(one).not.toContain('Acme Cloud'); // only the one partner
  });

  it('moves the recent window with --since', () => {
    const since = JSON.parse(report(['--format', 'json', '--since', '2026-01-01']).stdout) as ReciprocityReport;
    expect(since.partners.every((p) => p.lately.from === '2026-01-01')).toBe(true);
    // From 2026-01-01, Acme Cloud's case study is recent too.
    expect(since.partners.find((p) => p.slug === 'acme-cloud')!.lately.partner).toEqual({ count: 2, score: 6 });
  });

  it('explains its mistakes and exits 2', () => {
    expect(report(['--partner', 'beta-lab'])).toMatchObject({ code: 2, stderr: 'report: no active partner "beta-lab" → did you mean "beta-labs"?\n' });
    expect(report(['--since', '2026-02-30'])).toMatchObject({
      code: 2,
      stderr: 'report: --since "2026-02-30" is not a date → write it as YYYY-MM-DD, e.g. --since 2026-01-01\n',
    });
    expect(report(['--since', '2026-13-45'])).toMatchObject({
      code: 2,
      stderr: 'report: --since "2026-13-45" is not a date → write it as YYYY-MM-DD, e.g. --since 2026-01-01\n',
    });
    expect(report(['--format', 'pdf']).stderr).toContain('unknown --format "pdf" → use one of: table, md, json');
  });
});
