// The showcase, case studies, news and the program's content pages, as a visitor sees them in
// Chromium: story cards open with a cover only when there is one to show (or a deliberate key-result
// panel), rows of cards fill, no page scrolls sideways at 320 px, dates read as the program's
// language writes them, code on the API page scrolls in a region a keyboard can reach, and the FAQ
// answers are disclosures. Expectations come from content/ (tests/helpers/demo-content.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { displayFormat } from '../src/site/display-format.ts';
import { demoFrontMatter, demoProgram } from './helpers/demo-content.ts';
import { servedSite } from './helpers/served-site.ts';

const served = servedSite();

async function at(path: string, viewport = { width: 1280, height: 900 }, colorScheme: 'light' | 'dark' = 'light') {
  const context = await served.browser().newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.goto(`${served.url()}${path}`);
  await page.waitForLoadState('load');
  return { page, close: () => context.close() };
}

/** Every card of a list: what opens it (its first box: kind, height, whether an image in it drew), and how far its eyebrow sits below the card's top. */
const cards = (page: Page, list: string) =>
  page.$$eval(`${list} > .story-card`, (items) =>
    items.map((card) => {
      const first = card.querySelector('.story-card-layout')!.firstElementChild as HTMLElement;
      const image = first.querySelector('img');
      const top = card.getBoundingClientRect().top;
      return {
        href: new URL(card.querySelector<HTMLAnchorElement>('.story-title a')!.href).pathname,
        cover: card.getAttribute('data-cover'),
        firstBox: first.classList.contains('story-cover-result') ? 'result' : first.classList.contains('story-cover') ? 'image' : 'text',
        firstHeight: first.getBoundingClientRect().height,
        imageDrawn: image ? image.complete && image.naturalWidth > 0 : undefined,
        firstText: first.classList.contains('story-body') ? '' : (first.textContent ?? '').replace(/\s+/g, ' ').trim(),
        eyebrowOffset: card.querySelector('.story-eyebrow')!.getBoundingClientRect().top - top,
      };
    }),
  );

/** Scrolls every lazy image into view, then waits until each has loaded. */
const loadImages = async (page: Page) => {
  await page.evaluate(async () => {
    for (const image of document.querySelectorAll('img')) image.loading = 'eager';
    await Promise.all(
      [...document.images].map((image) => (image.complete ? undefined : new Promise((done) => image.addEventListener('load', done, { once: true })))),
    );
  });
};

describe('case study and news cards', () => {
  it('open with the cover image when the case study has one, else with its key result, never an empty band', async () => {
    const studies = demoFrontMatter('case-studies');
    // The demo has both kinds, so both are shown here.
    expect(studies.some((study) => study.image)).toBe(true);
    expect(studies.some((study) => !study.image && study.results?.length)).toBe(true);
    const { page, close } = await at(routes.showcase);
    await loadImages(page);
    const shown = await cards(page, 'section[aria-labelledby="case-studies"] .story-grid');
    expect(shown.map((card) => card.href).sort()).toEqual(studies.map((study) => routes.caseStudy(study.slug)).sort());
    for (const study of studies) {
      const card = shown.find((candidate) => candidate.href === routes.caseStudy(study.slug))!;
      if (study.image) {
        expect(card, study.slug).toMatchObject({ cover: 'image', firstBox: 'image', imageDrawn: true });
        expect(card.firstHeight, study.slug).toBeGreaterThan(100);
      } else if (study.results?.length) {
        // The intentional fallback: the first result, written large, fills the cover's place.
        expect(card, study.slug).toMatchObject({ cover: 'result', firstBox: 'result', imageDrawn: undefined });
        expect(card.firstText, study.slug).toBe(`${study.results[0].value} ${study.results[0].label}`);
      } else {
        expect(card, study.slug).toMatchObject({ cover: 'none', firstBox: 'text' });
      }
    }
    await close();
  });

  it('on the news page, a post without an image starts with its text: no band above the date and title', async () => {
    const posts = demoFrontMatter('news');
    expect(posts.some((post) => post.image)).toBe(true);
    expect(posts.some((post) => !post.image)).toBe(true);
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, close } = await at(routes.news, viewport);
      await loadImages(page);
      const shown = await cards(page, 'main .story-list');
      expect(shown.map((card) => card.href).sort()).toEqual(posts.map((post) => routes.newsPost(post.slug)).sort());
      for (const post of posts) {
        const card = shown.find((candidate) => candidate.href === routes.newsPost(post.slug))!;
        if (post.image) {
          expect(card, post.slug).toMatchObject({ cover: 'image', firstBox: 'image', imageDrawn: true });
          expect(card.firstHeight).toBeGreaterThan(100);
        } else {
          expect(card, post.slug).toMatchObject({ cover: 'none', firstBox: 'text', imageDrawn: undefined });
          // The card's padding and its accent rule, nothing more (a rem and a half at most).
          expect(card.eyebrowOffset, `${viewport.width}px ${post.slug}`).toBeLessThanOrEqual(32);
        }
      }
      await close();
    }
  });

  it('fill their rows: no card left alone on a last row, at three, two and one columns', async () => {
    for (const width of [1280, 800, 390]) {
      const { page, close } = await at(routes.showcase, { width, height: 900 });
      const rows = await page.$$eval('main ul.story-grid, main ul.fill-rows', (lists) =>
        lists.map((list) => {
          const right = list.getBoundingClientRect().right;
          const rowEnds = new Map<number, number>();
          for (const item of list.children) {
            const box = item.getBoundingClientRect();
            rowEnds.set(Math.round(box.top), Math.max(rowEnds.get(Math.round(box.top)) ?? 0, box.right));
          }
          return { list: list.previousElementSibling?.textContent ?? list.className, gaps: [...rowEnds.values()].map((end) => Math.round(right - end)) };
        }),
      );
      expect(rows.length).toBeGreaterThanOrEqual(3);
      // Every row ends at the list's right edge.
      for (const { list, gaps } of rows) expect(gaps, `${width}px ${list}`).toEqual(gaps.map(() => 0));
      await close();
    }
  });
});

