// The internal demo site in Chromium: scorecards and the internal banner pass axe-core at phone and
// desktop widths, and a scorecard printed ("Print → Save as PDF") is a clean document: no
// navigation, banner or footer, and its progress bars drawn.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { activeDemoPartners, byName } from './helpers/demo-content.ts';
import { servedSite } from './helpers/served-site.ts';
import { internalSiteDir } from './helpers/site.ts';

const served = servedSite(internalSiteDir);
// The first active partner by name, and one whose tier has measured requirements (Gold and above in the demo).
const partners = activeDemoPartners().sort(byName);
const measured = partners.find((p) => ['gold', 'platinum'].includes(p.tier))!;
const VIEWPORTS = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } };

describe('the internal site in Chromium', () => {
  it('has no axe-core violations on the scorecards, the activity report and a profile, at phone and desktop width', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations: string[] = [];
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      // The test injects axe as an inline script, which the site's CSP rightly forbids.
      const context = await served.browser().newContext({ bypassCSP: true, viewport });
      for (const path of [
        routes.scorecards,
        routes.scorecard(partners[0]!.slug),
        routes.scorecard(measured.slug),
        routes.activity,
        routes.partner(measured.slug),
      ]) {
        const page = await context.newPage();
        await page.goto(`${served.url()}${path}`);
        expect(await page.locator('[data-internal-banner]').isVisible(), path).toBe(true);
        await page.addScriptTag({ content: axeSource });
        const found = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
            }
          ).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map(
            (v) =>
              `${v.id} (${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')})`,
          );
        });
        violations.push(...found.map((v) => `${name} ${path} ${v}`));
        // A phone never scrolls sideways on a scorecard: wide tables scroll inside their box.
        if (path.startsWith(routes.scorecards))
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} ${path}`).toBe(true);
        await page.close();
      }
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  it('reads on a phone at 320 and 390 px: no page scrolls sideways, balances are in view without scrolling a table, and every table that scrolls is a named region reachable by keyboard', async () => {
    const pages = [routes.scorecards, routes.scorecard(measured.slug), routes.activity, routes.partner(measured.slug)];
    for (const width of [320, 390]) {
      const context = await served.browser().newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(`${served.url()}${path}`);
        // On a profile, the reciprocity card (the profile's other tables are the profile's own).
        const scope = path === routes.partner(measured.slug) ? '[data-reciprocity]' : 'main';
        const found = await page.evaluate((scope) => {
          const viewport = document.documentElement.clientWidth;
          const main = document.querySelector(scope)!;
          // Each balance: the column header that says "Balance" and every cell under it, in view.
          const balances = [...main.querySelectorAll('table')].flatMap((table) => {
            const headers = [...table.querySelectorAll('thead th')];
            const column = headers.findIndex((th) => th.textContent!.startsWith('Balance'));
            if (column < 0) return [];
            const cells = [...table.querySelectorAll('tbody tr')].map((row) => row.children[column]!);
            return [headers[column]!, ...cells].map((cell) => ({ text: cell.textContent!.trim(), right: Math.round(cell.getBoundingClientRect().right) }));
          });
          const regions = [...main.querySelectorAll<HTMLElement>('table')]
            .map((table) => table.parentElement!)
            .filter((box) => box.scrollWidth > box.clientWidth)
            .map((box) => ({
              // A named <section> is a region landmark.
              role: box.tagName === 'SECTION' ? 'region' : box.getAttribute('role'),
              tabindex: box.getAttribute('tabindex'),
              named: Boolean(box.getAttribute('aria-label') || document.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent),
            }));
          return { pageWidth: document.documentElement.scrollWidth, viewport, balances, regions };
        }, scope);
        expect(found.pageWidth, `${width}px ${path}`).toBeLessThanOrEqual(found.viewport);
        for (const balance of found.balances) expect(balance.right, `${width}px ${path} "${balance.text}"`).toBeLessThanOrEqual(found.viewport);
        for (const region of found.regions) expect(region, `${width}px ${path}`).toEqual({ role: 'region', tabindex: '0', named: true });
        // The give-and-take table, the reciprocity card and the ranking each show a balance.
        if (path !== routes.scorecards) expect(found.balances.length, `${width}px ${path}`).toBeGreaterThan(1);
      }
      await context.close();
    }
  });

  it('prints a scorecard without navigation, banner or footer, with its bars drawn', async () => {
    const context = await served.browser().newContext({ viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`${served.url()}${routes.scorecard(measured.slug)}`);
    expect(await page.locator('.site-nav').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '[data-internal-banner]', '.site-footer'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('h1').textContent()).toBe(measured.name);
    const bars = page.locator('svg.progress');
    expect(await bars.count()).toBeGreaterThan(0);
    for (const bar of await bars.all()) {
      const box = await bar.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(5);
    }
    // The PDF Chromium would save: one or two A4 pages, not a long strip.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await context.close();
  });
});
