// The shell, the home page and the shared cards of the demo site in Chromium: the main navigation
// is a "Menu" disclosure on a phone that works without JavaScript, inline on a desktop and on one
// line; no page of the shell scrolls sideways at 320 px; logos keep their aspect ratio on plates
// that follow it; the footer is lists of links; cards leave no orphans and no heading gaps.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { activeDemoPartners, listedDemoApps } from './helpers/demo-content.ts';
import { writeScenario } from './helpers/scenario.ts';
import { servedSite } from './helpers/served-site.ts';
import { htmlPages, siteDir } from './helpers/site.ts';

const served = servedSite();
const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 900 };

async function open(path: string, options: { viewport: { width: number; height: number }; javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' }) {
  const context = await served.browser().newContext({ javaScriptEnabled: false, ...options });
  const page = await context.newPage();
  await page.goto(`${served.url()}${path}`);
  return { page, close: () => context.close() };
}

/** The visible links of the main navigation: text and whether it is the current page. */
const visibleNavLinks = (page: Page) =>
  page
    .locator('.site-nav a:visible')
    .evaluateAll((links) => links.map((a) => ({ text: a.textContent!.trim(), current: a.getAttribute('aria-current') === 'page' })));

/** Whether the page scrolls sideways. */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

// The demo's navigation: every page the demo has content for (src/site/navigation.ts).
const NAV = ['Home', 'Partners', 'Apps', 'Tiers', 'Showcase', 'Program', 'Activity', 'News', 'FAQ', 'Join'];

describe('the main navigation', () => {
  it('is behind a "Menu" disclosure on a phone, which opens without JavaScript, shows every link and moves nothing', async () => {
    const { page, close } = await open(routes.directory, { viewport: PHONE, javaScriptEnabled: false });
    expect(await visibleNavLinks(page)).toEqual([]);
    const menu = page.locator('.site-nav summary');
    expect(await menu.isVisible()).toBe(true);
    expect((await menu.textContent())!.trim()).toBe('Menu');
    const header = await page.locator('.site-header').boundingBox();
    const mainTop = (await page.locator('main').boundingBox())!.y;
    // Keyboard: the skip link first, then the brand, then the menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    const links = await visibleNavLinks(page);
    expect(links.map((link) => link.text)).toEqual(NAV);
    expect(links.filter((link) => link.current).map((link) => link.text)).toEqual(['Partners']);
    // The open menu lies over the page: the header and the content stay where they were.
    expect(await page.locator('.site-header').boundingBox()).toEqual(header);
    expect((await page.locator('main').boundingBox())!.y).toBe(mainTop);
    expect(await overflows(page)).toBe(false);
    await close();
  });

  it('is inline on a desktop, on one line, with no menu button, from 1088 px', async () => {
    for (const viewport of [{ width: 1088, height: 800 }, DESKTOP]) {
      const { page, close } = await open(routes.home, { viewport });
      expect(await page.locator('.site-nav summary').isVisible()).toBe(false);
      const links = await visibleNavLinks(page);
      expect(links.map((link) => link.text)).toEqual(NAV);
      expect(links.filter((link) => link.current).map((link) => link.text)).toEqual(['Home']);
      const tops = await page.$$eval('.nav-inline a', (anchors) => anchors.map((a) => Math.round(a.getBoundingClientRect().top)));
      expect(new Set(tops).size, `${viewport.width}px`).toBe(1);
      expect(await overflows(page)).toBe(false);
      await close();
    }
  });
});

describe('the shell at 320 px', () => {
  it.each([routes.home, '/404.html', routes.directory, routes.apps, routes.showcase, routes.embedDirectory])(
    '%s does not scroll sideways, light and dark',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, close } = await open(path, { viewport: NARROW, colorScheme });
        expect(await overflows(page), `${path} ${colorScheme}`).toBe(false);
        await close();
      }
    },
  );
});

