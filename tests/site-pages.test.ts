// The built demo site, page by page: every entry has its page, profiles carry what the issue
// promises, nothing private is published, and the plumbing (sitemap, feed, robots, CSP) is there.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { DEMO_CONTENT, load, NOW } from './helpers/content-fixture.ts';
import { demoModel } from './helpers/demo-model.ts';
import { htmlPages, page, siteDir } from './helpers/site.ts';

const exists = (sitePath: string) => readFile(path.join(siteDir(), sitePath, 'index.html')).then(() => true, () => false);

describe('a page for every entry', () => {
  it('has a profile for every active partner and none for inactive or alumni partners', async () => {
    const model = await demoModel();
    expect(model.partners.filter((p) => p.status !== 'active').map((p) => p.status).sort()).toEqual(['alumni', 'inactive']);
    for (const partner of model.partners) expect(await exists(routes.partner(partner.slug)), partner.slug).toBe(partner.status === 'active');
    // Renamed partners' old URLs are redirect pages, not profiles.
    const redirects = new Set(model.partners.flatMap((p) => p.formerSlugs.map(routes.partner)));
    const profiles = (await htmlPages()).filter((p) => /^\/partners\/(?!page\/)[^/]+\/$/.test(p) && !redirects.has(p));
    expect(profiles).toHaveLength(model.activePartners.length);
    expect(redirects.size).toBeGreaterThan(0);
  });

  it('has a page for every tier, case study and news post', async () => {
    const model = await demoModel();
    const pages = await htmlPages();
    expect(pages.filter((p) => /^\/tiers\/[^/]+\/$/.test(p)).sort()).toEqual(model.tiers.map((t) => routes.tier(t.id)).sort());
    expect(pages.filter((p) => /^\/case-studies\/[^/]+\/$/.test(p)).sort()).toEqual(model.caseStudies.map((c) => c.path).sort());
    expect(pages.filter((p) => /^\/news\/[^/]+\/$/.test(p)).sort()).toEqual(model.news.map((n) => n.path).sort());
    for (const required of [routes.home, routes.directory, routes.tiers, routes.showcase, routes.program, routes.join, routes.faq, routes.news, '/404.html']) expect(pages, required).toContain(required);
  });
});

describe('the directory without JavaScript', () => {
  it('lists every active partner by name, with logo, name, tier, types and summary', async () => {
    const model = await demoModel();
    const { document } = await page(routes.directory);
    const cards = document.querySelectorAll('[data-list] > li');
    expect(cards.map((card) => card.getAttribute('data-slug'))).toEqual(model.activePartners.map((p) => p.slug));
    const first = model.activePartners[0]!;
    const card = cards[0]!;
    expect(card.querySelector('h3 a')!.text).toBe(first.name);
    expect(card.querySelector('.tag.tier')!.text).toBe(first.tier.name);
    expect(card.querySelectorAll('.tag:not(.tier)').map((tag) => tag.text)).toEqual(first.types.map((t) => t.name));
    expect(card.querySelector('.summary')!.text).toBe(first.summary);
    expect(card.querySelector('img')!.getAttribute('src')).toBe(first.logo.src);
  });

  it('renders the search form hidden (JavaScript reveals it) with a search input and facet counts from the data', async () => {
    const model = await demoModel();
    const { document } = await page(routes.directory);
    const form = document.querySelector('[data-filters]')!;
    expect(form.hasAttribute('hidden')).toBe(true);
    expect(form.querySelector('input[type=search]')).not.toBeNull();
    const goldCount = form.querySelector('[data-count="tier:gold"]')!.text;
    expect(Number(goldCount)).toBe(model.activePartners.filter((p) => p.tier.id === 'gold').length);
  });
});

