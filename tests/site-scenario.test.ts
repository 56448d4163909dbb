// A small program built into a site, public and internal: five partners, three ledgers, certifications in every state.
// Every expectation below is worked out by hand from the data written here, so a page that shows
// the wrong tier, status, fee or score fails, whatever the model says.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { NOW } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';
import { htmlPages, page } from './helpers/site.ts';
import { parseXml } from './helpers/xml.ts';

// The build date is NOW = 2026-11-21: the recent window (90 days) starts on 2026-08-24, the last
// 12 months on 2025-11-22, and a certification within 30 days of its end is "expiring".
expect(NOW).toBe('2026-11-21');

const SCENARIO = {
  program: {
    name: 'Example Partners',
    onboarding: { overview: 'Apply, build, get listed.', signup: { label: 'Apply', url: 'https://forms.example/partner-application' } },
    tiers: [
      { id: 'registered', name: 'Registered', description: 'Everyone starts here.' },
      { id: 'silver', name: 'Silver', description: 'A live integration.', fee: { amount: 0, currency: 'USD', period: 'year' } },
      {
        id: 'gold',
        name: 'Gold',
        description: 'Customers and case studies.',
        fee: { amount: 2500, currency: 'USD', period: 'year' },
        requirements: [{ description: 'Two case studies a year', measure: { activity: 'case-study', count: 2, per: 'year' } }],
      },
      { id: 'platinum', name: 'Platinum', description: 'A joint roadmap.', fee: { amount: 10000, currency: 'EUR', period: 'one-time' } },
    ],
    vocabularies: {
      regions: [
        { id: 'europe', name: 'Europe' },
        { id: 'middle-east-africa', name: 'Middle East & Africa' },
      ],
    },
    access: { sandbox: { title: 'Sandbox', summary: 'Try it.' } },
    support: [{ name: 'Community forum', description: 'Questions and answers.', tiers: ['registered', 'silver', 'gold', 'platinum'] }],
    certifications: [
      { id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 },
      { id: 'security', name: 'Example Security Practitioner', description: 'Reviews integrations.', validityMonths: 12 },
      { id: 'architect', name: 'Example Solutions Architect', description: 'Designs systems.', validityMonths: 24 },
    ],
    activityTypes: [
      { id: 'case-study', name: 'Case study', weight: 4 },
      { id: 'referral', name: 'Referral', weight: 4 },
      { id: 'workshop', name: 'Workshop', weight: 3 },
      { id: 'blog-post', name: 'Blog post', weight: 2 },
    ],
  },
  partners: {
    'acme-cloud': {
      name: 'Acme Cloud',
      tier: 'gold',
      types: ['technology', 'agency'],
      regions: ['middle-east-africa'],
      services: ['Checkout design', 'R&D'],
      since: '2024-03-01',
      formerSlugs: ['acme'],
      contacts: [
        { name: 'Ada Park', email: 'ada@acme-cloud.example', visibility: 'public' },
        { name: 'Billing desk', email: 'billing-desk@acme-cloud.example', visibility: 'private' },
      ],
      links: [{ label: 'Docs', url: 'https://docs.acme-cloud.example' }],
      certifications: [
        { id: 'api-developer', earned: '2025-01-10' }, // + 24 months = 2027-01-10: 50 days left, valid
        { id: 'security', earned: '2025-12-01', expires: '2026-12-05' }, // written end, 14 days left: expiring
        { id: 'architect', earned: '2024-01-15' }, // + 24 months = 2026-01-15: expired
      ],
    },
    // Lower case: the directory sorts by name ignoring case, so it comes second, not last.
    'beta-labs': { name: 'beta Labs', tier: 'silver', regions: ['europe'], since: '2025-06-01' },
    'cobalt-works': { name: 'Cobalt Works', tier: 'platinum', types: ['agency'] },
    'dusk-co': { name: 'Dusk Co', tier: 'gold', status: 'inactive', certifications: [{ id: 'api-developer', earned: '2025-06-01' }] },
    'echo-co': { name: 'Echo Co', tier: 'silver', status: 'alumni' },
  },
  activity: {
    'acme-cloud': [
      { date: '2025-11-21', type: 'blog-post', by: 'partner', title: 'The day before the last 12 months' },
      { date: '2026-08-01', type: 'case-study', by: 'partner', title: 'In the year, before the recent window' },
      // Ledger notes are the program team's own: never published.
      { date: '2026-10-01', type: 'referral', by: 'platform', title: 'A referral to Acme', notes: 'Acme asked for a discount on renewal' },
      { date: '2026-11-10', type: 'blog-post', by: 'partner', title: 'A recent post' },
    ],
    // Only the platform did anything.
    'beta-labs': [
      { date: '2026-06-01', type: 'workshop', by: 'platform', title: 'A workshop for beta' },
      { date: '2026-11-01', type: 'referral', by: 'platform', title: 'A referral to beta' },
    ],
  },
  news: {
    'hello.md': { front: { title: 'Hello partners', summary: 'The program opens.', published: '2026-05-01' } },
    // Dated after the build date: not in the feed yet.
    'coming-soon.md': { front: { title: 'Coming soon', summary: 'Not yet.', published: '2026-12-01' } },
  },
  caseStudies: { 'acme-at-scale.mdx': { front: { title: 'Acme at scale', summary: 'How Acme grew.', partners: ['acme-cloud'], published: '2026-07-01' } } },
};

