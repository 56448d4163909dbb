// The built /activity/ page and the profile cards show the same numbers as
// `npm run report -- --format json`; the CLI's other formats and its mistakes.
import { describe, expect, it } from 'vitest';
import type { ReciprocityReport } from '../src/model/reciprocity.ts';
import { routes } from '../src/routes.ts';
import { run } from './helpers/content-fixture.ts';
import { page } from './helpers/site.ts';

const report = (args: string[] = []) => run(['src/cli/report.ts', ...args]);
const json = (): ReciprocityReport => JSON.parse(report(['--format', 'json']).stdout);

describe('the site and `npm run report` agree', () => {
  it('on the activity page: by type, by month, the ranking, at risk, imbalance and stale', async () => {
    const data = json();
    const { document } = await page(routes.activity);
    const rows = (table: string) => document.querySelectorAll(`[data-table="${table}"] tbody tr`).map((tr) => tr.querySelectorAll('th, td').map((cell) => cell.text.trim()));
    expect(rows('by-type')).toEqual(data.byType.map((t) => [t.name, String(t.platform), String(t.partner)]));
    expect(rows('by-month').map((r) => r.slice(1))).toEqual(data.byMonth.map((m) => [String(m.platform), String(m.partner)]));
    const ranking = document.querySelectorAll('[data-table="ranking"] tbody tr');
    for (const row of ranking) {
      const partner = data.partners.find((p) => p.slug === row.getAttribute('data-slug'))!;
      const cells = row.querySelectorAll('td').map((td) => td.text.trim());
      expect(cells.slice(2, 5)).toEqual([String(partner.year.partner.score), String(partner.year.platform.score), partner.year.balance > 0 ? `+${partner.year.balance}` : String(partner.year.balance)]);
    }
    expect(ranking).toHaveLength(data.partners.length);
    const listed = (name: string) => document.querySelectorAll(`[data-list="${name}"] li`).map((li) => li.getAttribute('data-slug'));
    expect(listed('at-risk').sort()).toEqual(data.partners.filter((p) => p.requirements.some((r) => r.state !== 'met')).map((p) => p.slug).sort());
    expect(listed('stale').sort()).toEqual(data.partners.filter((p) => p.stale).map((p) => p.slug).sort());
    expect(document.querySelectorAll('svg.chart')).toHaveLength(2);
    for (const chart of document.querySelectorAll('svg.chart')) expect(chart.querySelector('title')!.text.length).toBeGreaterThan(5);
  });

  it('on each profile\'s reciprocity card', async () => {
    const data = json();
    for (const partner of data.partners) {
      const { document } = await page(routes.partner(partner.slug));
      const card = document.querySelector('[data-reciprocity]')!;
      const cells = (window: string) => card.querySelector(`[data-window="${window}"]`)!.querySelectorAll('td').map((td) => td.text);
      expect(cells('lately'), partner.slug).toEqual([`${partner.lately.platform.count} (${partner.lately.platform.score} points)`, `${partner.lately.partner.count} (${partner.lately.partner.score} points)`, partner.lately.balance > 0 ? `+${partner.lately.balance}` : String(partner.lately.balance)]);
      expect(cells('year')).toEqual([`${partner.year.platform.count} (${partner.year.platform.score} points)`, `${partner.year.partner.count} (${partner.year.partner.score} points)`, partner.year.balance > 0 ? `+${partner.year.balance}` : String(partner.year.balance)]);
      expect(card.querySelector('[data-balance]')!.text).toBe(partner.balanceText);
      expect(card.querySelectorAll('[data-requirement]')).toHaveLength(partner.requirements.length);
    }
  });

  it('on the demo\'s telling cases: a platform-only partnership, and a partner below its tier', async () => {
    const data = json();
    const granite = data.partners.find((p) => p.slug === 'granite-owl')!;
    expect(granite.year.partner.count).toBe(0);
    expect(granite.year.balance).toBeLessThan(0);
    const { document: activity } = await page(routes.activity);
    expect(activity.querySelectorAll('[data-list="partner-owes"] li').map((li) => li.getAttribute('data-slug'))).toContain('granite-owl');
    const { document: profile } = await page(routes.partner('granite-owl'));
    expect(profile.querySelector('[data-balance]')!.text).toMatch(/^Granite Owl owes Quillstack Partner Network/);

    const cobalt = data.partners.find((p) => p.slug === 'cobalt-harbor')!;
    expect(cobalt.requirements.find((r) => r.activity === 'case-study')).toMatchObject({ state: 'at-risk', needed: '2 more case studies by 2026-12-31' });
    const atRisk = activity.querySelector('[data-list="at-risk"] li[data-slug="cobalt-harbor"]')!.text;
    expect(atRisk).toContain('2 more case studies by 2026-12-31');
  });
});

describe('npm run report', () => {
  it('prints a table, Markdown for a monthly report, and one partner in detail', () => {
    const table = report();
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Reciprocity as of 2026-11-21/);
    expect(table.stdout).toContain('Cobalt Harbor (Platinum): 2 more case studies by 2026-12-31');
    const md = report(['--format', 'md']);
    expect(md.stdout).toMatch(/^# Quillstack Partner Network: reciprocity report, 2026-11-21/);
    for (const heading of ['## Most engaged', "## At risk of missing their tier's requirements", '## Most imbalanced', '## Stale']) expect(md.stdout).toContain(heading);
    const one = report(['--partner', 'granite-owl']);
    expect(one.stdout).toContain('Next step: Granite Owl could return the favour');
    expect(one.stdout).not.toContain('Acorn Ledger'); // only the one partner
  });

  it('moves the recent window with --since', () => {
    const since = JSON.parse(report(['--format', 'json', '--since', '2026-01-01']).stdout) as ReciprocityReport;
    expect(since.partners.every((p) => p.lately.from === '2026-01-01')).toBe(true);
  });

  it('explains its mistakes and exits 2', () => {
    expect(report(['--partner', 'granit-owl'])).toMatchObject({ code: 2, stderr: 'report: no active partner "granit-owl" → did you mean "granite-owl"?\n' });
    expect(report(['--since', '2026-02-30'])).toMatchObject({ code: 2, stderr: 'report: --since "2026-02-30" is not a date → write it as YYYY-MM-DD, e.g. --since 2026-01-01\n' });
    expect(report(['--since', '2026-13-45'])).toMatchObject({ code: 2, stderr: 'report: --since "2026-13-45" is not a date → write it as YYYY-MM-DD, e.g. --since 2026-01-01\n' });
    expect(report(['--format', 'pdf']).stderr).toContain('unknown --format "pdf" → use one of: table, md, json');
  });
});