describe('the footer', () => {
  it('groups its links in lists under headings, with no separators in the text', async () => {
    const { page, close } = await open(routes.home, { viewport: DESKTOP });
    const groups = await page.$$eval('.site-footer nav', (navs) =>
      navs.map((nav) => ({ title: nav.querySelector('h2')!.textContent, links: [...nav.querySelectorAll('li > a')].map((a) => a.textContent) })),
    );
    expect(groups.map((group) => group.title)).toEqual(['Find a partner', 'The program', 'Resources']);
    expect(groups.flatMap((group) => group.links)).toEqual(expect.arrayContaining(['Certifications', 'Activity report', 'API', 'Feed', 'Program guide']));
    expect(await page.textContent('.site-footer')).not.toContain('·');
    // The columns sit side by side on a desktop.
    const tops = await page.$$eval('.site-footer nav', (navs) => navs.map((nav) => Math.round(nav.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await close();
  });
});

describe('the home page', () => {
  it('shows the key figures of the demo: its active partners and listed apps', async () => {
    const { page, close } = await open(routes.home, { viewport: PHONE });
    const figures = await page.$$eval('.key-figures li', (items) =>
      items.map((li) => [li.getAttribute('data-figure'), li.querySelector('.figure')!.textContent]),
    );
    expect(figures.slice(0, 2)).toEqual([
      ['partners', String(activeDemoPartners().length)],
      ['apps', String(listedDemoApps().length)],
    ]);
    await close();
  });

  it('names where each link goes: no "Learn more"', async () => {
    const { page, close } = await open(routes.home, { viewport: DESKTOP });
    const texts = await page.$$eval('main a', (links) => links.map((a) => a.textContent!.trim().toLowerCase()));
    expect(texts.filter((text) => ['learn more', 'click here', 'more', 'here', 'read more'].includes(text))).toEqual([]);
    await close();
  });

  it('fills the rows of its card grids: no row with one orphan card, at phone, tablet and desktop widths', async () => {
    for (const viewport of [PHONE, { width: 800, height: 900 }, DESKTOP]) {
      const { page, close } = await open(routes.home, { viewport });
      const rows = await page.$$eval('main ul.grid, main ol.grid', (grids) =>
        grids.map((grid) => {
          const tops = [...grid.children].map((card) => Math.round(card.getBoundingClientRect().top));
          const perRow = [...new Set(tops)].map((top) => tops.filter((t) => t === top).length);
          return perRow;
        }),
      );
      for (const perRow of rows) if (perRow.length > 1) expect(perRow.at(-1), `${viewport.width}px: ${perRow}`).toBe(perRow[0]);
      await close();
    }
  });
});

describe('logos', () => {
  it('keep their aspect ratio on a plate that follows it: a wordmark gets a wide plate, a mark a square one, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open(routes.home, { viewport: DESKTOP, colorScheme });
      const plates = await page.$$eval('.partner-card .logo-plate', (spans) =>
        spans.map((span) => {
          const img = span.querySelector('img')!;
          const box = span.getBoundingClientRect();
          // The drawn image inside an object-fit: contain box.
          const scale = Math.min(img.clientWidth / img.naturalWidth, img.clientHeight / img.naturalHeight);
          return {
            shape: [...span.classList].find((c) => c.startsWith('shape-')),
            plate: box.width / box.height,
            natural: img.naturalWidth / img.naturalHeight,
            drawn: (img.naturalWidth * scale) / (img.naturalHeight * scale),
            fit: getComputedStyle(img).objectFit,
            background: getComputedStyle(span).backgroundColor,
          };
        }),
      );
      expect(plates.length).toBeGreaterThan(0);
      for (const plate of plates) {
        expect(plate.fit).toBe('contain');
        expect(plate.drawn).toBeCloseTo(plate.natural, 2);
      }
      // The demo's Saltmarsh Media (2:1) and Kiln & Copper (10:3) wordmarks, and square marks.
      expect(plates.some((plate) => plate.shape === 'shape-wide' && Math.abs(plate.plate - 2) < 0.01)).toBe(true);
      expect(plates.some((plate) => plate.shape === 'shape-wider' && Math.abs(plate.plate - 3) < 0.01)).toBe(true);
      expect(plates.some((plate) => plate.shape === 'shape-square' && Math.abs(plate.plate - 1) < 0.01)).toBe(true);
      // Dark mode softens the plate: never pure white.
      const backgrounds = new Set(plates.map((plate) => plate.background));
      expect([...backgrounds]).toEqual([colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(223, 226, 232)']);
      await close();
    }
  });
});

describe('every page', () => {
  // A <script> at a page's top level, after <BaseLayout>, is written after </html> (the API page and the
  // toolkit had it): scripts belong inside the layout (CopyButtons.astro for the copy buttons).
  it('ends with </html>: nothing after it', async () => {
    const after: string[] = [];
    for (const sitePath of await htmlPages()) {
      const file = path.join(siteDir(), sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
      const html = await readFile(file, 'utf8');
      if (html.includes('</html>') && !/<\/html>\s*$/.test(html)) after.push(sitePath);
    }
    expect(after).toEqual([]);
  });
});

describe('tier tags of a program whose tiers have no colours', () => {
  // Five uncoloured tiers, one partner each: the tags are graded by rank (src/site/tier-tags.ts),
  // all different, and readable in light and dark (axe colour contrast).
  const TIERS = ['registered', 'silver', 'gold', 'platinum', 'strategic'];
  let dir = '';
  beforeAll(async () => {
    const build = await astroBuild(
      await writeScenario({
        program: { tiers: TIERS.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), description: `The ${id} tier.` })) },
        partners: Object.fromEntries(TIERS.map((tier) => [`${tier}-co`, { tier }])),
      }),
    );
    if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
    dir = build.outDir;
  }, 300_000);
  const scenario = servedSite(() => dir);

  it('look different per tier and pass colour contrast, light and dark', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await scenario.browser().newContext({ bypassCSP: true, colorScheme, viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(`${scenario.url()}${routes.directory}`);
      const looks = await page.$$eval('[data-list] .tag.tier', (tags) =>
        tags.map((tag) => {
          const style = getComputedStyle(tag);
          return `${style.backgroundColor} ${style.color} ${style.borderColor}`;
        }),
      );
      expect(looks).toHaveLength(TIERS.length);
      expect(await page.locator('[data-list] .tag.tier').first().isVisible()).toBe(true);
      expect(new Set(looks).size, colorScheme).toBe(TIERS.length);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run(document.querySelector('[data-list]')!, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, colorScheme).toEqual([]);
      await context.close();
    }
  });
});
