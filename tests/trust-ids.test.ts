// Names and ids that could collide: former slugs that take a route word or another partner's
// address, brand asset ids that take a rendition's file name, .md/.mdx twins, dates the API cannot
// write, and lists or texts long enough to blow a page up.
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatText } from '../src/loader/format-problems.ts';
import type { Problem } from '../src/loader/problem.ts';
import { buildModel } from '../src/model/build-model.ts';
import { partnerDetail } from '../src/render/api-v1.ts';
import { DIRECTORY_FACET_WORDS, PARTNER_FOLDER_WORDS, RESERVED_SLUGS } from '../src/routes.ts';
import { RENDITION_FORMATS, RENDITION_SIZES, toolkitOriginalPath, toolkitRenditionPath } from '../src/shared/toolkit-paths.ts';
import { copyOfDemo, editFile, load, NOW, PROJECT_ROOT, positionOf, readContentFile, writeContentFile } from './helpers/content-fixture.ts';
import { demoBrandAssets } from './helpers/demo-content.ts';
import { siteDir } from './helpers/site.ts';

const printed = (root: string, problems: Problem[]) => problems.map((problem) => formatText({ ...problem, file: path.relative(root, problem.file) }));
const at = (text: string, needle: string, from = 0) => `${positionOf(text, needle, from).line}:${positionOf(text, needle, from).column}`;
const FORMER_FIX = 'remove it: former slugs are the file names this partner had before';

describe('former slugs', () => {
  it("refuses a word the site uses for its own pages, and the partner's own slug", async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t.replace('featured: true', 'featured: true\nformerSlugs: [join, page, acorn-ledger]'),
    );
    const line = positionOf(text, 'formerSlugs').line;
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${line}:15 error partners/acorn-ledger › formerSlugs[0]: "join" is a word the site uses for its own pages, not a former slug → ${FORMER_FIX}`,
      `partners/acorn-ledger.yaml:${line}:21 error partners/acorn-ledger › formerSlugs[1]: "page" is a word the site uses for its own pages, not a former slug → ${FORMER_FIX}`,
      `partners/acorn-ledger.yaml:${line}:27 error partners/acorn-ledger › formerSlugs[2]: "acorn-ledger" is this partner's own slug → ${FORMER_FIX}`,
    ]);
  });

  it('blames the squatter, not the real partner that arrives later', async () => {
    const root = await copyOfDemo();
    const squatter = await editFile(root, 'partners/cinderpeak.yaml', (t) => `${t}formerSlugs: [nimbus-pay]\n`);
    expect((await load(root)).problems).toEqual([]); // a free address may be kept
    const realPartner = (await readContentFile(root, 'partners/acorn-ledger.yaml'))
      .replace('name: "Acorn Ledger"', 'name: "Nimbus Pay"')
      .replace('https://acorn-ledger.example', 'https://nimbus-pay.example');
    await writeContentFile(root, 'partners/nimbus-pay.yaml', realPartner);
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/cinderpeak.yaml:${at(squatter, 'nimbus-pay')} error partners/cinderpeak › formerSlugs[0]: "nimbus-pay" is the slug of a current partner (partners/nimbus-pay.yaml) → remove it: a former slug cannot take the address of a current partner`,
    ]);
  });

  it('refuses a former slug two partners claim, at both, each naming the other', async () => {
    const root = await copyOfDemo();
    // brightwave-studio.yaml really was "brightwave"; acorn-ledger.yaml claims it too.
    const claimant = await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('featured: true', 'featured: true\nformerSlugs: [brightwave]'));
    const owner = await readContentFile(root, 'partners/brightwave-studio.yaml');
    const fix = 'an old address can lead to one partner only: remove it from the file of the partner that never had it';
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(claimant, 'brightwave')} error partners/acorn-ledger › formerSlugs[0]: "brightwave" is also a former slug of partners/brightwave-studio.yaml → ${fix}`,
      `partners/brightwave-studio.yaml:${at(owner, 'brightwave]')} error partners/brightwave-studio › formerSlugs[0]: "brightwave" is also a former slug of partners/acorn-ledger.yaml → ${fix}`,
    ]);
  });

  it("knows every word src/pages/ uses, and refuses it as a partner's file name", async () => {
    const route = (name: string) => name.replace(/\.(astro|ts)$/, '').replace(/\.(json|xml|csv|txt|css|pdf)$/, '');
    const fixed = (names: string[]) =>
      names
        .filter((name) => !name.startsWith('['))
        .map(route)
        .sort();
    const pages = path.join(PROJECT_ROOT, 'src/pages');
    const optional = path.join(PROJECT_ROOT, 'src/optional-pages');
    const internal = path.join(PROJECT_ROOT, 'src/internal-pages');
    for (const word of fixed([...(await readdir(pages)), ...(await readdir(optional)), ...(await readdir(internal))]))
      if (word !== 'index') expect(RESERVED_SLUGS.has(word), word).toBe(true);
    expect([...PARTNER_FOLDER_WORDS].sort()).toEqual([...new Set(fixed(await readdir(path.join(pages, 'partners'))))]);
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'partners/page.yaml',
      (await readContentFile(root, 'partners/acorn-ledger.yaml'))
        .replaceAll('Acorn Ledger', 'Page Takeover')
        .replaceAll('acorn-ledger.example', 'page-takeover.example'),
    );
    expect(printed(root, (await load(root)).problems)).toEqual([
      'partners/page.yaml:1:1 error partners/page: the file name "page.yaml" is a word the site uses for its own pages → rename it after the company, e.g. page-company.yaml: the file name becomes the page\'s URL',
    ]);
  });

  it("refuses a directory facet key as a partner's or an app's file name: /partners/region/… and /apps/pricing/… are the facet pages", async () => {
    expect([...DIRECTORY_FACET_WORDS].every((word) => RESERVED_SLUGS.has(word))).toBe(true);
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'partners/region.yaml',
      (await readContentFile(root, 'partners/acorn-ledger.yaml'))
        .replaceAll('Acorn Ledger', 'Region Takeover')
        .replaceAll('acorn-ledger.example', 'region-takeover.example'),
    );
    await writeContentFile(root, 'apps/pricing.yaml', (await readContentFile(root, 'apps/ledgerlink.yaml')).replaceAll('LedgerLink', 'Pricing Takeover'));
    const problems = printed(root, (await load(root)).problems);
    expect(problems).toContain(
      'partners/region.yaml:1:1 error partners/region: the file name "region.yaml" is a word the site uses for its own pages → rename it after the company, e.g. region-company.yaml: the file name becomes the page\'s URL',
    );
    expect(problems).toContain(
      'apps/pricing.yaml:1:1 error apps/pricing: the file name "pricing.yaml" is a word the site uses for its own pages → rename it after the company, e.g. pricing-company.yaml: the file name becomes the page\'s URL',
    );
  });
});