describe('the pages of this part', () => {
  const studies = demoFrontMatter('case-studies');
  const posts = demoFrontMatter('news');
  const pages = [
    routes.showcase,
    ...studies.map((study) => routes.caseStudy(study.slug)),
    routes.news,
    ...posts.map((post) => routes.newsPost(post.slug)),
    routes.program,
    routes.join,
    routes.faq,
    routes.toolkit,
    routes.api,
    routes.apiChangelog,
    routes.guide,
  ];

  it('never scroll sideways at 320 px, in light and dark', async () => {
    const wide: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await at(routes.home, { width: 320, height: 640 }, colorScheme);
      for (const path of pages) {
        await page.goto(`${served.url()}${path}`);
        // Example responses open: their code is the widest thing on the API page.
        await page.$$eval('main details', (all) => {
          for (const details of all) (details as HTMLDetailsElement).open = true;
        });
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (scroll > client) wide.push(`${colorScheme} ${path}: ${scroll}px wide`);
      }
      await close();
    }
    expect(wide).toEqual([]);
  }, 180_000);

  it('write dates in the program language, each in a <time> with its ISO date, and no ISO date in their text', async () => {
    const format = displayFormat((demoProgram().site as { language?: string }).language ?? 'en') /* program.yaml's site.language, 'en' when left out */;
    const { page, close } = await at(routes.home);
    for (const path of pages) {
      await page.goto(`${served.url()}${path}`);
      const found = await page.evaluate(() => ({
        times: [...document.querySelectorAll('main time')].map((time) => ({ datetime: time.getAttribute('datetime')!, text: time.textContent!.trim() })),
        // What a reader sees, without example code (the API page shows JSON, whose dates are ISO by contract).
        text: (() => {
          const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
          for (const code of main.querySelectorAll('pre, code')) code.remove();
          return main.textContent ?? '';
        })(),
      }));
      for (const time of found.times) {
        expect(time.datetime, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect([format.date(time.datetime), format.shortDate(time.datetime)], path).toContain(time.text);
      }
      expect(found.text.match(/\b\d{4}-\d{2}-\d{2}\b/g), path).toBeNull();
    }
    // Each case study and post states its publication date.
    await page.goto(`${served.url()}${routes.caseStudy(studies[0]!.slug)}`);
    expect(await page.textContent(`main .story-facts time[datetime="${studies[0]!.published}"]`)).toBe(format.date(studies[0]!.published));
    await close();
  });

  it('end at </html> (scripts inside the page) and keep their heading order: one h1, no level skipped', async () => {
    const { page, close } = await at(routes.home);
    for (const path of pages) {
      const response = await page.goto(`${served.url()}${path}`);
      expect((await response!.text()).trimEnd().endsWith('</html>'), path).toBe(true);
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((heading) => Number(heading.tagName[1])));
      expect(levels[0], path).toBe(1);
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1);
      const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
      expect(skips, path).toEqual([]);
    }
    await close();
  });

  it('link to where they go: no "learn more", "read more" or "click here"', async () => {
    const { page, close } = await at(routes.home);
    for (const path of pages) {
      await page.goto(`${served.url()}${path}`);
      const generic = await page.$$eval('main a', (links) =>
        links.map((a) => a.textContent!.trim()).filter((text) => /^(learn more|read more|more|click here|here|this page)$/i.test(text)),
      );
      expect(generic, path).toEqual([]);
    }
    await close();
  });
});

describe('the API page', () => {
  it('shows example responses in regions a keyboard user can focus and scroll, inside the page at 320 px', async () => {
    const { page, close } = await at(routes.api, { width: 320, height: 640 });
    await page.$$eval('main details', (all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    const regions = await page.$$eval('main pre.code-block', (blocks) =>
      blocks.map((block) => ({
        focusable: block.tabIndex === 0,
        scrolls: block.scrollWidth > block.clientWidth,
        inside: block.getBoundingClientRect().right <= document.documentElement.clientWidth,
      })),
    );
    expect(regions.length).toBeGreaterThan(5);
    expect(regions.every((region) => region.focusable && region.inside)).toBe(true);
    expect(regions.some((region) => region.scrolls)).toBe(true);
    const first = page.locator('main pre.code-block').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('main pre.code-block')!.scrollLeft > 0);
    await close();
  });
});

describe('the FAQ', () => {
  it('answers each question in a disclosure that opens without JavaScript', async () => {
    const faq = (demoProgram() as unknown as { faq: Array<{ question: string; answer: string }> }).faq;
    const context = await served.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url()}${routes.faq}`);
    expect(await page.$$eval('main details summary', (summaries) => summaries.map((summary) => summary.textContent!.trim()))).toEqual(
      faq.map((item) => item.question),
    );
    const first = page.locator('main details').first();
    expect(await first.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await first.locator('summary').click();
    expect(await first.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    // Paragraph by paragraph, as written in program.yaml.
    expect(await first.locator('.answer p').allTextContents()).toEqual(faq[0]!.answer.split(/\n\s*\n/).map((text) => text.trim()));
    await context.close();
  });
});
