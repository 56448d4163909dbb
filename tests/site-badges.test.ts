// The demo's badges, verify pages, embed snippets and toolkit, as built: well-formed SVG that
// refers to nothing outside itself, text that fits (measured by a real SVG renderer), snippets
// with the right URLs, a ZIP with every asset, and copy buttons that work in Chromium.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { nameInFolder, routes } from '../src/routes.ts';
import { NOW } from './helpers/content-fixture.ts';
import { demoModel } from './helpers/demo-model.ts';
import { RESVG_FONTS } from './helpers/fonts.ts';
import { servedSite } from './helpers/served-site.ts';
import { page, siteDir } from './helpers/site.ts';

const read = (sitePath: string) => readFile(path.join(siteDir(), sitePath), 'utf8');

async function allBadgeFiles() {
  const model = await demoModel();
  return model.partners.flatMap((p) => [p.badgeFiles.light, p.badgeFiles.dark, p.badgeFiles.named, p.badgeFiles.namedDark, ...p.certifications.flatMap((c) => [c.badgeFiles.light, c.badgeFiles.dark])]);
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
    if (tag.name === 'rect' && stack.includes('g') && a.width && a.fill && !a.fill.startsWith('url(')) parsed.rects.push({ x: Number(a.x ?? 0), width: Number(a.width) });
    if (tag.name === 'text' && !hidden) text = { x: Number(a.x) / 10, textLength: Number(a.textLength) / 10, text: '' };
  });
  parser.on('text', (value) => {
    if (text) text.text += value;
    if (stack.at(-1) === 'title') parsed.title += value;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'text' && text) parsed.texts.push(text), (text = undefined);
    if ((tag.attributes as Record<string, string>)['aria-hidden'] === 'true') hidden--;
  });
  parser.write(svg).close();
  return parsed;
}

describe('every badge of every demo partner', () => {
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

  it('reads right for active, expiring, expired and revoked partners as of the build date', async () => {
    const model = await demoModel();
    const title = async (file: string) => parseBadge(await read(file)).title;
    const active = model.activePartners.find((p) => p.tier.id === 'platinum')!;
    expect(await title(active.badgeFiles.light)).toBe(`${active.name} is a Platinum partner of ${model.program.name} (as of ${NOW})`);
    const alumni = model.partners.find((p) => p.status === 'alumni')!;
    const alumniSvg = await read(alumni.badgeFiles.light);
    expect(alumniSvg).toContain('former partner');
    expect(alumniSvg).not.toContain(alumni.tier.name);
    const inactive = model.partners.find((p) => p.status === 'inactive')!;
    expect(await read(inactive.badgeFiles.light)).toContain('partnership inactive');
    const expired = model.activePartners.flatMap((p) => p.certifications.map((c) => ({ p, c }))).find(({ c }) => c.status === 'expired')!;
    expect(await read(expired.c.badgeFiles.light)).toContain(`expired ${expired.c.expires}`);
    expect(JSON.parse(await read(expired.c.badgeFiles.json))).toMatchObject({ message: `expired ${expired.c.expires}`, isError: true });
    expect(JSON.parse(await read(active.badgeFiles.json))).toMatchObject({ schemaVersion: 1, label: model.program.name, message: 'Platinum partner', isError: false });
  });
});

describe('verify pages', () => {
  it('exist for every partner, former partners included, and state the status as of the build date', async () => {
    const model = await demoModel();
    for (const partner of model.partners) {
      const { document } = await page(partner.verifyPath);
      const verdict = document.querySelector('.verdict')!.text;
      expect(verdict, partner.slug).toContain(NOW);
      if (partner.status === 'active') expect(verdict).toContain(`Current ${partner.tier.name} partner`);
      else expect(verdict).not.toContain(partner.tier.name);
      for (const cert of partner.certifications) expect(document.querySelector('main')!.text).toContain(cert.expires);
    }
  });
});

describe('embed snippets', () => {
  it('on the badge page and the profile, link the served badge to its verify page', async () => {
    const model = await demoModel();
    const site = model.program.site.url;
    for (const partner of model.activePartners.slice(0, 10)) {
      for (const sitePath of [routes.partnerBadges(partner.slug), partner.path]) {
        const { document } = await page(sitePath);
        const html = document.querySelector('pre[data-copy] code')!.text;
        expect(html, sitePath).toBe(`<a href="${site}${partner.verifyPath}"><img src="${site}${partner.badgeFiles.light}" alt="${model.program.name} partner badge for ${partner.name.replace(/&/g, '&amp;')}" width="${parseBadge(await read(partner.badgeFiles.light)).width}" height="20"></a>`);
        const snippets = document.querySelectorAll('pre[data-copy] code').map((code) => code.text);
        expect(snippets.slice(1, 4).every((snippet) => snippet.includes(`${site}${partner.badgeFiles.light}`) && snippet.includes(`${site}${partner.verifyPath}`))).toBe(true);
      }
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
    expect(offered.length).toBeGreaterThanOrEqual(3 * 9);
    expect(Object.keys(zip).sort()).toEqual(['README.txt', ...offered.map((link) => nameInFolder('toolkit', link))].sort());
    for (const link of offered) expect(Buffer.from(zip[nameInFolder('toolkit', link)]!).equals(await readFile(path.join(siteDir(), link))), link).toBe(true);
    const readme = new TextDecoder().decode(zip['README.txt']);
    expect(readme).toContain('#3346d3');
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
    const sizes = await tab.evaluate(async (srcs) => Promise.all(srcs.map((src) => new Promise<number>((resolve) => {
      const img = new Image();
      img.onload = () => resolve(img.naturalWidth);
      img.onerror = () => resolve(0);
      img.src = src;
    }))), files);
    expect(sizes.filter((width) => width === 0)).toEqual([]);
    await context.close();
  });

  it('a copy button puts the snippet on the clipboard', async () => {
    const model = await demoModel();
    const partner = model.activePartners[0]!;
    const context = await served.browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(`${served.url()}${partner.path}badge/`);
    const expected = await tab.textContent('pre[data-copy] code');
    await tab.click('button.copy');
    await tab.waitForSelector('.copy-status:text("Copied")');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await context.close();
  });
});
