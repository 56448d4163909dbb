// The marketplace of the built demo: every listed app file has its page, its API entry and its CSV
// row; an app of a partner that is not active has none; every app file has its badge and verify page; the directory searches and filters in
// Chromium, lists every app without JavaScript, and passes axe at phone and desktop widths.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appId } from '../src/model/entity-ids.ts';
import { routes } from '../src/routes.ts';
import { activeDemoPartners, byName, demoApps, demoProgram, listedDemoApps } from './helpers/demo-content.ts';
import { servedSite } from './helpers/served-site.ts';
import { siteDir } from './helpers/site.ts';

const served = servedSite();
const exists = (sitePath: string) =>
  readFile(path.join(siteDir(), sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath)).then(
    () => true,
    () => false,
  );

describe('the demo marketplace', () => {
  it('has at least 20 listed apps across kinds and pricing, several partners with more than one', () => {
    const listed = listedDemoApps();
    expect(listed.length).toBeGreaterThanOrEqual(20);
    expect(new Set(listed.map((app) => app.kind)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(listed.map((app) => app.pricing.model))).toEqual(new Set(['free', 'freemium', 'paid', 'contact']));
    const partners = listed.map((app) => app.partner);
    const withMore = new Set(partners.filter((partner, index) => partners.indexOf(partner) !== index));
    expect(withMore.size).toBeGreaterThanOrEqual(3);
  });

  it('gives every listed app file a page, an API entry and a CSV row, and an unlisted one none', async () => {
    const listed = listedDemoApps();
    const list = JSON.parse(await readFile(path.join(siteDir(), routes.apiV1('apps')), 'utf8')) as { apps: Array<{ slug: string }> };
    // In id order (the UUID of each app's first slug), so a renamed app keeps its place on the pages.
    const byId = listed.map((app) => ({ slug: app.slug, id: appId(app.slug) })).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(list.apps.map((app) => app.slug)).toEqual(byId.map((app) => app.slug));
    for (const app of listed) {
      expect(await exists(routes.app(app.slug)), routes.app(app.slug)).toBe(true);
      const detail = JSON.parse(await readFile(path.join(siteDir(), routes.apiV1('app', app.slug)), 'utf8')) as { name: string; partner: { slug: string } };
      expect(detail).toMatchObject({ name: app.name, partner: { slug: app.partner } });
    }
    const rows = parseCsv(await readFile(path.join(siteDir(), routes.appsCsv), 'utf8'), { columns: true }) as Array<{ slug: string }>;
    expect(rows.map((row) => row.slug).sort()).toEqual(listed.map((app) => app.slug).sort());
    const unlisted = demoApps().filter((app) => !listed.some((shown) => shown.slug === app.slug));
    expect(unlisted.length, 'the demo has an app of a partner that is not active').toBeGreaterThan(0);
    for (const app of unlisted) {
      expect(await exists(routes.app(app.slug)), routes.app(app.slug)).toBe(false);
      expect(await exists(routes.apiV1('app', app.slug)), routes.apiV1('app', app.slug)).toBe(false);
    }
  });

  it("gives every app file a badge and a verify page, and the badge links nowhere else: an unlisted app's says so", async () => {
    const listed = new Set(listedDemoApps().map((app) => app.slug));
    for (const app of demoApps()) {
      const svg = await readFile(path.join(siteDir(), routes.appBadges(app.slug).light), 'utf8');
      expect(svg, app.slug).toContain(listed.has(app.slug) ? demoProgram().name : 'no longer listed');
      const verify = await readFile(path.join(siteDir(), `${routes.appVerify(app.slug)}index.html`), 'utf8');
      expect(verify, app.slug).toContain(listed.has(app.slug) ? 'Listed in the' : 'Not listed.');
    }
    // A listed app's page offers its badge with the snippets that link to its verify page.
    const [first] = listedDemoApps().sort(byName);
    const page = await readFile(path.join(siteDir(), `${routes.app(first!.slug)}index.html`), 'utf8');
    expect(page).toContain(`${demoProgram().site.url}${routes.appVerify(first!.slug)}`);
  });
});

async function open(sitePath: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await served.browser().newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    bypassCSP: false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
  await page.goto(`${served.url()}${sitePath}`);
  return { page, errors, close: () => context.close() };
}

/** The slugs of the results once a search or filter has run, every "Show more" clicked. */
async function resultSlugs(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => !document.querySelector('[data-results]')!.hasAttribute('hidden') || !document.querySelector('[data-no-results]')!.hasAttribute('hidden'),
  );
  const expected = Number(/^(\d+) /.exec((await page.textContent('[data-status]')) ?? '')?.[1] ?? 0);
  await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > 0 || n === 0, expected);
  while ((await page.$$eval('[data-results] > li', (items) => items.length)) < expected) {
    const before = await page.$$eval('[data-results] > li', (items) => items.length);
    await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
  }
  return page.$$eval('[data-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!));
}

