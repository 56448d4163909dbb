// The built demo site, page by page: every entry has its page, profiles carry what the partner
// files say, nothing private is published, and the plumbing (sitemap, feed, robots, CSP) is there.
// What to expect is read from content/ itself (helpers/demo-content.ts), not from the model; how
// pages show statuses, fees and scores is checked on a small scenario (site-scenario.test.ts).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { activeDemoPartners, byName, demoFileNames, demoPartners, demoProgram } from './helpers/demo-content.ts';
import { readPdf } from './helpers/pdf.ts';
import { htmlPages, page, siteDir } from './helpers/site.ts';

const exists = (sitePath: string) =>
  readFile(path.join(siteDir(), sitePath, 'index.html')).then(
    () => true,
    () => false,
  );
const html = (text: string) => text.replace(/&/g, '&amp;');
/** Old addresses of renamed partners: redirect pages, not profiles. */
const formerPaths = () => new Set(demoPartners().flatMap((p) => p.formerSlugs.flatMap((slug) => [routes.partner(slug), routes.verify(slug)])));

describe('a page for every entry', () => {
  it('has a profile for every active partner and none for inactive or alumni partners', async () => {
    const partners = demoPartners();
    // The demo has a partner of every status, and a renamed one, so each rule below is exercised.
    expect(new Set(partners.map((p) => p.status))).toEqual(new Set(['active', 'inactive', 'alumni']));
    expect(formerPaths().size).toBeGreaterThan(0);
    for (const partner of partners) expect(await exists(routes.partner(partner.slug)), partner.slug).toBe(partner.status === 'active');
    const profiles = (await htmlPages()).filter((p) => /^\/partners\/(?!page\/)[^/]+\/$/.test(p) && !formerPaths().has(p));
    expect(profiles.sort()).toEqual(
      activeDemoPartners()
        .map((p) => routes.partner(p.slug))
        .sort(),
    );
  });

  it('has a page for every tier, case study and news post', async () => {
    const pages = await htmlPages();
    expect(pages.filter((p) => /^\/tiers\/[^/]+\/$/.test(p)).sort()).toEqual(
      demoProgram()
        .tiers.map((t) => routes.tier(t.id))
        .sort(),
    );
    expect(pages.filter((p) => /^\/case-studies\/[^/]+\/$/.test(p)).sort()).toEqual(demoFileNames('case-studies', /\.mdx$/).map(routes.caseStudy));
    expect(pages.filter((p) => /^\/news\/[^/]+\/$/.test(p)).sort()).toEqual(demoFileNames('news', /\.mdx?$/).map(routes.newsPost));
    for (const required of [
      routes.home,
      routes.directory,
      routes.tiers,
      routes.showcase,
      routes.program,
      routes.join,
      routes.faq,
      routes.guide,
      routes.news,
      '/404.html',
    ])
      expect(pages, required).toContain(required);
  });
});

describe('the program guide', () => {
  it('is a page and a PDF with every tier of the demo program', async () => {
    const tiers = demoProgram().tiers;
    const { document } = await page(routes.guide);
    expect(document.querySelectorAll('[data-tier]').map((section) => section.getAttribute('data-tier'))).toEqual(tiers.map((tier) => tier.id));
    const pdf = await readPdf(await readFile(path.join(siteDir(), routes.guidePdf)));
    expect(pdf.outline.find((entry) => entry.title === 'Tiers')!.items.map((entry) => entry.title)).toEqual(tiers.map((tier) => tier.name));
  });
});

