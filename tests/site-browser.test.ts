// The demo site in real Chromium: directory search and filters with URL state, keyboard use,
// the no-JavaScript fallback, and on every template (helpers/templates.ts): no console errors under
// the Content-Security-Policy, axe-core at phone and desktop width in light and dark colour schemes,
// and no sideways scrolling on a 320 px screen.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { activeDemoPartners, byName, type DemoPartner, demoProgram } from './helpers/demo-content.ts';
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

/** The script has run: the filter links have become checkboxes. */
const enhanced = (page: Page) => page.waitForSelector('[data-directory] a[data-facet][role=checkbox]', { state: 'attached' });
/** A filter value: a link to its facet page, a checkbox once the script runs. */
const option = (key: string, value: string) => `a[data-facet="${key}"][data-value="${value}"]`;
/** The slugs of every result, clicking "Show more" until all are loaded. */
const resultSlugs = async (page: Page) => {
  await page.waitForFunction(
    () => !document.querySelector('[data-results]')!.hasAttribute('hidden') || !document.querySelector('[data-no-results]')!.hasAttribute('hidden'),
  );
  const expected = async () => Number(/^(\d+) /.exec((await page.textContent('[data-status]')) ?? '')?.[1] ?? 0);
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
/** Waits for the status to change from `before`, then gives the results. */
const nextResults = async (page: Page, before: string | null) => {
  await page.waitForFunction((text) => document.querySelector('[data-status]')!.textContent !== text, before);
  return resultSlugs(page);
};
const tierRank = (tier: string) => demoProgram().tiers.findIndex((t) => t.id === tier);

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

  it('a tier filter shows exactly the partners of that tier, with counts from the data, zero counts dimmed but offered', async () => {
    const active = activeDemoPartners();
    const { page, errors, close } = await open(routes.directory);
    await enhanced(page);
    await page.click(option('tier', 'gold'));
    expect(await page.getAttribute(option('tier', 'gold'), 'aria-checked')).toBe('true');
    const slugs = await resultSlugs(page);
    const gold = active.filter((p) => p.tier === 'gold');
    expect(slugs.sort()).toEqual(gold.map((p) => p.slug).sort());
    expect(await page.textContent('[data-status]')).toBe(`${gold.length} partners match, by name`);
    expect(new URL(page.url()).search).toBe('?tier=gold');
    // Other facets count among the gold partners; the tier facet keeps counting every tier.
    const count = (key: string) => page.textContent(`[data-count="${key}"]`).then(Number);
    const dimmed = (key: string, value: string) => page.$eval(option(key, value), (a) => a.classList.contains('zero') && (a as HTMLElement).offsetHeight > 0);
    // A value is offered when an active partner has it.
    const types = demoProgram().partnerTypes.filter((t) => active.some((p) => p.types.includes(t.id)));
    for (const type of types) {
      const among = gold.filter((p) => p.types.includes(type.id)).length;
      expect(await count(`type:${type.id}`), type.id).toBe(among);
      expect(await dimmed('type', type.id), type.id).toBe(among === 0);
    }
    expect(types.some((type) => !gold.some((p) => p.types.includes(type.id)))).toBe(true); // the demo has a dimmed value
    for (const tier of demoProgram().tiers.filter((t) => active.some((p) => p.tier === t.id)))
      expect(await count(`tier:${tier.id}`), tier.id).toBe(active.filter((p) => p.tier === tier.id).length);
    expect(errors).toEqual([]);
    await close();
  });

  it('loads no part of Pagefind before someone turns to the search or the filters, and shows the counts from the counts file', async () => {
    const { page, errors, close } = await open(routes.directory);
    const pagefindRequests: string[] = [];
    page.on('request', (request) => request.url().includes(routes.pagefind) && pagefindRequests.push(request.url()));
    await enhanced(page);
    await page.waitForFunction(() => document.querySelector('[data-count="tier:gold"]')!.textContent !== '');
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests).toEqual([]);
    const gold = activeDemoPartners().filter((p) => p.tier === 'gold').length;
    expect(Number(await page.textContent('[data-count="tier:gold"]'))).toBe(gold);
    await page.focus('input[type=search]');
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('pagefind')));
    expect(pagefindRequests.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the counts visible during a text search: the counts of the current results', async () => {
    const { page, errors, close } = await open(routes.directory);
    await enhanced(page);
    await page.fill('input[type=search]', 'payments');
    const slugs = await resultSlugs(page);
    const active = activeDemoPartners();
    for (const tier of demoProgram().tiers.filter((t) => active.some((p) => p.tier === t.id))) {
      const among = active.filter((p) => p.tier === tier.id && slugs.includes(p.slug)).length;
      expect(Number(await page.textContent(`[data-count="tier:${tier.id}"]`)), tier.id).toBe(among);
    }
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

  it('sorts by name, by tier (highest first) and by newest, and says which', async () => {
    const active = activeDemoPartners();
    const bySince = (a: DemoPartner, b: DemoPartner) => (b.since ?? '').localeCompare(a.since ?? '') || byName(a, b);
    const byTier = (a: DemoPartner, b: DemoPartner) => tierRank(b.tier) - tierRank(a.tier) || byName(a, b);
    const { page, errors, close } = await open(routes.directory);
    await enhanced(page);
    for (const [sort, order, words] of [
      ['tier', byTier, 'highest tier first'],
      ['newest', bySince, 'newest first'],
    ] as const) {
      const before = await page.textContent('[data-status]');
      await page.selectOption('[data-sort]', sort);
      expect(await nextResults(page, before), sort).toEqual([...active].sort(order).map((p) => p.slug));
      expect(await page.textContent('[data-status]')).toBe(`${active.length} partners match, ${words}`);
      expect(new URL(page.url()).searchParams.get('sort')).toBe(sort);
    }
    // Filtered, by name: the order of the results is the one announced.
    await page.selectOption('[data-sort]', 'name');
    const before = await page.textContent('[data-status]');
    await page.click(option('tier', 'silver'));
    expect(await nextResults(page, before)).toEqual(
      active
        .filter((p) => p.tier === 'silver')
        .sort(byName)
        .map((p) => p.slug),
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('shows each choice as a chip that removes it, and clears them all', async () => {
    const { page, errors, close } = await open(`${routes.directory}?q=payments&tier=gold&region=europe`);
    await enhanced(page);
    await resultSlugs(page);
    expect(await page.$$eval('[data-chips] button', (chips) => chips.map((chip) => chip.getAttribute('aria-label')))).toEqual([
      'Remove the search for “payments”',
      'Remove Gold',
      'Remove Europe',
    ]);
    const before = await page.textContent('[data-status]');
    await page.click('[data-chips] button[aria-label="Remove Europe"]');
    await nextResults(page, before);
    expect(new URL(page.url()).search).toBe('?q=payments&tier=gold');
    expect(await page.getAttribute(option('region', 'europe'), 'aria-checked')).toBe('false');
    await page.click('[data-active-filters] [data-clear]');
    await page.waitForSelector('[data-list]:not([hidden])');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.isVisible('[data-active-filters]')).toBe(false);
    expect(await page.inputValue('input[type=search]')).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps its state in the URL: a shared link restores it, and the back button undoes a filter', async () => {
    const { page, close } = await open(`${routes.directory}?q=payments&type=integration`);
    await enhanced(page);
    expect(await page.inputValue('input[type=search]')).toBe('payments');
    expect(await page.getAttribute(option('type', 'integration'), 'aria-checked')).toBe('true');
    const shared = await resultSlugs(page);
    expect(shared.length).toBeGreaterThan(0);

    await page.click(option('tier', 'silver'));
    await page.waitForURL(/tier=silver/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('tier=silver'));
    expect(await page.getAttribute(option('tier', 'silver'), 'aria-checked')).toBe('false');
    expect(await resultSlugs(page)).toEqual(shared);
    await close();
  });

  it('says once when nothing matches, and clears back to the full list', async () => {
    const { page, close } = await open(`${routes.directory}?q=zzzqqxx`);
    await enhanced(page);
    await page.waitForSelector('[data-no-results]:not([hidden])');
    expect(await page.textContent('[data-status]')).toBe('No partners match');
    expect((await page.locator('main').allInnerTexts()).join('\n').match(/No partners match/g)).toHaveLength(1);
    await page.click('[data-no-results] [data-clear]');
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
    await page.keyboard.press('Tab'); // the sort
    await page.keyboard.press('Tab'); // the first filter value: the first tier (the phone's Filters button is not shown)
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

  it('does not move when the script arrives: the same boxes with and without JavaScript, no layout shift', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      for (const path of [routes.directory, routes.apps, routes.directoryFacet('tier', 'gold')]) {
        const boxes = async (javaScriptEnabled: boolean) => {
          const context = await served.browser().newContext({ viewport, javaScriptEnabled });
          const page = await context.newPage();
          // Every layout shift of the page's life, from the first paint.
          await page.addInitScript(() => {
            (window as unknown as { shift: number }).shift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
                if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(`${served.url()}${path}`);
          if (javaScriptEnabled) {
            await enhanced(page);
            await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].every((count) => count.textContent !== ''));
          }
          await page.waitForTimeout(300);
          const measured = await page.evaluate(() => {
            const box = (selector: string) => {
              const rect = document.querySelector(selector)?.getBoundingClientRect();
              return rect ? [rect.x, rect.y, rect.width, rect.height].map(Math.round) : null;
            };
            return {
              shift: (window as unknown as { shift?: number }).shift,
              boxes: { firstCard: box('[data-list] > li'), results: box('[data-list]'), facets: box('[data-facets]'), status: box('[data-status]') },
            };
          });
          await context.close();
          return measured;
        };
        const withScript = await boxes(true);
        const where = `${path} at ${viewport.width}px`;
        expect(withScript.shift, where).toBeLessThan(0.05);
        // Without scripting, the bar (search, sort, Filters) is not shown: on a phone the filters
        // follow the results instead of being in a sheet. The script itself moves nothing.
        if (viewport.width >= 1280) {
          const withoutScript = await boxes(false);
          expect(withScript.boxes.facets, where).toEqual(withoutScript.boxes.facets);
          expect(withScript.boxes.firstCard?.slice(0, 1).concat(withScript.boxes.firstCard.slice(2)), where).toEqual(
            withoutScript.boxes.firstCard?.slice(0, 1).concat(withoutScript.boxes.firstCard.slice(2)),
          );
        }
      }
    }
  }, 120_000);
});

describe('on a phone', () => {
  const PHONE = { width: 390, height: 844 };

  it('the results come first; "Filters" opens a sheet whose "Show N" button counts the results; Escape closes it', async () => {
    const context = await served.browser().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${served.url()}${routes.directory}`);
    await enhanced(page);
    // The first card is on the first screen, not below the filters.
    expect(await page.$eval('[data-list] > li', (card) => card.getBoundingClientRect().top)).toBeLessThan(PHONE.height);
    expect(await page.isVisible('[data-facets]')).toBe(false);
    await page.click('[data-open-sheet]');
    await page.waitForSelector('[data-sheet][open]');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-sheet]') !== null)).toBe(true);
    expect(await page.isVisible(`[data-sheet] ${option('tier', 'gold')}`)).toBe(true);
    await page.click(`[data-sheet] ${option('tier', 'gold')}`);
    const gold = activeDemoPartners().filter((p) => p.tier === 'gold');
    await page.waitForFunction((n) => document.querySelector('[data-show-results]')!.textContent === `Show ${n} partners`, gold.length);
    // The button stays in view at the bottom of the sheet, however long the filters are.
    const button = await page.$eval('[data-show-results]', (b) => b.getBoundingClientRect().bottom);
    expect(button).toBeLessThanOrEqual(PHONE.height);
    await page.click('[data-show-results]');
    await page.waitForSelector('[data-sheet]:not([open])', { state: 'attached' });
    expect((await resultSlugs(page)).sort()).toEqual(gold.map((p) => p.slug).sort());
    expect(await page.textContent('[data-active-count]')).toBe('(1)');
    await page.click('[data-open-sheet]');
    await page.waitForSelector('[data-sheet][open]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-sheet]:not([open])', { state: 'attached' });
    // The filters are back where they were (in the sidebar, hidden on a phone), still chosen.
    expect(await page.getAttribute(`[data-facets] ${option('tier', 'gold')}`, 'aria-checked')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the directory lists every active partner, hides the search form, and each filter value leads to its own page', async () => {
    const { page, close } = await open(routes.directory, { javaScriptEnabled: false });
    expect(await page.$$eval('[data-list] > li', (items) => items.length)).toBe(activeDemoPartners().length);
    expect(await page.isVisible('[data-search]')).toBe(false);
    await page.click(option('region', 'europe'));
    await page.waitForURL((url) => url.pathname === routes.directoryFacet('region', 'europe'));
    expect(await page.textContent('h1')).toBe('Partners in Europe');
    const europe = activeDemoPartners().filter((p) => p.regions.includes('europe'));
    expect(await page.$$eval('[data-list] > li', (items) => items.map((item) => (item as HTMLElement).dataset.slug))).toEqual(
      [...europe].sort(byName).map((p) => p.slug),
    );
    // The chosen value leads back to the whole directory.
    await page.click(option('region', 'europe'));
    await page.waitForURL((url) => url.pathname === routes.directory);
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

  it('fits a phone at 320 and 375 px: the page never scrolls sideways, every tier of the shown track has its fee in view, and its benefits open in its card', async () => {
    const tracks = demoProgram().tracks ?? [];
    expect(tracks.length).toBeGreaterThan(1);
    for (const width of [320, PHONE.width]) {
      const context = await served.browser().newContext({ viewport: { width, height: PHONE.height } });
      const page = await context.newPage();
      await page.goto(`${served.url()}${routes.tiers}`);
      /** The track shown, its cards and how each lies on the page, and what the page does sideways. */
      const layout = () =>
        page.evaluate(() => {
          const viewport = document.documentElement.clientWidth;
          const inView = (element: Element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= viewport;
          };
          const shown = [...document.querySelectorAll('main .track')].filter((track) => track.getClientRects().length > 0);
          return {
            pageWidth: document.documentElement.scrollWidth,
            viewport,
            tracks: shown.map((track) => track.id),
            fees: shown.flatMap((track) =>
              [...track.querySelectorAll('.pricing-card')].map((card) => ({
                tier: card.getAttribute('data-tier'),
                feeInView: inView(card.querySelector('[data-fee]')!),
                feeFirst: card.querySelector('[data-fee]')!.getBoundingClientRect().top < card.querySelector('.pricing-actions')!.getBoundingClientRect().top,
              })),
            ),
            // The wide table is not shown on a phone: no region to scroll sideways.
            tablesShown: shown.flatMap((track) => [...track.querySelectorAll('table')].filter((table) => table.getClientRects().length > 0)).length,
          };
        });
      const expected = (track: { id: string; tiers: string[] }) => ({
        tracks: [`track-${track.id}`],
        fees: track.tiers.map((tier) => ({ tier, feeInView: true, feeFirst: true })),
        tablesShown: 0,
      });
      // One track at a time, the first until a track's link is followed; no JavaScript needed.
      const first = await layout();
      expect(first.pageWidth, `${width}px`).toBeLessThanOrEqual(first.viewport);
      expect(first).toMatchObject(expected(tracks[0]!));
      for (const track of [...tracks].reverse()) {
        await page.click(`nav[aria-label="Tracks"] a[href$="#track-${track.id}"]`);
        const shown = await layout();
        expect(shown.pageWidth, `${width}px ${track.id}`).toBeLessThanOrEqual(shown.viewport);
        expect(shown, `${width}px ${track.id}`).toMatchObject(expected(track));
      }
      // A card's benefits open from the keyboard, inside the screen: no sideways scroll either.
      const summary = page.locator('main .track:visible .pricing-card summary').last();
      await summary.focus();
      await page.keyboard.press('Enter');
      const opened = await page.evaluate(() => {
        const details = [...document.querySelectorAll<HTMLDetailsElement>('main .tier-includes')].find((d) => d.open)!;
        const box = details.getBoundingClientRect();
        return { items: details.querySelectorAll('li').length, right: box.right, pageWidth: document.documentElement.scrollWidth };
      });
      expect(opened.items, `${width}px`).toBeGreaterThan(0);
      expect(opened.right, `${width}px`).toBeLessThanOrEqual(width);
      expect(opened.pageWidth, `${width}px`).toBeLessThanOrEqual(width);
      await context.close();
    }
  });

  it('on a desktop: one table per track, every tier a column, its header row sticking to the top while the benefits scroll', async () => {
    const context = await served.browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${served.url()}${routes.tiers}`);
    const table = page.locator('main .track:visible table');
    expect(await table.count()).toBe(1);
    const tiers = demoProgram().tracks![0]!.tiers;
    expect(await table.locator('thead th').count()).toBe(tiers.length + 1);
    // No details on a desktop: the table says it all.
    expect(await page.locator('main .track:visible .tier-includes').first().isVisible()).toBe(false);
    const header = table.locator('thead th').nth(1);
    const lastRow = table.locator('tbody tr').last();
    await lastRow.scrollIntoViewIfNeeded();
    const headerBox = (await header.boundingBox())!;
    const rowBox = (await lastRow.boundingBox())!;
    // Scrolled to the end of the table: the header row is still at the top of the window, above the last row.
    expect(headerBox.y).toBeGreaterThanOrEqual(-1);
    expect(headerBox.y).toBeLessThan(2);
    expect(rowBox.y).toBeGreaterThan(headerBox.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
  });

  it('tier pages, certifications and the public activity summary never scroll sideways at 320 or 390 px, and their scrolling tables are named, focusable regions', async () => {
    const paths = [...demoProgram().tiers.map((tier) => routes.tier(tier.id)), routes.certifications, routes.activity];
    for (const width of [320, 390]) {
      const context = await served.browser().newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of paths) {
        const response = await page.goto(`${served.url()}${path}`);
        expect(response!.status(), path).toBe(200);
        const found = await page.evaluate(() => ({
          pageWidth: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          regions: [...document.querySelectorAll('main table')]
            .map((table) => table.parentElement!)
            .filter((box) => box.scrollWidth > box.clientWidth)
            .map((box) => [
              box.tagName === 'SECTION' && box.hasAttribute('aria-labelledby') ? 'region' : box.getAttribute('role'),
              box.getAttribute('tabindex'),
            ]),
        }));
        expect(found.pageWidth, `${width}px ${path}`).toBeLessThanOrEqual(found.viewport);
        for (const region of found.regions) expect(region, `${width}px ${path}`).toEqual(['region', '0']);
      }
      await context.close();
    }
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
