// A small program built with Astro, to see the organisation, the dark logo, partners' headquarters,
// languages and founding year, and case studies' and news posts' customer logos and cover images
// where readers and other systems see them: pages, directory filters, the CSV and the API. The
// program states everything the expectations follow from.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { SCENARIO_LOGO, writeScenario } from './helpers/scenario.ts';
import { page } from './helpers/site.ts';

const COVER_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90"><rect width="160" height="90" fill="#0f7a5f"/></svg>\n';
const DARK_MARK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><rect width="64" height="64" fill="#ffffff"/></svg>\n';

const SCENARIO = {
  program: {
    name: 'Example Partner Network',
    organization: { name: 'Example Ltd', website: 'https://example.example' },
    site: { url: 'https://partners.example', logo: 'brand/mark.svg', logoDark: 'brand/mark-dark.svg' },
    vocabularies: { industries: [{ id: 'retail', name: 'Retail' }] },
    // The public /activity/ page, which speaks of the company, exists only when the program publishes its totals.
    reciprocity: { publish: { totals: true } },
  },
  // Three partnerships took part: fewer, and the public site leaves the totals out (src/model/audience.ts).
  activity: {
    'acme-cloud': [{ date: '2026-10-01', type: 'blog-post', by: 'platform', title: 'A post about Acme' }],
    'beta-labs': [{ date: '2026-10-02', type: 'blog-post', by: 'partner', title: 'A post by Beta' }],
    'cobalt-works': [{ date: '2026-10-03', type: 'blog-post', by: 'partner', title: 'A post by Cobalt' }],
  },
  partners: {
    'acme-cloud': { name: 'Acme Cloud', headquarters: 'GB', languages: ['en', 'de'], founded: 2012 },
    'beta-labs': { name: 'Beta Labs', headquarters: 'DE', languages: ['de'] },
    // Says nothing of either: it counts in no headquarters or language filter.
    'cobalt-works': { name: 'Cobalt Works' },
  },
  caseStudies: {
    'acme-at-scale.mdx': {
      front: {
        title: 'Acme at scale',
        summary: 'How Acme grew.',
        partners: ['acme-cloud'],
        published: '2026-07-01',
        industry: 'retail',
        customer: { name: 'Northwind Example', logo: 'logos/customers/northwind.svg', website: 'https://northwind.example' },
        image: { src: 'images/cover.svg', alt: 'A green field' },
        quote: { text: 'It simply worked.', author: 'CTO' },
      },
      body: 'The story.\n\n<Quote author="Lead">A different quote.</Quote>\n',
    },
  },
  news: {
    'hello.md': {
      front: { title: 'Hello partners', summary: 'The program opens.', published: '2026-05-01', image: { src: 'images/cover.svg', alt: 'A green field' } },
    },
  },
  files: { 'brand/mark.svg': SCENARIO_LOGO, 'brand/mark-dark.svg': DARK_MARK, 'logos/customers/northwind.svg': SCENARIO_LOGO, 'images/cover.svg': COVER_SVG },
};

let site = '';
beforeAll(async () => {
  const build = await astroBuild(await writeScenario(SCENARIO));
  if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  site = build.outDir;
}, 180_000);

const open = (sitePath: string) => page(sitePath, site);
const json = async (sitePath: string) => JSON.parse(await readFile(path.join(site, sitePath), 'utf8'));
const text = (html: { text: string } | null) => html?.text.replace(/\s+/g, ' ').trim();
/** The image a page points at, as published: it exists, and it is a WebP the build drew. */
async function publishedImage(src: string | undefined) {
  expect(src).toMatch(/^\/logos\/_[a-z0-9-]+-[0-9a-f]{10}\.webp$/);
  const file = path.join(site, src!);
  expect(existsSync(file)).toBe(true);
  return sharp(file).metadata();
}

describe('the organisation', () => {
  it('is named where a page speaks of the company, and the program where it speaks of the program', async () => {
    const { document } = await open('/activity/');
    expect(text(document.querySelector('.lead'))).toMatch(/^What Example Ltd and its partners did together since December 2025: 1 activity by Example Ltd/);
    expect(text(document.querySelector('title'))).toBe('Activity · Example Partner Network');
    expect(text(document.querySelector('.site-footer .footer-owner'))).toBe('Example Partner Network is run by Example Ltd.');
    expect((await json('/api/v1/program.json')).organization).toEqual({ name: 'Example Ltd', website: 'https://example.example' });
  });

  it('shows the dark mark under prefers-color-scheme: dark, as a file of the site itself', async () => {
    const { document } = await open('/');
    const picture = document.querySelector('.brand picture')!;
    const source = picture.querySelector('source')!;
    expect(source.getAttribute('media')).toBe('(prefers-color-scheme: dark)');
    const dark = source.getAttribute('srcset');
    const light = picture.querySelector('img')!.getAttribute('src');
    expect(dark).not.toBe(light);
    expect((await publishedImage(dark)).format).toBe('webp');
    expect((await publishedImage(light)).format).toBe('webp');
  });
});

