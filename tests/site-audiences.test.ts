// The demo built for each audience. The public site holds no balance, ranking, at-risk, stale or
// next-step wording or data in any file it publishes (pages, API, CSV, feeds, the search index),
// no ledger note and no private contact; it shows only the summary program.yaml publishes. The
// internal site is kept out of search engines, says it is internal on every page, and has a
// scorecard per active partner. What to expect is read from content/, not from the model.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { NOW } from './helpers/build-date.ts';
import { activeDemoPartners, demoLedgers, demoPartners, demoProgram } from './helpers/demo-content.ts';
import { htmlPages, internalSiteDir, page, siteDir } from './helpers/site.ts';

/** Every file of a built site, by its path in the site, as text; the search index's fragments unzipped. */
async function siteTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (/\.(html|json|csv|xml|txt)$/.test(entry.name)) texts.set(relative, await readFile(file, 'utf8'));
    // Pagefind's fragments hold the indexed text of each page, gzipped.
    else if (entry.name.endsWith('.pf_fragment')) texts.set(relative, gunzipSync(await readFile(file)).toString('utf8'));
  }
  return texts;
}

// The words the internal report uses (src/model/reciprocity.ts, the activity report, the reciprocity
// card and scorecards), written out here: a public file with any of them has leaked the report.
const INTERNAL_WORDING = [
  /\bowes?\b/i,
  /\bat[ -]risk\b/i,
  /\bstale\b/i,
  /\bnext step/i,
  /\bbalance\b/i,
  /\branking\b/i,
  /\bby engagement\b/i,
  /\bimbalanced\b/i,
  /scorecard/i,
  /data-internal/,
];
// The quarter of the build date, 2026-11-21.
const QUARTER_START = '2026-10-01';

