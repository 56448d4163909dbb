// The demo site in real Chromium: directory search and filters with URL state, keyboard use,
// the no-JavaScript fallback, and on every template (helpers/templates.ts): no console errors under
// the Content-Security-Policy, axe-core at phone and desktop width in light and dark colour schemes,
// and no sideways scrolling on a 320 px screen.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { activeDemoPartners, type DemoPartner, demoProgram } from './helpers/demo-content.ts';
import { servedSite } from './helpers/served-site.ts';
import { settle, templates } from './helpers/templates.ts';

const served = servedSite();

/** A page that records console errors, failed requests and uncaught exceptions. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await served.browser().newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
  await page.goto(`${served.url()}${path}`);
  return { page, errors, close: () => context.close() };
}

const readAxe = () => readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.0/2.1/2.2 A and AA violations and best-practice findings on the page, one line each. The page's context must bypass the CSP: axe is injected inline. */
async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    // The WCAG rules, and axe's best practices (heading order, landmarks, one h1) that Lighthouse's
    // accessibility score counts too.
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
  });
}

const enhanced = (page: Page) => page.waitForSelector('[data-filters]:not([hidden])');
/** The slugs of every result, clicking "Show more" until all are loaded. */
const resultSlugs = async (page: Page) => {
  await page.waitForFunction(
    () => !document.querySelector('[data-results]')!.hasAttribute('hidden') || !document.querySelector('[data-no-results]')!.hasAttribute('hidden'),
  );
  const expected = async () => Number(/^(\d+) of/.exec((await page.textContent('[data-status]')) ?? '')?.[1] ?? 0);
  const shown = () => page.$$eval('[data-results] > li', (items) => items.length);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-results] > li').length > 0 || !document.querySelector('[data-no-results]')!.hasAttribute('hidden'),
  );
  while ((await shown()) < (await expected())) {
    const before = await shown();
    if (await page.isVisible('[data-more]')) await page.click('[data-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
  }
  return page.$$eval('[data-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]!));
};

describe('directory search and filters', () => {
  it('finds a partner by a word from its summary', async () => {
    const active = activeDemoPartners();
    // The rarest long word of any summary, so the expected partner is among few results.
    const words = active.flatMap((p) =>
      p.summary
        .toLowerCase()
        .match(/[a-z]{7,}/g)!
        .map((word) => ({ word, partner: p })),
    );
    const frequency = (word: string) => active.filter((p) => p.summary.toLowerCase().includes(word)).length;
    const { word, partner } = words.sort((a, b) => frequency(a.word) - frequency(b.word))[0]!;
    const { page, errors, close } = await open(routes.directory);
    await enhanced(page);
    await page.fill('input[type=search]', word);
    const slugs = await resultSlugs(page);
    expect(slugs).toContain(partner.slug);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    expect(errors).toEqual([]);
    await close();
  });

  it('finds a partner by a word of its name, of its description and of a service', async () => {
    const active = activeDemoPartners();
    // Profiles index each text once (the name and summary as metadata): each kind must still be found.
    const rarest = (texts: (p: DemoPartner) => string) => {
      const words = active.flatMap((p) =>
        (
          texts(p)
            .toLowerCase()
            .match(/[a-z]{6,}/g) ?? []
        ).map((word) => ({ word, partner: p })),
      );
      const frequency = (word: string) => active.filter((p) => texts(p).toLowerCase().includes(word)).length;
      return words.sort((a, b) => frequency(a.word) - frequency(b.word) || a.word.localeCompare(b.word))[0]!;
    };
    for (const { word, partner } of [rarest((p) => p.name), rarest((p) => p.description ?? ''), rarest((p) => p.services.join(' '))]) {
      const { page, errors, close } = await open(routes.directory);
      await enhanced(page);
      await page.fill('input[type=search]', word);
      expect(await resultSlugs(page), word).toContain(partner.slug);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('a tier filter shows exactly the partners of that tier, with counts from the data', async () => {
    const active = activeDemoPartners();
    const { page, errors, close } = await open(routes.directory);
    await enhanced(page);
    await page.check('input[name=tier][value=gold]');
    const slugs = await resultSlugs(page);
    const gold = active.filter((p) => p.tier === 'gold');
    expect(slugs.sort()).toEqual(gold.map((p) => p.slug).sort());
    expect(await page.textContent('[data-status]')).toBe(`${gold.length} of ${active.length} partners match`);
    expect(new URL(page.url()).search).toBe('?tier=gold');
    // Other facets count among the gold partners; the tier facet keeps counting every tier.
    const count = (key: string) => page.textContent(`[data-count="${key}"]`).then(Number);
    // A value is offered when an active partner has it.
    for (const type of demoProgram().partnerTypes.filter((t) => active.some((p) => p.types.includes(t.id))))
      expect(await count(`type:${type.id}`), type.id).toBe(gold.filter((p) => p.types.includes(type.id)).length);
    for (const tier of demoProgram().tiers.filter((t) => active.some((p) => p.tier === t.id)))
      expect(await count(`tier:${tier.id}`), tier.id).toBe(active.filter((p) => p.tier === tier.id).length);
    expect(errors).toEqual([]);
    await close();
  });

  it('a text search alone downloads no filter index; the counts come when someone turns to the filters', async () => {
    const { page, errors, close } = await open(routes.directory);
    const filterRequests: string[] = [];
    page.on('request', (request) => request.url().includes(`${routes.pagefind}filter/`) && filterRequests.push(request.url()));
    await enhanced(page);
    await page.fill('input[type=search]', 'payments');
    const slugs = await resultSlugs(page);
    expect(filterRequests).toEqual([]);
    expect(await page.textContent('[data-count="tier:gold"]')).toBe('');
    await page.focus('input[name=tier][value=gold]');
    await page.waitForFunction(() => document.querySelector('[data-count="tier:gold"]')!.textContent !== '');
    expect(filterRequests.length).toBeGreaterThan(0);
    const gold = activeDemoPartners().filter((p) => p.tier === 'gold' && slugs.includes(p.slug)).length;
    expect(Number(await page.textContent('[data-count="tier:gold"]'))).toBe(gold);
    expect(errors).toEqual([]);
    await close();
  });

  it('combines facets: any of the values within one facet, all facets together', async () => {
    const { page, close } = await open(`${routes.directory}?tier=gold&tier=platinum&region=europe`);
    await enhanced(page);
    const expected = activeDemoPartners().filter((p) => ['gold', 'platinum'].includes(p.tier) && p.regions.includes('europe'));
    expect(expected.length).toBeGreaterThan(0);
    expect((await resultSlugs(page)).sort()).toEqual(expected.map((p) => p.slug).sort());
    await close();
  });

  it('keeps its state in the URL: a shared link restores it, and the back button undoes a filter', async () => {
    const { page, close } = await open(`${routes.directory}?q=payments&type=integration`);
    await enhanced(page);
    expect(await page.inputValue('input[type=search]')).toBe('payments');
    expect(await page.isChecked('input[name=type][value=integration]')).toBe(true);
    const shared = await resultSlugs(page);
    expect(shared.length).toBeGreaterThan(0);

    await page.check('input[name=tier][value=silver]');
    await page.waitForURL(/tier=silver/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('tier=silver'));
    expect(await page.isChecked('input[name=tier][value=silver]')).toBe(false);
    expect(await resultSlugs(page)).toEqual(shared);
    await close();
  });

  it('says so when nothing matches, and clears back to the full list', async () => {
    const { page, close } = await open(`${routes.directory}?q=zzzqqxx`);
    await enhanced(page);
    await page.waitForSelector('[data-no-results]:not([hidden])');
    expect(await page.textContent('[data-status]')).toBe('No partners match');
    await page.click('[data-clear]');
    await page.waitForSelector('[data-list]:not([hidden])');
    expect(await page.$$eval('[data-list] > li', (items) => items.length)).toBe(activeDemoPartners().length);
    expect(new URL(page.url()).search).toBe('');
    await close();
  });

  it('is fully keyboard operable', async () => {
    const { page, close } = await open(routes.directory);
    await enhanced(page);
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'directory-search'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('directory-search');
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the first facet value: the first tier
    await page.keyboard.press('Space');
    // The first tier of program.yaml that an active partner has.
    const active = activeDemoPartners();
    const firstTier = demoProgram().tiers.find((tier) => active.some((p) => p.tier === tier.id))!;
    const slugs = await resultSlugs(page);
    expect(slugs.sort()).toEqual(
      active
        .filter((p) => p.tier === firstTier.id)
        .map((p) => p.slug)
        .sort(),
    );
    await close();
  });
});

describe('without JavaScript', () => {
  it('the directory lists every active partner and hides the search form', async () => {
    const { page, close } = await open(routes.directory, { javaScriptEnabled: false });
    expect(await page.$$eval('[data-list] > li', (items) => items.length)).toBe(activeDemoPartners().length);
    expect(await page.isVisible('[data-filters]')).toBe(false);
    await close();
  });
});

/** The widths every template is judged at: a phone and a desktop. */
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

describe('every template', () => {
  it('loads with no console errors, failed requests or CSP violations', async () => {
    for (const template of templates()) {
      const { page, errors, close } = await open(template.path);
      await settle(page, template);
      if (template.state) await resultSlugs(page);
      expect(errors, template.path).toEqual([]);
      await close();
    }
  });

  // axe-core at a phone's width and a desktop's, light and dark: one test each, so a failure says
  // where, and each stays within its time on a busy machine.
  describe.each(WIDTHS.flatMap((viewport) => (['light', 'dark'] as const).map((colorScheme) => ({ viewport, colorScheme }))))(
    'at $viewport.width px, $colorScheme',
    ({ viewport, colorScheme }) => {
      it('has no axe-core violations (WCAG 2.0/2.1/2.2 A and AA, and best practices)', async () => {
        const axeSource = await readAxe();
        const violations: string[] = [];
        // The test injects axe as an inline script, which the site's CSP rightly forbids.
        const context = await served.browser().newContext({ bypassCSP: true, colorScheme, viewport });
        for (const template of templates()) {
          const page = await context.newPage();
          await page.goto(`${served.url()}${template.path}`);
          await settle(page, template);
          if (template.state) await resultSlugs(page);
          const found = await axeViolations(page, axeSource);
          violations.push(...found.map((v) => `${template.path} ${v}`));
          await page.close();
        }
        await context.close();
        expect(violations).toEqual([]);
        // Every template: a minute or two on a busy machine.
      }, 300_000);
    },
  );

  it('the sideways-scrolling check names the element where the overflow starts, and lets regions scroll on their own', async () => {
    const context = await served.browser().newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const region = '<div style="overflow-x: auto"><table style="width: 900px"><tr><td>scrolls in its own region</td></tr></table></div>';
    const closed = '<details><summary>More</summary><pre style="width: 2000px">not drawn while closed</pre></details>';
    await page.setContent(`<main><p>fits</p>${region}${closed}</main>`);
    expect(await page.evaluate(horizontalOverflow)).toBe('');
    await page.setContent(`<main><p>fits</p>${region}<section><div class="wide" style="width: 600px"><span>too wide</span></div></section></main>`);
    expect(await page.evaluate(horizontalOverflow)).toMatch(
      /^is 6\d\d px wide in a 320 px viewport: <div\.wide> "too wide" is 600 px wide, its right edge at 6\d\d px$/,
    );
    await context.close();
  });

  it('never scrolls sideways on a 320 px screen (naming the element that is too wide)', async () => {
    const context = await served.browser().newContext({ viewport: { width: 320, height: 640 } });
    const overflows: string[] = [];
    for (const template of templates()) {
      const page = await context.newPage();
      await page.goto(`${served.url()}${template.path}`);
      await settle(page, template);
      const found = await page.evaluate(horizontalOverflow);
      if (found) overflows.push(`${template.path} ${found}`);
      await page.close();
    }
    await context.close();
    expect(overflows).toEqual([]);
  }, 300_000);
});

/**
 * Runs in the page: '' when the page does not scroll sideways, else how wide it is and the element
 * that makes it so: of the elements that reach past the viewport's right edge (outside any region
 * that scrolls or clips on its own), the widest one whose parent fits, i.e. where the overflow starts.
 */
function horizontalOverflow(): string {
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (root.scrollWidth <= viewport) return '';
  const clipsOwnContent = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
  const tooWide = (element: Element) => element.getBoundingClientRect().right > viewport + 0.5;
  const describe = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const classes = [...element.classList].map((name) => `.${name}`).join('');
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${classes}>${text ? ` "${text}"` : ''}`;
  };
  const culprits: Array<{ element: Element; width: number }> = [];
  const walk = (element: Element) => {
    for (const child of element.children) {
      // Not drawn (display: none, or the body of a closed <details>): measured, but it widens nothing.
      if (!child.checkVisibility()) continue;
      if (!tooWide(child)) {
        // A child that fits can still hold one that does not (positioned, or with a negative margin).
        if (!clipsOwnContent(child)) walk(child);
        continue;
      }
      const parent = child.parentElement!;
      if (parent === document.body || parent === root || !tooWide(parent)) culprits.push({ element: child, width: child.getBoundingClientRect().width });
      if (!clipsOwnContent(child)) walk(child);
    }
  };
  walk(document.body);
  culprits.sort((a, b) => b.width - a.width);
  const widest = culprits[0];
  return `is ${root.scrollWidth} px wide in a ${viewport} px viewport${
    widest
      ? `: ${describe(widest.element)} is ${Math.round(widest.width)} px wide, its right edge at ${Math.round(widest.element.getBoundingClientRect().right)} px`
      : ''
  }${culprits.length > 1 ? ` (and ${culprits.length - 1} more)` : ''}`;
}

describe('the tier comparison', () => {
  const PHONE = { width: 375, height: 740 };
  const DESKTOP = { width: 1280, height: 900 };

  it('fits a phone: the page never scrolls sideways, each table scrolls in its own region, and fees come before benefits', async () => {
    const tracks = demoProgram().tracks ?? [];
    expect(tracks.length).toBeGreaterThan(1);
    const context = await served.browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${served.url()}${routes.tiers}`);
    /** The tracks shown, and how the table of each one lies on the page. */
    const layout = () =>
      page.evaluate(() => {
        const shown = [...document.querySelectorAll('main table')].filter((table) => table.getClientRects().length > 0);
        return {
          pageWidth: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          tables: shown.map((table) => {
            const region = table.parentElement!;
            const top = (selector: string) => table.querySelector(selector)!.getBoundingClientRect().top;
            return {
              caption: table.querySelector('caption')!.textContent,
              scrolls: region.scrollWidth > region.clientWidth,
              fitsViewport: region.getBoundingClientRect().right <= document.documentElement.clientWidth,
              feesFirst: top('tbody.fees') < top('tbody.benefit-group'),
              stickyRowHeader: getComputedStyle(table.querySelector('th[scope="row"]')!).position,
            };
          }),
        };
      });
    const expected = (track: { name: string }) => ({
      caption: `${track.name}: fees and benefits by tier`,
      scrolls: true,
      fitsViewport: true,
      feesFirst: true,
      stickyRowHeader: 'sticky',
    });
    // One track at a time, the first until a track's link is followed; no JavaScript needed.
    const first = await layout();
    expect(first.pageWidth).toBeLessThanOrEqual(first.viewport);
    expect(first.tables).toEqual([expected(tracks[0]!)]);
    for (const track of [...tracks].reverse()) {
      await page.click(`nav[aria-label="Tracks"] a[href$="#track-${track.id}"]`);
      const shown = await layout();
      expect(shown.pageWidth, track.id).toBeLessThanOrEqual(shown.viewport);
      expect(shown.tables).toEqual([expected(track)]);
    }
    // A keyboard user reaches the scrolling region and moves it with the arrow keys.
    const region = page.locator('main .comparison:visible');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => [...document.querySelectorAll('main .comparison')].some((element) => element.scrollLeft > 0));
    await context.close();
  });

  it('has no axe-core violations at phone and desktop width, light and dark', async () => {
    const axeSource = await readAxe();
    const violations: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await served.browser().newContext({ bypassCSP: true, colorScheme, viewport });
        const page = await context.newPage();
        for (const path of [routes.tiers, ...demoProgram().tiers.map((tier) => routes.tier(tier.id))]) {
          await page.goto(`${served.url()}${path}`);
          violations.push(...(await axeViolations(page, axeSource)).map((v) => `${viewport.width}px ${colorScheme} ${path} ${v}`));
        }
        await context.close();
      }
    }
    expect(violations).toEqual([]);
    // Every page in two colour schemes (or widths): minutes on a busy machine.
  }, 300_000);
});