let site = '';
/** The same program built as the internal site (PARTNERKIT_AUDIENCE=internal). */
let internal = '';
beforeAll(async () => {
  const content = await writeScenario(SCENARIO);
  const build = await astroBuild(content);
  if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  site = build.outDir;
  const internalBuild = await astroBuild(content, { PARTNERKIT_AUDIENCE: 'internal' });
  if (internalBuild.code !== 0)
    throw new Error(`the internal scenario did not build:\n${internalBuild.stdout.slice(-3000)}\n${internalBuild.stderr.slice(-3000)}`);
  internal = internalBuild.outDir;
}, 300_000);

const open = (sitePath: string) => page(sitePath, site);
const read = (sitePath: string) => readFile(path.join(site, sitePath), 'utf8');
const texts = (elements: Array<{ text: string }>) => elements.map((element) => element.text.replace(/\s+/g, ' ').trim());

const cells = (row: HTMLElement) => texts(row.querySelectorAll('th, td'));
const rows = (document: HTMLElement, table: string) => document.querySelectorAll(`[data-table="${table}"] tbody tr`).map(cells);
const listed = (document: HTMLElement, list: string) => texts(document.querySelectorAll(`[data-list="${list}"] li`));

describe('the directory', () => {
  it('lists the three active partners by name, ignoring case, each with its logo, tier, types and summary', async () => {
    const { document } = await open('/partners/');
    const cards = document.querySelectorAll('[data-list] > li');
    expect(cards.map((card) => card.getAttribute('data-slug'))).toEqual(['acme-cloud', 'beta-labs', 'cobalt-works']);
    const acme = cards[0]!;
    expect(acme.querySelector('h3 a')!.text).toBe('Acme Cloud');
    expect(acme.querySelector('.tag.tier')!.text).toBe('Gold');
    expect(acme.querySelectorAll('.tag:not(.tier)').map((tag) => tag.text)).toEqual(['Technology partner', 'Agency']);
    expect(acme.querySelector('.summary')!.text).toBe('Acme Cloud builds on Example.');
    expect(acme.querySelector('img')!.getAttribute('src')).toMatch(/^\/logos\/acme-cloud-[0-9a-f]{10}\.webp$/);
  });

  it('counts each filter value among active partners, current certifications only, in one file the directory pages share', async () => {
    const { document } = await open('/partners/');
    const file = JSON.parse(await read('partners/filter-counts.json')) as Record<string, Record<string, number>>;
    const counts = Object.fromEntries(
      Object.entries(file).flatMap(([key, values]) => Object.entries(values).map(([value, count]) => [`${key}:${value}`, count])),
    );
    // The page offers exactly the values counted, and leaves the numbers to the script (issue 16: not in every page).
    expect(
      document
        .querySelectorAll('[data-count]')
        .map((count) => count.getAttribute('data-count'))
        .sort(),
    ).toEqual(Object.keys(counts).sort());
    expect(document.querySelectorAll('[data-count]').map((count) => count.text)).toEqual(Object.keys(counts).map(() => ''));
    expect(counts).toEqual({
      // Dusk Co (gold, inactive) and Echo Co (silver, alumni) count nowhere; no active partner is registered.
      'tier:silver': 1,
      'tier:gold': 1,
      'tier:platinum': 1,
      'type:technology': 2,
      'type:agency': 2,
      'region:europe': 1,
      'region:middle-east-africa': 1,
      // Acme Cloud's architect certification has expired; its security one expires soon, and still counts.
      'certification:api-developer': 1,
      'certification:security': 1,
    });
  });
});