describe('the public build of the demo', () => {
  it('has no balance, ranking, at-risk, stale or next-step wording in any page, API response, CSV, feed or search fragment', async () => {
    const texts = await siteTexts(siteDir());
    expect([...texts.keys()].filter((file) => file.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    expect([...texts.keys()].filter((file) => /\.(json|csv|xml)$/.test(file)).length).toBeGreaterThan(50);
    const found = [...texts].flatMap(([file, text]) => INTERNAL_WORDING.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`));
    expect(found).toEqual([]);
    // The same search finds every one of these words in the internal build: it can fail.
    const internal = [...(await siteTexts(internalSiteDir())).values()].join('\n');
    expect(INTERNAL_WORDING.filter((pattern) => !pattern.test(internal))).toEqual([]);
  });

  it('publishes no ledger note and no private contact, anywhere', async () => {
    const notes = [...demoLedgers().values()].flatMap((entries) => entries.flatMap((entry) => (entry.notes ? [entry.notes] : [])));
    // The demo has notes and private contacts, so this test can fail.
    expect(notes.length).toBeGreaterThan(0);
    const privateContacts = demoPartners().flatMap((partner) => partner.contacts.filter((contact) => contact.visibility === 'private'));
    expect(privateContacts.length).toBeGreaterThan(0);
    const secrets = [...notes, ...privateContacts.flatMap((contact) => [contact.name, ...(contact.email ? [contact.email] : [])])];
    const texts = await siteTexts(siteDir());
    const found = [...texts].flatMap(([file, text]) => secrets.filter((secret) => text.includes(secret)).map((secret) => `${file}: ${secret}`));
    expect(found).toEqual([]);
  });

  it('has no reciprocity in the API: no field for it, and the summary the program publishes', async () => {
    // content/program.yaml publishes activeThisQuarter: a partner is active when its own ledger has an entry this quarter.
    expect(demoProgram().reciprocity).toMatchObject({ publish: { activeThisQuarter: true } });
    const ledgers = demoLedgers();
    const activeThisQuarter = (slug: string) => (ledgers.get(slug) ?? []).some((e) => e.by === 'partner' && e.date >= QUARTER_START && e.date <= NOW);
    const partners = activeDemoPartners();
    // Both kinds are in the demo, and partners without a ledger, who must not be shown as anything.
    expect(partners.filter((p) => activeThisQuarter(p.slug)).length).toBeGreaterThan(0);
    expect(partners.filter((p) => !activeThisQuarter(p.slug)).length).toBeGreaterThan(0);
    expect(partners.filter((p) => !ledgers.has(p.slug)).length).toBeGreaterThan(0);
    for (const partner of partners) {
      const json = JSON.parse(await readFile(path.join(siteDir(), routes.apiV1('partner', partner.slug)), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(json), partner.slug).not.toContain('reciprocity');
      expect(json.activeThisQuarter, partner.slug).toBe(activeThisQuarter(partner.slug));
      const profile = await page(routes.partner(partner.slug));
      expect(profile.document.querySelector('[data-active-this-quarter]') !== null, partner.slug).toBe(activeThisQuarter(partner.slug));
    }
    const { document } = await page(routes.activity);
    expect(document.querySelectorAll('[data-list="active-this-quarter"] li').map((li) => li.getAttribute('data-slug'))).toEqual(
      partners
        .filter((p) => activeThisQuarter(p.slug))
        .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
        .map((p) => p.slug),
    );
    expect(document.querySelector('[data-table="ranking"]')).toBeNull();
  });

  it('is the site search engines may index: no robots meta, no banner, no scorecards, a sitemap', async () => {
    const pages = await htmlPages();
    expect(pages.filter((p) => p.startsWith(routes.scorecards))).toEqual([]);
    const home = await page(routes.home);
    expect(home.document.querySelector('meta[name="robots"]')).toBeNull();
    expect(home.document.querySelector('[data-internal-banner]')).toBeNull();
    expect(await readFile(path.join(siteDir(), 'robots.txt'), 'utf8')).toContain('Allow: /');
    expect(await readFile(path.join(siteDir(), 'sitemap-index.xml'), 'utf8')).toContain('<sitemapindex');
  });
});

describe('the internal build of the demo', () => {
  it('has a scorecard for every active partner, and none for inactive or former ones', async () => {
    const pages = await htmlPages(internalSiteDir());
    const scorecards = pages.filter((p) => p.startsWith(routes.scorecards) && p !== routes.scorecards);
    expect(scorecards.sort()).toEqual(
      activeDemoPartners()
        .map((p) => routes.scorecard(p.slug))
        .sort(),
    );
    const index = await page(routes.scorecards, internalSiteDir());
    expect(index.document.querySelectorAll('[data-table="scorecards"] tbody tr').map((tr) => tr.getAttribute('data-slug'))).toHaveLength(
      activeDemoPartners().length,
    );
  });

  it('asks search engines to stay out of every page, says it is internal on every page, and has no sitemap', async () => {
    const pages = await htmlPages(internalSiteDir());
    const missing: string[] = [];
    for (const sitePath of pages) {
      const { document } = await page(sitePath, internalSiteDir());
      // Redirect pages left at former slugs carry the same tag (they are pages of the internal site too).
      if (document.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex, nofollow') missing.push(`${sitePath}: robots`);
      if (!document.querySelector('meta[http-equiv="refresh"]') && !document.querySelector('[data-internal-banner]')) missing.push(`${sitePath}: banner`);
    }
    expect(missing).toEqual([]);
    expect(await readFile(path.join(internalSiteDir(), 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    const files = await readdir(internalSiteDir());
    expect(files.filter((file) => file.startsWith('sitemap'))).toEqual([]);
  });

  it('never shows a ledger note either: a scorecard is sent to the partner', async () => {
    const notes = [...demoLedgers().values()].flatMap((entries) => entries.flatMap((entry) => (entry.notes ? [entry.notes] : [])));
    const texts = await siteTexts(internalSiteDir());
    expect([...texts].flatMap(([file, text]) => notes.filter((note) => text.includes(note)).map((note) => `${file}: ${note}`))).toEqual([]);
  });
});
