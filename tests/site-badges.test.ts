// The demo's badges, verify pages, embed snippets and toolkit, as built: a badge for every partner
// and certification in content/, well-formed SVG that refers to nothing outside itself, text that
// fits (measured by a real SVG renderer), snippets with the right URLs, a ZIP with every asset,
// and copy buttons that work in Chromium. What each badge says for each status is checked on a
// small scenario (site-scenario.test.ts).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { nameInFolder, routes } from '../src/routes.ts';
import { displayFormat } from '../src/site/display-format.ts';
import { NOW } from './helpers/content-fixture.ts';
import { activeDemoPartners, byName, demoApps, demoBrandAssets, demoPartners, demoProgram } from './helpers/demo-content.ts';
import { RESVG_FONTS } from './helpers/fonts.ts';
import { servedSite } from './helpers/served-site.ts';
import { page, siteDir } from './helpers/site.ts';

// The demo's pages are in English (program.yaml names no other language).
const english = displayFormat('en');

const read = (sitePath: string) => readFile(path.join(siteDir(), sitePath), 'utf8');

/** Every SVG badge the site serves, as site paths. */
async function allBadgeFiles() {
  const folder = path.join(siteDir(), 'badges');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.svg'))
    .map((entry) => `/badges/${path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
}

interface ParsedBadge {
  width: number;
  height: number;
  title: string;
  rects: Array<{ x: number; width: number }>;
  texts: Array<{ x: number; textLength: number; text: string }>;
  references: string[];
}

/** Parses a badge strictly (saxes throws on malformed XML) and collects geometry and every reference. */
function parseBadge(svg: string): ParsedBadge {
  const parsed: ParsedBadge = { width: 0, height: 0, title: '', rects: [], texts: [], references: [] };
  const parser = new SaxesParser();
  const stack: string[] = [];
  let text: { x: number; textLength: number; text: string } | undefined;
  let hidden = 0;
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (a['aria-hidden'] === 'true') hidden++;
    for (const [name, value] of Object.entries(a)) if (/href$/.test(name) || value.includes('url(')) parsed.references.push(`${name}=${value.slice(0, 40)}`);
    if (tag.name === 'svg') Object.assign(parsed, { width: Number(a.width), height: Number(a.height) });
    if (tag.name === 'rect' && stack.includes('g') && a.width && a.fill && !a.fill.startsWith('url('))
      parsed.rects.push({ x: Number(a.x ?? 0), width: Number(a.width) });
    if (tag.name === 'text' && !hidden) text = { x: Number(a.x) / 10, textLength: Number(a.textLength) / 10, text: '' };
  });
  parser.on('text', (value) => {
    if (text) text.text += value;
    if (stack.at(-1) === 'title') parsed.title += value;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'text' && text) {
      parsed.texts.push(text);
      text = undefined;
    }
    if ((tag.attributes as Record<string, string>)['aria-hidden'] === 'true') hidden--;
  });
  parser.write(svg).close();
  return parsed;
}

describe('every badge of every demo partner', () => {
  it('is served for every partner file, under its former slugs too, and for every certification it holds; and for every app file and its certifications', async () => {
    const expected = demoPartners().flatMap((partner) =>
      [partner.slug, ...partner.formerSlugs].flatMap((slug) => [
        ...['', '.dark', '.named', '.named.dark'].map((variant) => `/badges/${slug}${variant}.svg`),
        ...partner.certifications.flatMap((cert) => [`/badges/${slug}/${cert.id}.svg`, `/badges/${slug}/${cert.id}.dark.svg`]),
      ]),
    );
    const expectedForApps = demoApps().flatMap((app) => [
      `/badges/apps/${app.slug}.svg`,
      `/badges/apps/${app.slug}.dark.svg`,
      ...app.certifications.flatMap((cert) => [`/badges/apps/${app.slug}/${cert.id}.svg`, `/badges/apps/${app.slug}/${cert.id}.dark.svg`]),
    ]);
    expect((await allBadgeFiles()).sort()).toEqual([...expected, ...expectedForApps].sort());
  });

  it('is a small, well-formed, accessible SVG that refers to nothing outside itself', async () => {
    for (const file of await allBadgeFiles()) {
      const svg = await read(file);
      expect(Buffer.byteLength(svg), file).toBeLessThanOrEqual(3 * 1024);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img"/);
      const badge = parseBadge(svg);
      expect(badge.title.length, file).toBeGreaterThan(10);
      for (const reference of badge.references) expect(reference, file).toMatch(/^(?:xlink:href|href)=data:image\/png;base64,|=url\(#[\w-]+\)$/);
      expect(svg.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:|<script|<foreignObject|@import/i);
    }
  });

  it('renders with resvg at its declared size, each text inside its box at real font widths', async () => {
    for (const file of await allBadgeFiles()) {
      const svg = await read(file);
      const badge = parseBadge(svg);
      const image = new Resvg(svg, { font: RESVG_FONTS }).render();
      expect([image.width, image.height], file).toEqual([badge.width, badge.height]);
      expect(badge.texts).toHaveLength(2);
      badge.texts.forEach((text, i) => {
        const box = badge.rects[i]!;
        expect(text.x - text.textLength / 2, `${file}: "${text.text}" starts inside its box`).toBeGreaterThanOrEqual(box.x);
        expect(text.x + text.textLength / 2, `${file}: "${text.text}" ends inside its box`).toBeLessThanOrEqual(box.x + box.width);
        // The width badge-maker reserved matches the text as a real renderer draws it (DejaVu Sans, Verdana's metric twin).
        const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="20"><text x="0" y="14" font-family="DejaVu Sans" font-size="11">${text.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></svg>`;
        const natural = new Resvg(alone, { font: RESVG_FONTS }).getBBox()!.width;
        expect(natural, `${file}: "${text.text}"`).toBeGreaterThan(text.textLength * 0.85);
        expect(natural, `${file}: "${text.text}"`).toBeLessThan(text.textLength * 1.08);
      });
    }
  });
});