describe('the facet pages', () => {
  const cardSlugs = (document: HTMLElement) => document.querySelectorAll('[data-list] > li').map((card) => card.getAttribute('data-slug'));

  it('are one page per filter value an active partner has, each listing exactly those partners by name', async () => {
    const facetPages = (await htmlPages(site)).filter((p) =>
      /^\/partners\/(tier|type|region|industry|integration|certification|headquarters|language)\//.test(p),
    );
    // No registered partner, no current Solutions Architect (Acme's expired; Dusk Co is inactive): no page for them.
    expect(facetPages).toEqual(
      [
        '/partners/certification/api-developer/',
        '/partners/certification/security/',
        '/partners/region/europe/',
        '/partners/region/middle-east-africa/',
        '/partners/tier/gold/',
        '/partners/tier/platinum/',
        '/partners/tier/silver/',
        '/partners/type/agency/',
        '/partners/type/technology/',
      ].sort(),
    );
    const expected: Record<string, [h1: string, slugs: string[]]> = {
      // Dusk Co is gold too, but inactive.
      '/partners/tier/gold/': ['Gold partners', ['acme-cloud']],
      '/partners/tier/silver/': ['Silver partners', ['beta-labs']],
      '/partners/type/agency/': ['Agency partners', ['acme-cloud', 'cobalt-works']],
      // beta Labs sorts between Acme and Cobalt: by name, ignoring case.
      // The type's name says "partner" already.
      '/partners/type/technology/': ['Technology partners', ['acme-cloud', 'beta-labs']],
      '/partners/region/middle-east-africa/': ['Partners in Middle East & Africa', ['acme-cloud']],
      '/partners/certification/api-developer/': ['Partners with the Example API Developer certification', ['acme-cloud']],
    };
    for (const [sitePath, [h1, slugs]] of Object.entries(expected)) {
      const { document } = await open(sitePath);
      expect(document.querySelector('h1')!.text, sitePath).toBe(h1);
      expect(document.querySelector('title')!.text, sitePath).toBe(`${h1} · Example Partners`);
      expect(document.querySelector('link[rel=canonical]')!.getAttribute('href'), sitePath).toBe(`https://partners.example${sitePath}`);
      expect(cardSlugs(document), sitePath).toEqual(slugs);
    }
  });

  it('link every filter value to its page, the chosen one back to the whole directory, with the counts among their partners', async () => {
    const { document } = await open('/partners/tier/gold/');
    const option = (facet: string, value: string) => document.querySelector(`a[data-facet="${facet}"][data-value="${value}"]`)!;
    expect(option('tier', 'gold').getAttribute('href')).toBe('/partners/');
    expect(option('tier', 'gold').classList.contains('selected')).toBe(true);
    expect(option('tier', 'silver').getAttribute('href')).toBe('/partners/tier/silver/');
    expect(option('region', 'europe').getAttribute('href')).toBe('/partners/region/europe/');
    // Among the gold partners (Acme Cloud): written at build time, zero dimmed. The tier facet's
    // own counts are the whole directory's, from the counts file, as on /partners/.
    const count = (facet: string, value: string) => option(facet, value).querySelector('[data-count]')!.text;
    expect([count('region', 'middle-east-africa'), count('region', 'europe'), count('type', 'agency'), count('type', 'technology')]).toEqual([
      '1',
      '0',
      '1',
      '1',
    ]);
    expect(option('region', 'europe').classList.contains('zero')).toBe(true);
    expect([count('tier', 'silver'), count('tier', 'gold'), count('tier', 'platinum')]).toEqual(['', '', '']);
    // The chosen value is a chip that leads back to every partner.
    expect(document.querySelectorAll('[data-chips] a').map((chip) => [chip.text.replace('✕', '').trim(), chip.getAttribute('href')])).toEqual([
      ['Gold', '/partners/'],
    ]);
    expect(document.querySelector('[data-status]')!.text.trim()).toBe('1 partner, by name');
  });
});