describe('the directory without JavaScript', () => {
  it('lists every active partner and no other, by name, over its pages', async () => {
    const pages = (await htmlPages()).filter((p) => p === routes.directory || /^\/partners\/page\/\d+\/$/.test(p));
    const pageNumber = (p: string) => Number(/\d+/.exec(p)?.[0] ?? 1);
    const slugs: string[] = [];
    for (const sitePath of pages.sort((a, b) => pageNumber(a) - pageNumber(b))) {
      slugs.push(...(await page(sitePath)).document.querySelectorAll('[data-list] > li').map((card) => card.getAttribute('data-slug')!));
    }
    expect(slugs).toEqual(
      activeDemoPartners()
        .sort(byName)
        .map((p) => p.slug),
    );
  });

  it("shows each partner's logo, name, tier, types and summary on its card", async () => {
    const program = demoProgram();
    const nameOf = (terms: Array<{ id: string; name: string }>, id: string) => terms.find((term) => term.id === id)!.name;
    const { document } = await page(routes.directory);
    for (const card of document.querySelectorAll('[data-list] > li')) {
      const partner = activeDemoPartners().find((p) => p.slug === card.getAttribute('data-slug'))!;
      expect(card.querySelector('h3 a')!.text).toBe(partner.name);
      expect(card.querySelector('.tag.tier')!.text).toBe(nameOf(program.tiers, partner.tier));
      expect(card.querySelectorAll('.tag:not(.tier)').map((tag) => tag.text)).toEqual(partner.types.map((type) => nameOf(program.partnerTypes, type)));
      expect(card.querySelector('.summary')!.text).toBe(partner.summary);
      const logo = card.querySelector('img')!.getAttribute('src')!;
      expect(logo).toMatch(new RegExp(`^/logos/${partner.slug}-[0-9a-f]{10}\\.webp$`));
      await expect(readFile(path.join(siteDir(), logo))).resolves.toBeInstanceOf(Buffer);
    }
  });

  it('renders the filters at build time, each value a link to its facet page, with counts from the data in their own file', async () => {
    const { document } = await page(routes.directory);
    // The search box and sort are there from the start (shown only with scripting), so nothing moves when the script runs.
    expect(document.querySelector('[data-search] input[type=search]')).not.toBeNull();
    expect(document.querySelector('[data-search]')!.closest('[data-js-only]')).not.toBeNull();
    const facets = document.querySelector('[data-facets]')!;
    expect(facets.hasAttribute('hidden')).toBe(false);
    const counts = JSON.parse(await readFile(path.join(siteDir(), routes.directoryFilterCounts), 'utf8')) as Record<string, Record<string, number>>;
    for (const tier of demoProgram().tiers) {
      const count = activeDemoPartners().filter((p) => p.tier === tier.id).length;
      // A value no active partner has is left out, of the filters, the counts and the facet pages.
      const option = facets.querySelector(`a[data-facet="tier"][data-value="${tier.id}"]`);
      expect(option !== null, tier.id).toBe(count > 0);
      if (option) {
        expect(option.getAttribute('href'), tier.id).toBe(routes.directoryFacet('tier', tier.id));
        expect(option.querySelector(`[data-count="tier:${tier.id}"]`)!.text, tier.id).toBe('');
        const facetPage = (await page(routes.directoryFacet('tier', tier.id))).document;
        expect(facetPage.querySelectorAll('[data-list] > li').length, tier.id).toBe(Math.min(count, 48));
      }
      expect(counts.tier?.[tier.id] ?? 0, tier.id).toBe(count);
    }
  });
});

describe('partner profiles', () => {
  it('show every field of the partner file, a logo at its real size, and safe outbound links', async () => {
    const regions = new Map(demoProgram().vocabularies.regions.map((region) => [region.id, region.name]));
    for (const partner of activeDemoPartners()) {
      const { document, html: text } = await page(routes.partner(partner.slug));
      expect(document.querySelector('h1')!.text).toBe(partner.name);
      const logo = document.querySelector('.profile-head img')!;
      expect(logo.getAttribute('src')).toMatch(/^\/logos\/[a-z0-9-]+-[0-9a-f]{10}\.webp$/);
      const file = await sharp(path.join(siteDir(), logo.getAttribute('src')!)).metadata();
      expect([Number(logo.getAttribute('width')), Number(logo.getAttribute('height'))], partner.slug).toEqual([file.width, file.height]);
      expect(document.querySelector('main svg')).toBeNull(); // never an inlined SVG
      for (const service of partner.services) expect(text).toContain(html(service));
      for (const region of partner.regions) expect(text).toContain(html(regions.get(region)!));
      expect(document.querySelectorAll('[data-table="certifications"] tbody tr')).toHaveLength(partner.certifications.length);
      for (const cert of partner.certifications) {
        expect(text).toContain(`<time datetime="${cert.earned}">`);
        if (cert.expires) expect(text).toContain(`<time datetime="${cert.expires}">`);
      }
      for (const link of document.querySelectorAll('main a[href^="http"]')) {
        expect(link.getAttribute('rel')?.split(' ').sort(), link.getAttribute('href')).toEqual(['nofollow', 'noopener']);
      }
      if (partner.since) expect(text).toContain(`<time datetime="${partner.since}">`);
    }
  });

  it('carry schema.org Organization JSON-LD, OpenGraph, Twitter and canonical metadata', async () => {
    const site = demoProgram().site.url;
    for (const partner of activeDemoPartners()) {
      const { document } = await page(routes.partner(partner.slug));
      const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.text);
      expect(jsonLd, partner.slug).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: partner.name, url: partner.website });
      const canonical = `${site}${routes.partner(partner.slug)}`;
      expect(document.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(canonical);
      expect(document.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical);
      expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(partner.name);
      expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull();
    }
  });
});