describe("partners' headquarters, languages and founding year", () => {
  it('are on the profile, named in English', async () => {
    const { document } = await open('/partners/acme-cloud/');
    const facts = Object.fromEntries(document.querySelectorAll('.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts).toMatchObject({ Headquarters: 'United Kingdom', Languages: 'English, German', Founded: '2012' });
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd).toMatchObject({ address: { '@type': 'PostalAddress', addressCountry: 'GB' }, knowsLanguage: ['en', 'de'], foundingDate: '2012' });
    const cobalt = (await open('/partners/cobalt-works/')).document;
    expect(cobalt.querySelectorAll('.facts dt').map(text)).not.toContain('Headquarters');
  });

  it('are directory filters, with counts of the partners that have them', async () => {
    const { document } = await open('/partners/');
    expect(document.querySelectorAll('[data-count]').map((count) => count.getAttribute('data-count'))).toEqual(
      expect.arrayContaining(['headquarters:DE', 'headquarters:GB', 'language:de', 'language:en']),
    );
    expect(await json('/partners/filter-counts.json')).toMatchObject({ headquarters: { DE: 1, GB: 1 }, language: { de: 2, en: 1 } });
    const labels = document.querySelectorAll('fieldset legend').map(text);
    expect(labels).toEqual(expect.arrayContaining(['Headquarters', 'Language']));
    const acme = (await open('/partners/acme-cloud/')).document;
    const filters = acme.querySelectorAll('[data-pagefind-filter]').map((span) => span.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(expect.arrayContaining(['headquarters:GB', 'language:en', 'language:de']));
  });

  it('are in the API and the CSV', async () => {
    const { partners } = await json('/api/v1/partners.json');
    expect(partners.find((p: { slug: string }) => p.slug === 'acme-cloud')).toMatchObject({
      headquarters: { code: 'GB', name: 'United Kingdom' },
      languages: [
        { code: 'en', name: 'English' },
        { code: 'de', name: 'German' },
      ],
      founded: 2012,
    });
    expect(partners.find((p: { slug: string }) => p.slug === 'cobalt-works')).toMatchObject({ headquarters: null, languages: [], founded: null });
    const [header, ...rows] = (await readFile(path.join(site, 'partners.csv'), 'utf8')).trim().split('\r\n');
    const columns = header!.split(',');
    const acme = rows.find((row) => row.startsWith('acme-cloud,'))!.split(',');
    expect(['headquarters', 'languages', 'founded'].map((column) => acme[columns.indexOf(column)])).toEqual(['United Kingdom', 'English; German', '2012']);
  });
});

describe('case studies and news', () => {
  it('show the cover image, the customer with its logo, and the industry', async () => {
    const { document } = await open('/case-studies/acme-at-scale/');
    const cover = document.querySelector('img.cover')!;
    expect(cover.getAttribute('alt')).toBe('A green field');
    // 160×90 drawn to fill the cover box, 1600×900.
    expect(await publishedImage(cover.getAttribute('src'))).toMatchObject({ format: 'webp', width: 1600, height: 900 });
    const customer = document.querySelector('.customer')!;
    expect(text(customer)).toBe('Northwind Example');
    expect(customer.querySelector('a')!.getAttribute('href')).toBe('https://northwind.example');
    expect((await publishedImage(customer.querySelector('img')!.getAttribute('src'))).format).toBe('webp');
    // The facts under the title: customer, partner and date; the industry heads the page beside "Case studies".
    const facts = Object.fromEntries(
      document.querySelectorAll('.story-facts li').map((fact) => [text(fact.querySelector('.label')), text(fact.querySelector('.value'))]),
    );
    expect(facts).toMatchObject({ Customer: 'Northwind Example', Partner: 'Acme Cloud' });
    expect(text(document.querySelector('.story-hero .eyebrow'))).toBe('Case studies · Retail');
    const news = (await open('/news/hello/')).document.querySelector('img.cover')!;
    expect(news.getAttribute('alt')).toBe('A green field');
    expect(news.getAttribute('src')).not.toBe(cover.getAttribute('src')); // one file per post, the same bytes
  });

  it('show the front-matter quote once, as the pull-quote, and a <Quote> from the body as itself', async () => {
    const { document } = await open('/case-studies/acme-at-scale/');
    expect(document.querySelectorAll('.pull-quote').map((quote) => text(quote.querySelector('blockquote')))).toEqual(['It simply worked.']);
    expect(document.querySelectorAll('figure.quote blockquote').map(text)).toEqual(['It simply worked.', 'A different quote.']);
  });

  it('are in the case-study API with industry, customer and cover image', async () => {
    const { caseStudies } = await json('/api/v1/case-studies.json');
    expect(caseStudies[0]).toMatchObject({
      industry: { id: 'retail', name: 'Retail' },
      customer: {
        name: 'Northwind Example',
        website: 'https://northwind.example',
        logo: expect.stringMatching(/^https:\/\/partners\.example\/logos\/_customer-acme-at-scale-[0-9a-f]{10}\.webp$/),
      },
      image: { alt: 'A green field', width: 1600, height: 900, url: expect.stringMatching(/\/logos\/_cover-case-study-acme-at-scale-[0-9a-f]{10}\.webp$/) },
    });
  });
});
