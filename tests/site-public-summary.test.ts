// A program that opts in to publishing a positive activity summary (program.yaml
// reciprocity.publish), built as the public site: "Active this quarter" on the profiles of the
// partners that did something this quarter, and /activity/ with them and the program's totals.
// Nothing about the others. Every expectation is worked out by hand from the ledgers below.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { NOW } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';
import { htmlPages, page } from './helpers/site.ts';

// The build date 2026-11-21 is in the quarter that starts on 2026-10-01; the totals' 12 calendar months start on 2025-12-01.
expect(NOW).toBe('2026-11-21');

const SCENARIO = {
  program: {
    reciprocity: { publish: { activeThisQuarter: true, totals: true } },
    activityTypes: [
      { id: 'case-study', name: 'Case study', weight: 4 },
      { id: 'referral', name: 'Referral', weight: 4 },
      { id: 'blog-post', name: 'Blog post', weight: 2 },
    ],
  },
  partners: {
    'acme-cloud': {},
    'beta-labs': {},
    'cobalt-works': {},
    'dusk-co': {},
    'echo-co': { status: 'inactive' },
  },
  activity: {
    // A post of its own this quarter: active.
    'acme-cloud': [{ date: '2026-10-05', type: 'blog-post', by: 'partner', title: 'A post' }],
    // Only the platform did something: not active, and nothing else is said.
    'beta-labs': [{ date: '2026-11-01', type: 'referral', by: 'platform', title: 'A referral' }],
    // The day before the quarter began: not active.
    'cobalt-works': [{ date: '2026-09-30', type: 'case-study', by: 'partner', title: 'A case study' }],
    // Dusk Co has no ledger. Echo Co is inactive: not on the site's lists whatever it did.
    'echo-co': [{ date: '2026-11-01', type: 'blog-post', by: 'partner', title: 'Another post' }],
  },
};

let site = '';
beforeAll(async () => {
  const build = await astroBuild(await writeScenario(SCENARIO));
  if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  site = build.outDir;
}, 180_000);

const text = (element: { text: string } | null) => element?.text.replace(/\s+/g, ' ').trim();

describe('a public summary the program opts in to', () => {
  it('lists the partners active this quarter on /activity/, with the totals of the 12 calendar months to date', async () => {
    const { document } = await page('/activity/', site);
    expect(document.querySelectorAll('[data-list="active-this-quarter"] li').map((li) => text(li))).toEqual(['Acme Cloud']);
    expect(text(document.querySelector('#active-this-quarter'))).toBe('Active this quarter (Q4 2026)');
    // Active partners only: beta Labs' referral by the platform; Acme Cloud's post and Cobalt Works' case study.
    expect(text(document.querySelector('.lead'))).toBe(
      'What Example Partners and its partners did together since December 2025: 1 activity by Example Partners, 2 by partners.',
    );
    expect(document.querySelectorAll('[data-table="by-type"] tbody tr').map((tr) => tr.querySelectorAll('th, td').map((cell) => text(cell)))).toEqual([
      ['Case study', '0', '1'],
      ['Referral', '1', '0'],
      ['Blog post', '0', '1'],
    ]);
    const home = await page('/', site);
    expect(home.document.querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'))).toContain('/activity/');
  });

  it('says "Active this quarter" on the active partner\'s profile and in the API, and nothing about the others', async () => {
    const expected: Record<string, boolean> = { 'acme-cloud': true, 'beta-labs': false, 'cobalt-works': false, 'dusk-co': false };
    for (const [slug, active] of Object.entries(expected)) {
      const profile = await page(`/partners/${slug}/`, site);
      expect(text(profile.document.querySelector('[data-active-this-quarter]')), slug).toBe(active ? 'Active this quarter' : undefined);
      const api = JSON.parse(await readFile(path.join(site, 'api', 'v1', 'partners', `${slug}.json`), 'utf8')) as Record<string, unknown>;
      expect(api.activeThisQuarter, slug).toBe(active);
    }
  });

  it('publishes nothing negative or internal: no stale, at-risk, balance or ranking wording, no scorecards', async () => {
    const pages = await htmlPages(site);
    expect(pages.filter((p) => p.startsWith('/scorecards/'))).toEqual([]);
    for (const sitePath of pages) {
      const { html } = await page(sitePath, site);
      expect(html, sitePath).not.toMatch(/\bstale\b|\bat[ -]risk\b|\bowes\b|\bbalance\b|\branking\b|\bnext step|data-internal|last activity/i);
    }
  });
});