describe('a partner profile', () => {
  it("shows the partner's fields, a logo at its real size, and outbound links that pass nothing on", async () => {
    const { document, html } = await open('/partners/acme-cloud/');
    expect(document.querySelector('h1')!.text).toBe('Acme Cloud');
    for (const text of ['Checkout design', 'R&amp;D', 'Middle East &amp; Africa', 'Ada Park', 'ada@acme-cloud.example', 'https://docs.acme-cloud.example'])
      expect(html).toContain(text);
    expect(html).toContain('<time datetime="2024-03-01">');
    // A 64×32 SVG logo is drawn 320 pixels wide, keeping its shape.
    const logo = document.querySelector('.profile-head img')!;
    expect([logo.getAttribute('width'), logo.getAttribute('height')]).toEqual(['320', '160']);
    const file = await sharp(path.join(site, logo.getAttribute('src')!)).metadata();
    expect([file.format, file.width, file.height]).toEqual(['webp', 320, 160]);
    expect(document.querySelector('main svg')).toBeNull();
    const outbound = document.querySelectorAll('main a[href^="http"]');
    expect(outbound.length).toBeGreaterThanOrEqual(2);
    for (const link of outbound) expect(link.getAttribute('rel')?.split(' ').sort(), link.getAttribute('href')).toEqual(['nofollow', 'noopener']);
  });

  it('carries schema.org Organization JSON-LD, OpenGraph, Twitter and canonical metadata', async () => {
    const { document } = await open('/partners/acme-cloud/');
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.text);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Acme Cloud', url: 'https://acme-cloud.example' });
    expect(document.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://partners.example/partners/acme-cloud/');
    expect(document.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe('https://partners.example/partners/acme-cloud/');
    expect(document.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe('Acme Cloud');
    expect(document.querySelector('meta[name="twitter:card"]')).not.toBeNull();
  });

  it("shows each certification's status on the build date, with dates in words, without stating that date", async () => {
    const { document } = await open('/partners/acme-cloud/');
    const table = document.querySelector('[data-table="certifications"]')!;
    expect(table.querySelectorAll('tbody tr').map(cells)).toEqual([
      ['Example API Developer', 'Jan 10, 2025', 'Jan 10, 2027', 'Valid'],
      ['Example Security Practitioner', 'Dec 1, 2025', 'Dec 5, 2026', 'Valid, expiring soon'],
      ['Example Solutions Architect', 'Jan 15, 2024', 'Jan 15, 2026', 'Expired'],
    ]);
    expect(table.querySelectorAll('tbody time').map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-01-10',
      '2027-01-10',
      '2025-12-01',
      '2026-12-05',
      '2024-01-15',
      '2026-01-15',
    ]);
    // The statuses are the build's, but the page does not date itself (issue 16): it changes only when a status does.
    expect(table.querySelector('th:last-child')!.text).toBe('Status');
    expect(document.querySelector('body')!.text).not.toContain(NOW);
  });

  it('offers an introduction by email to the public contact (the program names no form), and seals the listing without a date the history does not give', async () => {
    const { document } = await open('/partners/acme-cloud/');
    // The first public contact with an address; the private one never shows.
    const button = document.querySelector('[data-contact] a.button')!;
    expect(button.text).toBe('Request an introduction');
    expect(button.getAttribute('href')).toBe('mailto:ada@acme-cloud.example?subject=Introduction%20via%20Example%20Partners');
    expect(document.querySelector('main')!.text).not.toContain('billing-desk');
    // This scenario has no git history: the seal links the verify page and names no date at all.
    const seal = document.querySelector('[data-seal]')!;
    expect(seal.getAttribute('href')).toBe('/verify/acme-cloud/');
    expect(seal.text.replace(/\s+/g, ' ').trim()).toBe('Verified Gold partner See the verification record');
    expect(seal.querySelector('time')).toBeNull();
    // Partner since 2024-03-01, in words.
    expect(document.querySelector('.profile-facts .facts time[datetime="2024-03-01"]')!.text).toBe('March 1, 2024');
  });

  it("exists for active partners only; a former slug leads to the partner's profile and verify page", async () => {
    const pages = await htmlPages(site);
    expect(pages.filter((p) => /^\/partners\/(?!page\/)[^/]+\/$/.test(p))).toEqual([
      '/partners/acme-cloud/',
      '/partners/acme/',
      '/partners/beta-labs/',
      '/partners/cobalt-works/',
    ]);
    for (const [old, target] of [
      ['/partners/acme/', '/partners/acme-cloud/'],
      ['/verify/acme/', '/verify/acme-cloud/'],
    ] as const) {
      expect((await open(old)).document.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content'), old).toBe(`0;url=${target}`);
    }
    expect(await read('badges/acme.svg')).toBe(await read('badges/acme-cloud.svg'));
  });
});

describe('tiers and the program', () => {
  it('compare tiers: a pricing card per tier, in order, the fee first; then one table column per tier', async () => {
    const { document } = await open('/tiers/');
    const cards = document.querySelectorAll('.pricing-card');
    expect(cards.map((card) => card.querySelector('.pricing-name')!.text)).toEqual(['Registered', 'Silver', 'Gold', 'Platinum']);
    // No fee and a fee of 0 are both free; the currency and the period come from program.yaml.
    const fee = (card: HTMLElement) => {
      const lines = card.querySelectorAll('[data-fee] dl > div');
      return lines.length
        ? lines.map((line) => `${line.querySelector('dt')!.text}: ${line.querySelector('dd')!.text}`).join(' | ')
        : card.querySelector('[data-fee]')!.text.trim();
    };
    expect(cards.map(fee)).toEqual(['Free', 'Free', 'Yearly fee: $2,500 a year', 'One-time fee: €10,000 once']);
    // The fee comes first in each card, before who the tier is for and how to join.
    for (const card of cards) expect(card.querySelector('.pricing-name + [data-fee]')).not.toBeNull();
    // The table's header row names each tier, with its recurring fee under the name.
    expect(
      document
        .querySelectorAll('thead th')
        .slice(1)
        .map((th) => [th.querySelector('a')!.text, th.querySelector('.head-price')!.text]),
    ).toEqual([
      ['Registered', 'Free'],
      ['Silver', 'Free'],
      ['Gold', '$2,500 a year'],
      ['Platinum', '€10,000 once'],
    ]);
  });

  it("put each active partner on its tier's page, and no inactive or former one", async () => {
    const partnersOf = async (tier: string) =>
      (await open(`/tiers/${tier}/`)).document.querySelectorAll('[data-slug]').map((card) => card.getAttribute('data-slug'));
    expect(await partnersOf('registered')).toEqual([]);
    expect(await partnersOf('silver')).toEqual(['beta-labs']);
    expect(await partnersOf('gold')).toEqual(['acme-cloud']);
    expect(await partnersOf('platinum')).toEqual(['cobalt-works']);
  });

  it('show one section per building block the program defines, and none for the rest', async () => {
    const { document } = await open('/program/');
    expect(document.querySelectorAll('main section h2').map((h) => h.text)).toEqual(['Partner types', 'Access', 'Support']);
  });
});

describe('badges', () => {
  it('are drawn for every partner, former partners and former slugs included, and for each certification held', async () => {
    const tierBadges = (slug: string) => [`${slug}.dark.svg`, `${slug}.json`, `${slug}.named.dark.svg`, `${slug}.named.svg`, `${slug}.svg`];
    const certificationBadges = (slug: string, id: string) => [`${slug}/${id}.dark.svg`, `${slug}/${id}.json`, `${slug}/${id}.svg`];
    const acme = (slug: string) => [...tierBadges(slug), ...['api-developer', 'architect', 'security'].flatMap((id) => certificationBadges(slug, id))];
    const files = (await readdir(path.join(site, 'badges'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(path.join(site, 'badges'), path.join(entry.parentPath, entry.name)));
    expect(files.sort()).toEqual(
      [
        ...acme('acme-cloud'),
        ...acme('acme'),
        ...tierBadges('beta-labs'),
        ...tierBadges('cobalt-works'),
        ...tierBadges('dusk-co'),
        ...certificationBadges('dusk-co', 'api-developer'),
        ...tierBadges('echo-co'),
      ].sort(),
    );
  });

  it('read right for active, inactive and former partners, and for valid, expiring, expired and revoked certifications', async () => {
    const title = async (file: string) => parseXml(await read(file)).elements.find((element) => element.name === 'title')!.text;
    const json = async (file: string) => JSON.parse(await read(file));
    expect(await title('badges/acme-cloud.svg')).toBe('Acme Cloud is a Gold partner of Example Partners');
    expect(await json('badges/acme-cloud.json')).toMatchObject({ schemaVersion: 1, label: 'Example Partners', message: 'Gold partner', isError: false });
    expect(await read('badges/dusk-co.svg')).toContain('partnership inactive');
    expect(await read('badges/dusk-co.svg')).not.toContain('Gold');
    expect(await read('badges/echo-co.svg')).toContain('former partner');
    expect(await read('badges/echo-co.svg')).not.toContain('Silver');
    expect(await json('badges/echo-co.json')).toMatchObject({ message: 'former partner', isError: true });
    expect(await read('badges/acme-cloud/api-developer.svg')).toContain('valid until 2027-01-10');
    expect(await read('badges/acme-cloud/security.svg')).toContain('expires 2026-12-05');
    expect(await read('badges/acme-cloud/architect.svg')).toContain('expired 2026-01-15');
    expect(await json('badges/acme-cloud/architect.json')).toMatchObject({ message: 'expired 2026-01-15', isError: true });
    expect(await json('badges/dusk-co/api-developer.json')).toMatchObject({ message: 'revoked', isError: true });
  });
});

describe('verify pages', () => {
  it('exist for every partner, and state the status from the records, without the build date (issue 16: the page changes only when they do)', async () => {
    // The visitor's clock check (src/scripts/verify-now.ts) is not part of the verdict: it follows the certifications it checks.
    const verdict = async (slug: string) => texts((await open(`/verify/${slug}/`)).document.querySelectorAll('.verdict p'));
    // The sentence about certifications' dates only where there are certifications (Acme Cloud's three, Dusk Co's one).
    const records = "This page shows the program's records and is updated whenever they change.";
    const asOf = `${records} Each certification holds until the date shown beside it.`;
    expect(await verdict('acme-cloud')).toEqual([`Current Gold partner of Example Partners.`, asOf]);
    expect(await verdict('beta-labs')).toEqual([`Current Silver partner of Example Partners.`, records]);
    expect(await verdict('cobalt-works')).toEqual([`Current Platinum partner of Example Partners.`, records]);
    expect(await verdict('dusk-co')).toEqual([
      `Partnership inactive. Dusk Co's partnership with Example Partners is not active. A badge that shows a tier is out of date.`,
      asOf,
    ]);
    expect(await verdict('echo-co')).toEqual([
      `Not a current partner. Echo Co is a former partner of Example Partners. A badge that shows a tier is out of date.`,
      records,
    ]);
  });

  it("list certifications with their end and status; a lapsed partner's are revoked", async () => {
    const table = async (slug: string) => (await open(`/verify/${slug}/`)).document.querySelectorAll('main table tbody tr').map(cells);
    expect(await table('acme-cloud')).toEqual([
      ['Example API Developer', 'Jan 10, 2025', 'Jan 10, 2027', 'Valid'],
      ['Example Security Practitioner', 'Dec 1, 2025', 'Dec 5, 2026', 'Valid, expiring soon'],
      ['Example Solutions Architect', 'Jan 15, 2024', 'Jan 15, 2026', 'Expired'],
    ]);
    // 2025-06-01 + 24 months.
    expect(await table('dusk-co')).toEqual([['Example API Developer', 'Jun 1, 2025', 'Jun 1, 2027', 'No longer valid: the partnership ended']]);
  });
});

describe('the activity report of the internal site', () => {
  const open = (sitePath: string) => page(sitePath, internal);

  // In the last 12 months (from 2025-11-22): Acme Cloud did a case study (4) and a blog post (2);
  // the platform referred a customer to Acme (4), and ran a workshop (3) and referred a customer
  // (4) for beta Labs. Acme's 2025-11-21 post is a day too old; Cobalt Works has no ledger.
  it('counts activities by type and by month, each side', async () => {
    const { document } = await open('/activity/');
    expect(texts([document.querySelector('.lead')!])[0]).toBe(
      'What Example Partners and its partners did for each other in the last 12 months, as of November 21, 2026: 3 activities by Example Partners, 2 by partners.',
    );
    expect(rows(document, 'by-type')).toEqual([
      ['Case study', '0', '1'],
      ['Referral', '2', '0'],
      ['Workshop', '1', '0'],
      ['Blog post', '0', '1'],
    ]);
    const months = [
      'Dec 2025',
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
      'Jun 2026',
      'Jul 2026',
      'Aug 2026',
      'Sep 2026',
      'Oct 2026',
      'Nov 2026',
    ];
    const byMonth: Record<string, [string, string]> = { 'Jun 2026': ['1', '0'], 'Aug 2026': ['0', '1'], 'Oct 2026': ['1', '0'], 'Nov 2026': ['1', '1'] };
    expect(rows(document, 'by-month')).toEqual(months.map((month) => [month, ...(byMonth[month] ?? ['0', '0'])]));
    expect(document.querySelectorAll('svg.chart').map((chart) => chart.querySelector('title')!.text)).toEqual([
      'Activity by type, last 12 months',
      'Activity by month, last 12 months',
    ]);
  });

  it('ranks partners by what they did, and lists those at risk, the imbalanced and the stale', async () => {
    const { document } = await open('/activity/');
    // #, partner, balance (right after the name: a phone shows it without scrolling), tier, partner
    // score, platform score, last 90 days (them · us). A real minus sign.
    expect(rows(document, 'ranking')).toEqual([
      ['1', 'Acme Cloud', '+2', 'Gold', '6', '4', '1 · 1'],
      ['2', 'beta Labs', '\u22127', 'Silver', '0', '7', '0 · 1'],
      ['3', 'Cobalt Works', '0', 'Platinum', '0', '0', '0 · 0'],
    ]);
    // Gold asks for two case studies a year: Acme Cloud has one.
    expect(listed(document, 'at-risk')).toEqual(['Acme Cloud (Gold): 1 more case study by December 31, 2026']);
    expect(listed(document, 'partner-owes')).toEqual(['beta Labs: \u22127']);
    expect(listed(document, 'platform-owes')).toEqual(['Acme Cloud: +2']);
    // Cobalt Works has no ledger: not stale, not started yet.
    expect(listed(document, 'stale')).toEqual([]);
    expect(listed(document, 'nothing-recorded')).toEqual(['Cobalt Works']);
    expect(listed(document, 'next-steps')).toEqual([
      'Acme Cloud: To keep Gold: 1 more case study by December 31, 2026.',
      'beta Labs: beta Labs could return the favour: the platform has done more in the last 12 months.',
      'Cobalt Works: Start the ledger: nothing is recorded with Cobalt Works yet.',
    ]);
  });

  it("shows each side's count and score on the profile, recently and over 12 months, and what to do next", async () => {
    const card = async (slug: string) => (await open(`/partners/${slug}/`)).document.querySelector('[data-reciprocity]')!;
    const acme = await card('acme-cloud');
    // Recent window (from 2026-08-24): the platform's referral, Acme's blog post; the case study is older.
    expect(acme.querySelectorAll('tbody tr').map(cells)).toEqual([
      ['Last 90 days', '\u22122', '1 (4 points)', '1 (2 points)'],
      ['Last 12 months', '+2', '1 (4 points)', '2 (6 points)'],
    ]);
    expect(acme.querySelector('[data-balance]')!.text).toBe('Example Partners owes Acme Cloud: Acme Cloud has done 2 points more for the platform.');
    expect(texts(acme.querySelectorAll('[data-requirement]'))).toEqual(['at risk: Two case studies a year (1 of 2; 1 more case study by December 31, 2026)']);
    expect(texts([acme])[0]).toContain('Next step: To keep Gold: 1 more case study by December 31, 2026.');

    const beta = await card('beta-labs');
    expect(beta.querySelectorAll('tbody tr').map(cells)).toEqual([
      ['Last 90 days', '\u22124', '1 (4 points)', '0 (0 points)'],
      ['Last 12 months', '\u22127', '2 (7 points)', '0 (0 points)'],
    ]);
    expect(beta.querySelector('[data-balance]')!.text).toBe('beta Labs owes Example Partners: the platform has done 7 points more for beta Labs.');
    expect(texts([beta])[0]).toContain('Next step: beta Labs could return the favour: the platform has done more in the last 12 months.');
  });
});

describe('scorecards in the internal site', () => {
  const open = (sitePath: string) => page(sitePath, internal);

  it('exist for the three active partners only, listed on /scorecards/', async () => {
    expect((await htmlPages(internal)).filter((p) => p.startsWith('/scorecards/'))).toEqual([
      '/scorecards/',
      '/scorecards/acme-cloud/',
      '/scorecards/beta-labs/',
      '/scorecards/cobalt-works/',
    ]);
    const { document } = await open('/scorecards/');
    expect(rows(document, 'scorecards')).toEqual([
      ['Acme Cloud', 'Gold', 'At risk: 1 more case study by December 31, 2026', 'Nov 10, 2026'],
      ['beta Labs', 'Silver', 'None measured', 'Nov 1, 2026'],
      ['Cobalt Works', 'Platinum', 'None measured', 'Nothing recorded yet'],
    ]);
  });

  it('show tier progress as a bar, what is still needed by when, and the give-and-take by type, both ways', async () => {
    const { document } = await open('/scorecards/acme-cloud/');
    // Gold asks for two case studies in 2026; Acme Cloud did one (2026-08-01): half the bar.
    const requirement = document.querySelector('[data-list="requirements"] li')!;
    expect(requirement.getAttribute('data-state')).toBe('at-risk');
    expect(texts(requirement.querySelectorAll('p, .requirement-bar span'))).toEqual([
      'at risk Two case studies a year',
      '1 of 2 · still needed: 1 more case study by December 31, 2026',
      'Counted from January 1, 2026 to December 31, 2026 (2026).',
    ]);
    expect(requirement.querySelector('svg.progress title')!.text).toBe('1 of 2 done');
    expect(requirement.querySelector('svg.progress .progress-fill')!.getAttribute('width')).toBe('100.0');
    // Recent window from 2026-08-24, 12 months from 2025-11-22: Acme's case study is only in the year;
    // the platform's referral (4 points) and Acme's post (2) are in both; the 2025-11-21 post in neither.
    // Type, balance over 12 months (right after the type, so a phone shows it), then each side over
    // 12 months, then each side in the recent window. The weighted row's balance is 6 − 4 = +2.
    expect(rows(document, 'give-and-take')).toEqual([
      ['Case study', '+1', '0', '1', '0', '0'],
      ['Referral', '\u22121', '1', '0', '1', '0'],
      ['Blog post', '+1', '0', '1', '0', '1'],
      ['All, weighted score', '+2', '4', '6', '4', '2'],
    ]);
    expect(listed(document, 'recent')).toEqual([
      'Nov 10, 2026 · Acme Cloud · Blog post: A recent post',
      'Oct 1, 2026 · Example Partners · Referral: A referral to Acme',
      'Aug 1, 2026 · Acme Cloud · Case study: In the year, before the recent window',
    ]);
    expect(document.querySelector('svg.chart title')!.text).toBe('What each side did, last 12 months');
  });
});

describe('the public site of a program that publishes no activity summary', () => {
  it('has no activity page, no link to one, and no reciprocity on profiles or in the API', async () => {
    expect((await htmlPages(site)).filter((p) => p.startsWith('/activity/') || p.startsWith('/scorecards/'))).toEqual([]);
    const home = await open('/');
    expect(home.document.querySelectorAll('a').map((a) => a.getAttribute('href'))).not.toContain('/activity/');
    for (const slug of ['acme-cloud', 'beta-labs', 'cobalt-works']) {
      const profile = await open(`/partners/${slug}/`);
      expect(profile.document.querySelector('[data-reciprocity]'), slug).toBeNull();
      expect(profile.html, slug).not.toMatch(/owes|at risk|Next step|Active this quarter/);
      const api = JSON.parse(await read(`api/v1/partners/${slug}.json`)) as Record<string, unknown>;
      expect(api.reciprocity, slug).toBeUndefined();
      expect(api.activeThisQuarter, slug).toBeNull();
    }
  });
});

describe('feeds, sitemap and privacy', () => {
  it('the Atom feed, without git history, is a baseline of the content and the certifications that changed status, none from the future', async () => {
    const { errors, elements } = parseXml(await read('feed.xml'));
    expect(errors).toEqual([]);
    const titles = elements.filter((element) => element.name === 'title' && element.attributes.type === 'html').map((element) => element.text);
    // The scenario's folder is not in git: each partner and post is listed as it is on the build date, in the order of their event ids.
    expect(titles.slice(0, 7).sort()).toEqual([
      'Acme Cloud is in the program',
      'Case study: Acme at scale',
      'Cobalt Works is in the program',
      'Dusk Co is in the program',
      'Echo Co is in the program',
      'Hello partners', // "Coming soon" is dated after the build date: not in the feed yet.
      'beta Labs is in the program',
    ]);
    // Then what happened on its own date: certifications starting to expire and expiring.
    expect(titles.slice(7)).toEqual([
      'Acme Cloud: Example Security Practitioner expires on 2026-12-05', // from 2026-11-05, 30 days before
      'Acme Cloud: Example Solutions Architect expired on 2026-01-15',
      'Acme Cloud: Example Solutions Architect expires on 2026-01-15', // from 2025-12-16
    ]);
  });

  it("the sitemap lists every page but the 404 and the former slug's redirects", async () => {
    const sitemap = await read('sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace('https://partners.example', '')).sort();
    expect(urls).toEqual((await htmlPages(site)).filter((p) => !['/404.html', '/partners/acme/', '/verify/acme/'].includes(p)).sort());
    expect(urls).toContain('/partners/acme-cloud/');
  });

  it('no file of the site holds a private contact or a ledger note', async () => {
    const files = (await readdir(site, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !/\.(webp|png)$/.test(entry.name));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = await readFile(path.join(file.parentPath, file.name), 'utf8');
      expect(text.includes('billing-desk@acme-cloud.example') || text.includes('Billing desk'), file.name).toBe(false);
      expect(text.includes('discount on renewal'), file.name).toBe(false);
    }
  });
});
