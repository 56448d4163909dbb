// Profiles, badge pages, verify pages and app pages as a visitor meets them (issue 17): the buyer's
// side panel near the top on a phone, badge snippets one variant at a time with or without
// JavaScript, no sideways scrolling at 320 pixels, and a seal dated by the content's history.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { activeDemoPartners, byName, listedDemoApps } from './helpers/demo-content.ts';
import { commitAllOn } from './helpers/git-repo.ts';
import { partnerFileText, writeScenario } from './helpers/scenario.ts';
import { servedSite } from './helpers/served-site.ts';
import { page, serveSite } from './helpers/site.ts';

const served = servedSite();

const WORDMARK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 40" width="240" height="40"><rect width="240" height="40" fill="#0f7a5f"/></svg>\n';

/** A demo partner with public contacts, certifications and apps: the fullest profile. */
const partner = () => activeDemoPartners().sort(byName)[0]!;
const app = () => listedDemoApps().sort(byName)[0]!;

async function open(sitePath: string, options: { width?: number; javaScriptEnabled?: boolean } = {}) {
  const context = await served
    .browser()
    .newContext({ viewport: { width: options.width ?? 390, height: 844 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const tab = await context.newPage();
  await tab.goto(`${served.url()}${sitePath}`);
  return { tab, close: () => context.close() };
}

describe('in Chromium', () => {
  it('the badge page without JavaScript shows one variant’s snippets and opens any other', async () => {
    const { tab, close } = await open(routes.partnerBadges(partner().slug), { javaScriptEnabled: false });
    const visibleSnippets = () => tab.$$eval('pre[data-copy]', (pres) => pres.filter((pre) => pre.checkVisibility()).map((pre) => pre.closest('details')!.id));
    const variants = await tab.$$eval('details.badge-embed', (all) => all.map((details) => details.id));
    expect(variants.length).toBeGreaterThanOrEqual(4);
    // HTML, Markdown, AsciiDoc and reStructuredText of the first variant, and nothing else.
    expect(await visibleSnippets()).toEqual(Array(4).fill(variants[0]));
    // A click on another variant's summary shows its snippets; the group shows one variant at a time.
    await tab.click(`#${variants[2]} summary`);
    expect(await visibleSnippets()).toEqual(Array(4).fill(variants[2]));
    await close();
  });

  it('the badge page at phone width is a fraction of its former 8,330 pixels', async () => {
    const { tab, close } = await open(routes.partnerBadges(partner().slug));
    // Before issue 17 every variant's snippets showed at once, broken letter by letter: 8,330 px at 390 px wide.
    expect(await tab.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3500);
    expect(await tab.$eval('pre[data-copy]', (pre) => getComputedStyle(pre).wordBreak)).not.toBe('break-all');
    await close();
  });

  it("a profile on a phone shows the seal and the contact panel right after the summary, before the partner's story", async () => {
    const { tab, close } = await open(routes.partner(partner().slug));
    const top = (selector: string) => tab.$eval(selector, (element) => element.getBoundingClientRect().top + window.scrollY);
    const lead = await top('.profile-head .lead');
    const seal = await top('[data-seal]');
    const contact = await top('[data-contact]');
    const about = await top('.profile-main');
    expect(lead).toBeLessThan(seal);
    expect(seal).toBeLessThan(contact);
    expect(contact).toBeLessThan(about);
    // Within the first two screens of a 844-pixel phone, the introduction button included.
    expect(await top('[data-contact] .button')).toBeLessThan(2 * 844);
    await close();
  });

  it('on a wide screen, the side panel sits beside the main column', async () => {
    const { tab, close } = await open(routes.partner(partner().slug), { width: 1280 });
    const box = (selector: string) => tab.$eval(selector, (element) => element.getBoundingClientRect().toJSON() as DOMRect);
    const side = await box('.profile-side');
    const main = await box('.profile-main');
    expect(side.left).toBeGreaterThan(main.right);
    expect(Math.abs(side.top - main.top)).toBeLessThan(2);
    await close();
  });

  it('no profile, badge, verify or app page scrolls sideways at 320 pixels', async () => {
    const paths = [
      ...activeDemoPartners()
        .sort(byName)
        .slice(0, 4)
        .flatMap((p) => [routes.partner(p.slug), routes.partnerBadges(p.slug), routes.verify(p.slug)]),
      ...listedDemoApps()
        .sort(byName)
        .slice(0, 3)
        .flatMap((a) => [routes.app(a.slug), routes.appVerify(a.slug)]),
    ];
    const context = await served.browser().newContext({ viewport: { width: 320, height: 700 } });
    const tab = await context.newPage();
    const overflowing: string[] = [];
    for (const sitePath of paths) {
      await tab.goto(`${served.url()}${sitePath}`);
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${sitePath}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('certification tables stack into labelled cards on a phone, and sit in a named, focusable region', async () => {
    const { tab, close } = await open(routes.verify(partner().slug));
    const region = await tab.$eval('.certifications .table-scroll', (element) => ({
      tabindex: element.getAttribute('tabindex'),
      // A <section> named by the heading is a region landmark.
      tag: element.tagName,
      name: document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent,
    }));
    expect(region).toEqual({ tabindex: '0', tag: 'SECTION', name: 'Certifications' });
    // Each cell shows its column's name on a phone (the header row is visually hidden).
    expect(await tab.$eval('.cert-table td:nth-child(2)', (cell) => getComputedStyle(cell, '::before').content)).toBe('"Earned"');
    expect(await tab.$eval('.cert-table thead', (head) => head.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    await close();
  });
});

describe('axe-core', () => {
  /** WCAG 2.0/2.1/2.2 A and AA violations on the page, one line each (the context bypasses the CSP: axe is injected inline). */
  async function axeViolations(tab: Page, source: string): Promise<string[]> {
    await tab.addScriptTag({ content: source });
    return tab.evaluate(async () => {
      type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
      const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } };
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')})`,
      );
    });
  }

  it('finds no violation on a profile, a badge page, verify pages and an app page, at 390 and 1280 pixels, light and dark', async () => {
    const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const paths = [
      routes.partner(partner().slug),
      routes.partnerBadges(partner().slug),
      routes.verify(partner().slug),
      routes.app(app().slug),
      routes.appVerify(app().slug),
    ];
    const violations: string[] = [];
    for (const width of [390, 1280])
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await served.browser().newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
        const tab = await context.newPage();
        for (const sitePath of paths) {
          await tab.goto(`${served.url()}${sitePath}`);
          violations.push(...(await axeViolations(tab, source)).map((v) => `${width}px ${colorScheme} ${sitePath} ${v}`));
        }
        await context.close();
      }
    expect(violations).toEqual([]);
  }, 180_000);
});

describe('the app page', () => {
  it('puts installing, pricing and the partner behind it first; its badges fold', async () => {
    const { document } = await page(routes.app(app().slug));
    const side = document.querySelector('.profile-side')!;
    expect(side.querySelector('.install-panel a.button')!.text).toBe(`Install ${app().name}`);
    expect(document.querySelector('.profile-facts .partner-mini a')!.getAttribute('href')).toBe(routes.partner(app().partner));
    const variants = document.querySelectorAll('details.badge-embed');
    expect(variants.length).toBeGreaterThanOrEqual(1);
    expect(variants.some((details) => details.hasAttribute('open'))).toBe(false);
  });
});

describe('a profile built from a history', () => {
  it('dates the seal by the partner file’s last commit, never the build date, and sends introductions to the program’s form', async () => {
    const root = await writeScenario({
      program: { introductionForm: 'https://example.com/introductions?source=partners' },
      partners: { 'acme-cloud': { tier: 'gold', contacts: [{ name: 'Ada Park', email: 'ada@acme-cloud.example', visibility: 'public' }] }, 'beta-labs': {} },
      // A wide wordmark, 6:1.
      files: { 'logos/beta-labs.svg': WORDMARK },
    });
    const repo = root.replace(/\/content$/, '');
    commitAllOn(repo, '2026-03-02');
    // Acme's file changes on 2026-06-10; Beta's never does after the first commit.
    await writeFile(
      `${root}/partners/acme-cloud.yaml`,
      partnerFileText('acme-cloud', {
        tier: 'gold',
        summary: 'Acme Cloud runs Example at scale.',
        contacts: [{ name: 'Ada Park', email: 'ada@acme-cloud.example', visibility: 'public' }],
      }),
    );
    commitAllOn(repo, '2026-06-10');
    const build = await astroBuild(root, { PARTNERKIT_NOW: '2026-11-21' });
    expect(build.code, build.stderr).toBe(0);

    const seal = async (slug: string) => {
      const { document } = await page(routes.partner(slug), build.outDir);
      const element = document.querySelector('[data-seal]')!;
      return {
        href: element.getAttribute('href'),
        datetime: element.querySelector('time')?.getAttribute('datetime'),
        text: element.text.replace(/\s+/g, ' ').trim(),
      };
    };
    expect(await seal('acme-cloud')).toEqual({
      href: '/verify/acme-cloud/',
      datetime: '2026-06-10',
      text: 'Verified Gold partner as of June 10, 2026 See the verification record',
    });
    expect(await seal('beta-labs')).toMatchObject({ datetime: '2026-03-02' });

    const { document } = await page(routes.partner('acme-cloud'), build.outDir);
    expect(document.querySelector('[data-contact] a.button')!.getAttribute('href')).toBe(
      'https://example.com/introductions?source=partners&partner=acme-cloud',
    );

    // The wordmark keeps its shape in the profile's head, inside its plate, on a phone and a desktop.
    const site = await serveSite(build.outDir);
    for (const width of [320, 1280]) {
      const context = await served.browser().newContext({ viewport: { width, height: 800 } });
      const tab = await context.newPage();
      await tab.goto(`${site.url}${routes.partner('beta-labs')}`);
      // The image's box, and the logo as drawn in it: with object-fit: contain, whole and at its own ratio.
      const { box, plate, fit, ratio } = await tab.$eval('.profile-head .logo-plate', (element) => {
        const img = element.querySelector('img')!;
        return {
          plate: element.getBoundingClientRect().toJSON() as DOMRect,
          box: img.getBoundingClientRect().toJSON() as DOMRect,
          fit: getComputedStyle(img).objectFit,
          ratio: img.naturalWidth / img.naturalHeight,
        };
      });
      expect(ratio).toBeCloseTo(6, 1);
      const drawn = fit === 'contain' ? { width: Math.min(box.width, box.height * ratio), height: Math.min(box.height, box.width / ratio) } : box;
      expect(drawn.width / drawn.height, `${width}px`).toBeCloseTo(6, 1);
      expect(drawn.width, `${width}px`).toBeGreaterThan(100);
      expect(box.left >= plate.left && box.right <= plate.right && box.top >= plate.top && box.bottom <= plate.bottom, `${width}px`).toBe(true);
      await context.close();
    }
    await site.close();
  });
});