describe('verify pages', () => {
  it('exist for every partner, former partners included, and state the status without the build date', async () => {
    const { tiers, certifications } = demoProgram();
    for (const partner of demoPartners()) {
      const { document } = await page(routes.verify(partner.slug));
      const verdict = document.querySelector('.verdict')!.text;
      const tier = tiers.find((t) => t.id === partner.tier)!.name;
      // Issue 16: a page changes only when what it describes changes, so it never says "as of" the build date.
      expect(document.querySelector('main')!.text, partner.slug).not.toContain(NOW);
      if (partner.status === 'active') expect(verdict).toContain(`Current ${tier} partner`);
      else expect(verdict).not.toContain(tier);
      // Each certification with the day it was earned, in words for the reader and ISO for machines.
      const rows = document
        .querySelectorAll('main table tbody tr')
        .map((row) => [
          row.querySelector('td')!.text,
          row.querySelector('td:nth-child(2) time')!.getAttribute('datetime'),
          row.querySelector('td:nth-child(2)')!.text,
        ]);
      expect(rows).toEqual(
        partner.certifications.map((cert) => [certifications.find((c) => c.id === cert.id)!.name, cert.earned, english.shortDate(cert.earned)]),
      );
      expect(document.querySelector('main')!.text, partner.slug).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }
  });
});

describe('embed snippets', () => {
  it('are on the badge page, linking the served badge to its verify page; the profile links there and embeds no code', async () => {
    const {
      name: program,
      site: { url: site },
    } = demoProgram();
    for (const partner of activeDemoPartners().sort(byName).slice(0, 10)) {
      const badge = routes.tierBadges(partner.slug).light;
      const verify = routes.verify(partner.slug);
      const { document } = await page(routes.partnerBadges(partner.slug));
      const html = document.querySelector('pre[data-copy] code')!.text;
      expect(html, partner.slug).toBe(
        `<a href="${site}${verify}"><img src="${site}${badge}" alt="${program} partner badge for ${partner.name.replace(/&/g, '&amp;')}" width="${parseBadge(await read(badge)).width}" height="20"></a>`,
      );
      // Four variants of the tier badge, each folded with its four snippets; the first open, the rest by choice.
      const variants = document.querySelectorAll('details.badge-embed');
      expect(variants.length, partner.slug).toBeGreaterThanOrEqual(4);
      expect(variants.map((details) => details.hasAttribute('open'))).toEqual(variants.map((_, i) => i === 0));
      for (const details of variants) expect(details.querySelectorAll('pre[data-copy]')).toHaveLength(4);
      const snippets = variants[0]!.querySelectorAll('pre[data-copy] code').map((code) => code.text);
      expect(snippets.slice(1, 4).every((snippet) => snippet.includes(`${site}${badge}`) && snippet.includes(`${site}${verify}`))).toBe(true);

      const profile = (await page(routes.partner(partner.slug))).document;
      expect(profile.querySelector('pre[data-copy]'), partner.slug).toBeNull();
      expect(profile.querySelector(`a[href="${routes.partnerBadges(partner.slug)}"]`)!.text).toBe('Get your partner badges');
    }
  });
});