describe('generated file names', () => {
  it("refuses a brand asset id that takes the name of another asset's rendition", async () => {
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'brand/mark-small.png',
      await sharp({ create: { width: 128, height: 128, channels: 4, background: '#3346d3' } })
        .png()
        .toBuffer(),
    );
    const text = await editFile(
      root,
      'brand/brand.yaml',
      (t) => `${t}  - id: mark-light-64\n    title: Small mark\n    file: brand/mark-small.png\n    kind: icon\n`,
    );
    expect(printed(root, (await load(root)).problems)).toEqual([
      `brand/brand.yaml:${at(text, 'mark-light-64')} error brand › assets[mark-light-64].id: the id "mark-light-64" would publish this file as /toolkit/mark-light-64.png, the name of the 64-pixel PNG of "mark-light" → choose an id that does not end in -64: the toolkit adds -64, -128, -256, -512 to "mark-light" for its sizes`,
    ]);
  });

  it('checks the names the build really writes', async () => {
    // Every brand asset of the demo, as the built toolkit publishes it.
    const assets = demoBrandAssets();
    expect(assets.length).toBeGreaterThan(0);
    for (const { id, file } of assets) {
      const published = [
        toolkitOriginalPath(id, file),
        ...RENDITION_SIZES.flatMap((size) => RENDITION_FORMATS.map((format) => toolkitRenditionPath(id, size, format))),
      ];
      expect(published).toContain(`/toolkit/${id}-64.png`);
      for (const name of published) await expect(access(path.join(siteDir(), name)), name).resolves.toBeUndefined();
    }
  });

  it('refuses x.md and x.mdx twins in news, which would be the same page', async () => {
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'news/new-platinum-partners.mdx',
      (await readContentFile(root, 'news/new-platinum-partners.md')).replace('Five partners', 'Six partners'),
    );
    const fix = 'keep one of them: delete the other, or rename it';
    const { problems, content, filesChecked } = await load(root);
    expect(content).toBeUndefined();
    expect(printed(root, problems)).toEqual([
      `news/new-platinum-partners.md:1:1 error news/new-platinum-partners.md: "new-platinum-partners.mdx" has the same name, so both would be the page /news/new-platinum-partners/ → ${fix}`,
      `news/new-platinum-partners.mdx:1:1 error news/new-platinum-partners.mdx: "new-platinum-partners.md" has the same name, so both would be the page /news/new-platinum-partners/ → ${fix}`,
    ]);
    expect(filesChecked).toBe((await load(`${PROJECT_ROOT}/content`)).filesChecked + 1);
  });
});