describe('certified people', () => {
  it('a profile and the API give how many people hold each certification, not who', async () => {
    // content/partners/acorn-ledger.yaml: two API developers and three solutions architects, all
    // earned within the 24 months of validity before the build date, 2026-11-21.
    const { document } = await page(routes.partner('acorn-ledger'));
    expect(document.querySelectorAll('[data-certified-people] li').map((li) => li.text)).toEqual([
      'Quillstack API Developer 2 people',
      'Quillstack Solutions Architect 3 people',
    ]);
    const api = JSON.parse(await readFile(path.join(siteDir(), routes.apiV1('partner', 'acorn-ledger')), 'utf8'));
    expect(api.certifiedPeople).toEqual([
      { certification: 'api-developer', name: 'Quillstack API Developer', people: 2 },
      { certification: 'solutions-architect', name: 'Quillstack Solutions Architect', people: 3 },
    ]);
  });
});

describe('nothing private is published', () => {
  it("no private contact or certified person's name appears in any file of the site", async () => {
    const secrets = demoPartners()
      .flatMap((p) => [...p.contacts.filter((c) => c.visibility === 'private').map((c) => c.email!), ...p.certifiedPeople.map((person) => person.name!)])
      .filter(Boolean);
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets).toContain('Mira Castellane'); // a certified person's name in content/partners/acorn-ledger.yaml
    const files = (await readdir(siteDir(), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !/\.(webp|png|pf_\w+)$/.test(e.name));
    for (const file of files) {
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file.name}`).toBe(false);
    }
  });
});

describe('program pages', () => {
  it('show one section per building block program.yaml defines, in order', async () => {
    const program = demoProgram();
    // The blocks the program page shows, in its order, with their headings.
    const blocks = [
      ['partnerTypes', 'Partner types'],
      ['access', 'Access'],
      ['education', 'Education'],
      ['business', 'Business'],
      ['innovation', 'Innovation'],
      ['marketing', 'Marketing'],
      ['communications', 'Communications'],
      ['events', 'Events'],
      ['support', 'Support'],
    ];
    const { document } = await page(routes.program);
    expect(document.querySelectorAll('main section h2').map((h) => h.text)).toEqual(
      blocks.filter(([key]) => program[key!] !== undefined).map(([, title]) => title),
    );
  });

  it("compare tiers: a pricing card per tier, then a table per track of program.yaml, one column per tier of the track's ladder", async () => {
    const { document } = await page(routes.tiers);
    const program = demoProgram();
    const tierName = (id: string) => program.tiers.find((tier) => tier.id === id)!.name;
    const tracks = program.tracks ?? [];
    expect(tracks.length).toBeGreaterThan(1);
    const tables = document.querySelectorAll('main table');
    expect(
      tables.map((table) => [
        table.querySelector('caption')!.text,
        table
          .querySelectorAll('thead th')
          .slice(1)
          .map((th) => th.querySelector('a')!.text.trim()),
      ]),
    ).toEqual(tracks.map((track) => [`${track.name}: benefits by tier`, track.tiers.map(tierName)]));
    // Each track's pricing cards come before its table, one per tier, in the track's order.
    expect(
      document.querySelectorAll('.tier-ladder').map((ladder) => ladder.querySelectorAll('.pricing-card').map((card) => card.getAttribute('data-tier'))),
    ).toEqual(tracks.map((track) => track.tiers));
  });
});

describe('plumbing', () => {
  it('lists every page but the 404 and redirects in the sitemap, and names the sitemap in robots.txt', async () => {
    const site = demoProgram().site.url;
    const sitemap = await readFile(path.join(siteDir(), 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(site, '')).sort();
    const pages = (await htmlPages()).filter((p) => p !== '/404.html' && !formerPaths().has(p)).sort();
    expect(urls).toEqual(pages);
    expect(await readFile(path.join(siteDir(), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${routes.sitemap}`);
  });

  it('publishes a well-formed news feed with one item per post', async () => {
    const xml = await readFile(path.join(siteDir(), routes.newsRss), 'utf8');
    let items = 0;
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => (items += tag.name === 'item' ? 1 : 0));
    parser.write(xml).close();
    expect(items).toBe(demoFileNames('news', /\.mdx?$/).length);
  });

  it('sends a strict Content-Security-Policy on every page, with no inline script to allow', async () => {
    for (const sitePath of await htmlPages()) {
      const { document } = await page(sitePath);
      const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, sitePath).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(csp).not.toContain('unsafe-inline');
      for (const script of document.querySelectorAll('script')) {
        expect(script.hasAttribute('src') || script.getAttribute('type') === 'application/ld+json', `${sitePath}: inline script`).toBe(true);
      }
      expect(document.querySelectorAll('[style]'), `${sitePath}: inline style attribute`).toHaveLength(0);
    }
  });
});