describe('toolkit', () => {
  it('the ZIP holds every asset the toolkit page offers, byte for byte, and a README', async () => {
    const { document } = await page(routes.toolkit);
    const links = document.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!);
    const zipLink = links.find((link) => link.endsWith('.zip'))!;
    const zip = unzipSync(new Uint8Array(await readFile(path.join(siteDir(), zipLink))));
    const offered = links.filter((link) => link !== zipLink);
    // Each asset of brand/brand.yaml as written, and as PNG and WebP 64, 128, 256 and 512 pixels wide.
    const renditions = (id: string) => [64, 128, 256, 512].flatMap((size) => [`/toolkit/${id}-${size}.png`, `/toolkit/${id}-${size}.webp`]);
    expect(offered.sort()).toEqual(
      demoBrandAssets()
        .flatMap((asset) => [`/toolkit/${asset.id}${path.extname(asset.file)}`, ...renditions(asset.id)])
        .sort(),
    );
    expect(Object.keys(zip).sort()).toEqual(['README.txt', ...offered.map((link) => nameInFolder('toolkit', link))].sort());
    for (const link of offered) expect(Buffer.from(zip[nameInFolder('toolkit', link)]!).equals(await readFile(path.join(siteDir(), link))), link).toBe(true);
    const readme = new TextDecoder().decode(zip['README.txt']);
    for (const colour of demoProgram().branding!.colors!) expect(readme).toContain(colour.hex);
    expect(readme).toContain('Boilerplate');
  });
});

describe('in Chromium', () => {
  const served = servedSite();

  it('every demo badge loads as an image', async () => {
    const context = await served.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${served.url()}/404.html`);
    const files = await allBadgeFiles();
    const sizes = await tab.evaluate(
      async (srcs) =>
        Promise.all(
          srcs.map(
            (src) =>
              new Promise<number>((resolve) => {
                const img = new Image();
                img.onload = () => resolve(img.naturalWidth);
                img.onerror = () => resolve(0);
                img.src = src;
              }),
          ),
        ),
      files,
    );
    expect(sizes.filter((width) => width === 0)).toEqual([]);
    await context.close();
  });

  it("a verify page checks each certification's date against the visitor's clock, and says so", async () => {
    // The page states facts with their own dates, never the build date (issue 16); the script
    // (src/scripts/verify-now.ts) tells a visitor whether they still hold today.
    const rowsOf = async (slug: string) =>
      (await page(routes.verify(slug))).document
        .querySelectorAll('main table tbody tr')
        .map((row) => row.querySelectorAll('td').map((cell) => cell.text.trim()));
    const firstWith = async (wanted: (rows: string[][]) => boolean) => {
      for (const partner of activeDemoPartners().sort(byName)) {
        const rows = await rowsOf(partner.slug);
        if (wanted(rows)) return { slug: partner.slug, rows };
      }
      throw new Error('no demo partner fits');
    };
    // A partner whose certifications are all valid at the build date, and one with one expiring or expired.
    const allValid = await firstWith((rows) => rows.length > 1 && rows.every((row) => row[3] === 'Valid'));
    const notAllValid = await firstWith((rows) => rows.some((row) => row[3] !== 'Valid'));
    const validUntil = (await page(routes.verify(allValid.slug))).document
      .querySelectorAll('main table tbody td:nth-child(3) time')
      .map((time) => time.getAttribute('datetime')!);
    const visit = async (now: string, slug = allValid.slug) => {
      const context = await served.browser().newContext({ timezoneId: 'UTC' });
      const tab = await context.newPage();
      await tab.clock.setFixedTime(new Date(`${now}T12:00:00Z`));
      await tab.goto(`${served.url()}${routes.verify(slug)}`);
      const note = await tab.waitForSelector('[data-clock-check]:not([hidden])');
      const seen = {
        note: await note.textContent(),
        statuses: await tab.$$eval('main table tbody tr td:nth-child(4)', (cells) => cells.map((cell) => cell.textContent)),
      };
      await context.close();
      return seen;
    };
    // The day after the build: nothing has changed.
    expect(await visit('2026-11-22')).toEqual({
      note: "Checked against your device's clock on November 22, 2026: every certification above is within its dates.",
      statuses: validUntil.map(() => 'Valid'),
    });
    // On the last "valid until" date, every one of them has expired (a certification holds until that day).
    const last = [...validUntil].sort().at(-1)!;
    expect(await visit(last)).toEqual({
      note: `Checked against your device's clock on ${english.date(last)}: ${validUntil.length} of the ${validUntil.length} certifications above have expired.`,
      statuses: validUntil.map(() => 'Expired'),
    });
    // A clock set before the build cannot make a certification look better than the build found it.
    expect((await visit('2020-01-01', notAllValid.slug)).statuses).toEqual(notAllValid.rows.map((row) => row[3]));
  });

  it('a copy button puts the snippet on the clipboard', async () => {
    const partner = activeDemoPartners()[0]!;
    const context = await served.browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(`${served.url()}${routes.partnerBadges(partner.slug)}`);
    const expected = await tab.textContent('pre[data-copy] code');
    await tab.click('button.copy');
    await tab.waitForSelector('.copy-status:text("Copied")');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await context.close();
  });
});