describe('dates', () => {
  it('refuses dates outside 1900–2100 in every kind of file (9999-12-31 broke the API)', async () => {
    const root = await copyOfDemo();
    const partner = await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t.replace('earned: 2025-01-10', 'earned: 9999-12-31').replace('since: 2024-09-15', 'since: 1899-12-31'),
    );
    const news = await editFile(root, 'news/new-platinum-partners.md', (t) => t.replace('published: 2026-05-14', 'published: 2101-01-01'));
    const ledger = await editFile(root, 'activity/acorn-ledger.yaml', (t) => t.replace('date: 2026-01-27', 'date: 0001-01-01'));
    const range = 'is not between 1900-01-01 and 2100-12-31 → check the year';
    expect(printed(root, (await load(root)).problems)).toEqual([
      `activity/acorn-ledger.yaml:${at(ledger, '0001-01-01')} error activity/acorn-ledger › entries[0].date: "0001-01-01" ${range}`,
      `news/new-platinum-partners.md:${at(news, '2101-01-01')} error news/new-platinum-partners › published: "2101-01-01" ${range}`,
      `partners/acorn-ledger.yaml:${at(partner, '9999-12-31')} error partners/acorn-ledger › certifications[api-developer].earned: "9999-12-31" ${range}`,
      `partners/acorn-ledger.yaml:${at(partner, '1899-12-31')} error partners/acorn-ledger › since: "1899-12-31" ${range}`,
    ]);
  });

  it('accepts the last day allowed, and the API can write what it leads to', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('earned: 2025-01-10', 'earned: 2100-12-31'));
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    const { model } = await buildModel(content!, { today: NOW });
    const partner = model.partners.find((candidate) => candidate.slug === 'acorn-ledger')!;
    const detail = partnerDetail(partner, model, (sitePath) => `https://partners.example${sitePath}`);
    expect(detail.certifications.find((certification) => certification.id === 'api-developer')).toMatchObject({ earned: '2100-12-31', expires: '2102-12-31' });
  });
});

describe('list and text sizes', () => {
  it('refuses a term list repeated 20,000 times in two lines, not 20,000', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t.replace('regions: [north-america]', `regions: [${Array(20_000).fill('north-america').join(', ')}]`),
    );
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(text, '[north-america,')} error partners/acorn-ledger › regions: "regions" has 20000 items; the limit is 50 → remove 19950 of them`,
      `partners/acorn-ledger.yaml:${at(text, 'north-america', text.indexOf('regions: [north-america') + 'regions: [north-america'.length)} error partners/acorn-ledger › regions[1]: the region "north-america" is listed 20000 times (first at regions[0]) → remove the repeats`,
    ]);
  });

  it('refuses repeated items, text compared as names are', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t
        .replace('  - Managed hosting', '  - Managed hosting\n  - "mobile  APPS"')
        .replace('  - id: solutions-architect\n    earned: 2025-09-01', '  - id: api-developer\n    earned: 2025-09-01')
        .replace(
          'links:\n  - label: Documentation\n    url: https://docs.acorn-ledger.example',
          'links:\n  - label: Documentation\n    url: https://docs.acorn-ledger.example\n  - label: Docs\n    url: https://docs.acorn-ledger.example',
        ),
    );
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(text, '"mobile')} error partners/acorn-ledger › services[4]: the service "mobile  APPS" is listed twice (first at services[1]) → remove the repeat`,
      `partners/acorn-ledger.yaml:${at(text, 'api-developer', text.indexOf('earned: 2025-01-10'))} error partners/acorn-ledger › certifications[api-developer].id: the certification id "api-developer" is used twice (first at certifications[0]) → remove the repeat: the company holds each certification once; to count the people who hold it, list each of them under certifiedPeople`,
      `partners/acorn-ledger.yaml:${at(text, 'https://docs', text.indexOf('label: Docs'))} error partners/acorn-ledger › links[1].url: the link url "https://docs.acorn-ledger.example" is used twice (first at links[0]) → remove the repeat, or tell them apart`,
    ]);
  });

  it('gives every list of every content schema a maximum, and every free text a maximum length', async () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'array' && (typeof schema.maxItems !== 'number' || schema.uniqueItems !== true)) unbounded.push(`${where} (list)`);
      // Strings without a maximum must be one of a few values, or held to a pattern that cannot repeat (dates, colours, codes).
      const bounded =
        typeof schema.maxLength === 'number' || Array.isArray(schema.enum) || (typeof schema.pattern === 'string' && !/[*+]/.test(schema.pattern));
      if (schema.type === 'string' && !bounded) unbounded.push(`${where} (text)`);
      for (const [key, child] of Object.entries(schema)) walk(child, `${where}.${key}`);
    };
    const folder = path.join(PROJECT_ROOT, 'schemas/json');
    for (const file of await readdir(folder)) walk(JSON.parse(await readFile(path.join(folder, file), 'utf8')), file);
    expect(unbounded).toEqual([]);
  });
});