describe('the app directory in Chromium', () => {
  it("finds an app by a word of its summary, and only apps: partner profiles are in the directory's own index", async () => {
    const listed = listedDemoApps();
    // "reconciliation" is in one app's summary and in several partners' summaries.
    const word = 'reconciliation';
    expect(activeDemoPartners().filter((partner) => partner.summary.toLowerCase().includes(word)).length).toBeGreaterThan(0);
    const expected = listed.filter((app) => app.summary.toLowerCase().includes(word)).map((app) => routes.app(app.slug));
    expect(expected).toHaveLength(1);
    const { page, errors, close } = await open(routes.apps);
    await page.waitForSelector('[data-directory] a[role=checkbox]', { state: 'attached' });
    await page.fill('input[type=search]', word);
    await resultSlugs(page);
    expect(await page.$$eval('[data-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(expected);
    expect(await page.textContent('[data-status]')).toBe('1 app matches, by name');
    expect(errors).toEqual([]);
    await close();
  });

  it('filters by pricing with the counts of the data, and keeps the filter in the URL', async () => {
    const listed = listedDemoApps();
    const free = listed.filter((app) => app.pricing.model === 'free').map((app) => app.slug);
    const { page, close } = await open(routes.apps);
    await page.waitForSelector('[data-directory] a[role=checkbox]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelector('[data-count="pricing:free"]')!.textContent !== '');
    expect(await page.textContent('[data-count="pricing:free"]')).toBe(String(free.length));
    // At desktop width the filters are in the sidebar; each value is a checkbox once the script runs.
    await page.click('a[data-facet=pricing][data-value=free]');
    expect(await page.getAttribute('a[data-facet=pricing][data-value=free]', 'aria-checked')).toBe('true');
    expect((await resultSlugs(page)).sort()).toEqual(free.sort());
    expect(new URL(page.url()).search).toBe('?pricing=free');
    await close();
  });

  it('lists every listed app without JavaScript, hides the search form, and links each filter value to its own page', async () => {
    const { page, close } = await open(routes.apps, { javaScriptEnabled: false });
    const slugs = await page.$$eval('[data-list] > li', (items) => items.map((item) => (item as HTMLElement).dataset.slug));
    expect(slugs).toEqual([...listedDemoApps()].sort(byName).map((app) => app.slug));
    expect(await page.isVisible('[data-search]')).toBe(false);
    expect(await page.isVisible('a[data-facet=pricing][data-value=free]')).toBe(true);
    await page.click('a[data-facet=pricing][data-value=free]');
    await page.waitForURL((url) => url.pathname === routes.appsFacet('pricing', 'free'));
    const free = listedDemoApps().filter((app) => app.pricing.model === 'free');
    expect(await page.$$eval('[data-list] > li', (items) => items.map((item) => (item as HTMLElement).dataset.slug))).toEqual(
      [...free].sort(byName).map((app) => app.slug),
    );
    expect(await page.textContent('h1')).toBe('Free apps');
    await close();
  });

  it('has no axe-core violations on the directory and an app page, at phone and desktop widths', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const withScreenshots = 'ledgerlink';
    const violations: string[] = [];
    for (const width of [375, 1280]) {
      for (const sitePath of [routes.apps, `${routes.apps}?pricing=paid`, routes.appsFacet('pricing', 'free'), routes.app(withScreenshots)]) {
        // The test injects axe as an inline script, which the site's CSP rightly forbids.
        const context = await served.browser().newContext({ bypassCSP: true, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${served.url()}${sitePath}`);
        if (sitePath.includes('?')) await resultSlugs(page);
        await page.addScriptTag({ content: axeSource });
        const found = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
            }
          ).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        });
        violations.push(...found.map((v) => `${width}px ${sitePath} ${v}`));
        await context.close();
      }
    }
    expect(violations).toEqual([]);
  });
});