describe('partner profiles', () => {
  it('show every field of the partner, with safe outbound links', async () => {
    const model = await demoModel();
    for (const partner of model.activePartners) {
      const { document, html } = await page(partner.path);
      expect(document.querySelector('h1')!.text).toBe(partner.name);
      const logo = document.querySelector('.profile-head img')!;
      expect(logo.getAttribute('src')).toMatch(/^\/logos\/[a-z0-9-]+-[0-9a-f]{10}\.webp$/);
      expect(Number(logo.getAttribute('width'))).toBe(partner.logo.width);
      expect(Number(logo.getAttribute('height'))).toBe(partner.logo.height);
      expect(document.querySelector('main svg')).toBeNull(); // never an inlined SVG
      for (const service of partner.services) expect(html).toContain(service.replace(/&/g, '&amp;'));
      for (const region of partner.regions) expect(html).toContain(region.name.replace(/&/g, '&amp;'));
      for (const cert of partner.certifications) expect(html).toContain(`<time datetime="${cert.expires}">`);
      for (const link of document.querySelectorAll('main a[href^="http"]')) {
        expect(link.getAttribute('rel')?.split(' ').sort(), link.getAttribute('href')).toEqual(['nofollow', 'noopener']);
      }
      if (partner.since) expect(html).toContain(`<time datetime="${partner.since}">`);
    }
  });

  it('carry schema.org Organization JSON-LD, OpenGraph, Twitter and canonical metadata', async () => {
    const model = await demoModel();
    const partner = model.activePartners[0]!;
    const { document } = await page(partner.path);
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: partner.name, url: partner.website });
    const canonical = `${model.program.site.url}${partner.path}`;
    expect(document.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(canonical);
    expect(document.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical);
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(partner.name);
    expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull();
  });

  it('show certifications with their status as of the build date', async () => {
    const model = await demoModel();
    const withExpired = model.activePartners.find((p) => p.certifications.some((c) => c.status === 'expired'))!;
    const { document } = await page(withExpired.path);
    // A current certification is shown as its badge (alt text names it); an expired one as plain text.
    const rows = document.querySelectorAll('[data-table="certifications"] tbody tr').map((row) => row.querySelectorAll('td').map((cell) => cell.text || (cell.querySelector('img')?.getAttribute('alt') ?? '')));
    expect(rows).toEqual(withExpired.certifications.map((c) => [c.status === 'expired' ? c.name : c.badge.description, c.earned, c.expires, { valid: 'valid', expiring: 'expiring soon', expired: 'expired' }[c.status]]));
    expect(document.querySelectorAll('[data-table="certifications"] tbody img').map((img) => img.getAttribute('src'))).toEqual(withExpired.certifications.filter((c) => c.status !== 'expired').map((c) => c.badgeFiles.light));
    expect(document.querySelector('[data-table="certifications"] th:last-child')!.text).toContain(NOW);
  });
});

describe('nothing private is published', () => {
  it('no private contact appears in any file of the site', async () => {
    const { content } = await load(DEMO_CONTENT, NOW);
    const secrets = content!.partners.flatMap((p) => p.contacts.filter((c) => c.visibility === 'private').map((c) => c.email!)).filter(Boolean);
    expect(secrets.length).toBeGreaterThan(30);
    const files = (await readdir(siteDir(), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !/\.(webp|png|pf_\w+)$/.test(e.name));
    for (const file of files) {
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file.name}`).toBe(false);
    }
  });
});

describe('program pages', () => {
  it('show one section per building block the program defines, and none for the rest', async () => {
    const model = await demoModel();
    const { document } = await page(routes.program);
    expect(document.querySelectorAll('main section h2').map((h) => h.text)).toEqual(model.programSections.map((s) => s.title));
    expect(model.programSections.map((s) => s.id)).toEqual(['partner-types', 'access', 'education', 'business', 'innovation', 'marketing', 'communications', 'events', 'support']);
  });

  it('compare tiers: benefits × tiers, requirements and fees', async () => {
    const model = await demoModel();
    const { document } = await page(routes.tiers);
    expect(document.querySelectorAll('thead th').slice(1).map((th) => th.text)).toEqual(model.tiers.map((t) => t.name));
    const feeRow = document.querySelectorAll('tbody tr').find((row) => row.querySelector('th')!.text === 'Fee')!;
    expect(feeRow.querySelectorAll('td').map((td) => td.text)).toEqual(['Free', 'Free', '$2,500 a year', '$10,000 a year']);
  });
});

describe('plumbing', () => {
  it('lists every page but the 404 in the sitemap, and names the sitemap in robots.txt', async () => {
    const model = await demoModel();
    const sitemap = await readFile(path.join(siteDir(), 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(model.program.site.url, '')).sort();
    const redirects = new Set(model.partners.flatMap((p) => p.formerSlugs.flatMap((slug) => [routes.partner(slug), routes.verify(slug)])));
    const pages = (await htmlPages()).filter((p) => p !== '/404.html' && !redirects.has(p)).sort();
    expect(urls).toEqual(pages);
    expect(await readFile(path.join(siteDir(), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${model.program.site.url}${routes.sitemap}`);
  });

  it('publishes a well-formed news feed with one item per post', async () => {
    const model = await demoModel();
    const xml = await readFile(path.join(siteDir(), routes.newsRss), 'utf8');
    let items = 0;
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => (items += tag.name === 'item' ? 1 : 0));
    parser.write(xml).close();
    expect(items).toBe(model.news.length);
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
