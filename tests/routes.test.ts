// The route table (src/routes.ts): every route gives the path the README promises, written out
// here by hand; its reserved words match src/pages/; the base path is applied the way Astro
// applies it; and no code outside the table builds a site path by hand.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileIn, nameInFolder, RESERVED_ROUTE_WORDS, routes } from '../src/routes.ts';

/** Each route with sample arguments and the path it must give: the site's URL contract. */
const CONTRACT: Record<keyof typeof routes, Array<[actual: unknown, expected: unknown]>> = {
  home: [[routes.home, '/']],
  directory: [[routes.directory, '/partners/']],
  directoryPage: [
    [routes.directoryPage(1), '/partners/'],
    [routes.directoryPage(2), '/partners/page/2/'],
    [routes.directoryPage(31), '/partners/page/31/'],
  ],
  directoryFacet: [
    [routes.directoryFacet('tier', 'gold'), '/partners/tier/gold/'],
    [routes.directoryFacet('region', 'europe', 1), '/partners/region/europe/'],
    [routes.directoryFacet('region', 'europe', 3), '/partners/region/europe/page/3/'],
    [routes.directoryFacet('language', 'pt-BR'), '/partners/language/pt-br/'],
  ],
  partner: [[routes.partner('acme'), '/partners/acme/']],
  appsPage: [
    [routes.appsPage(1), '/apps/'],
    [routes.appsPage(2), '/apps/page/2/'],
  ],
  appsFacet: [
    [routes.appsFacet('pricing', 'free'), '/apps/pricing/free/'],
    [routes.appsFacet('category', 'crm', 2), '/apps/category/crm/page/2/'],
  ],
  partnerBadges: [[routes.partnerBadges('acme'), '/partners/acme/badge/']],
  verify: [[routes.verify('acme'), '/verify/acme/']],
  tiers: [[routes.tiers, '/tiers/']],
  tier: [[routes.tier('gold'), '/tiers/gold/']],
  track: [[routes.track('technology'), '/tiers/#track-technology']],
  showcase: [[routes.showcase, '/showcase/']],
  caseStudy: [[routes.caseStudy('fast-checkout'), '/case-studies/fast-checkout/']],
  news: [[routes.news, '/news/']],
  newsPost: [[routes.newsPost('launch'), '/news/launch/']],
  newsRss: [[routes.newsRss, '/news/rss.xml']],
  atomFeed: [[routes.atomFeed, '/feed.xml']],
  jsonFeed: [[routes.jsonFeed, '/feed.json']],
  atomFeedArchive: [[routes.atomFeedArchive(3), '/feed/3.xml']],
  jsonFeedArchive: [[routes.jsonFeedArchive(3), '/feed/3.json']],
  partnersCsv: [[routes.partnersCsv, '/partners.csv']],
  activity: [[routes.activity, '/activity/']],
  scorecards: [[routes.scorecards, '/scorecards/']],
  scorecard: [[routes.scorecard('acme'), '/scorecards/acme/']],
  certifications: [[routes.certifications, '/certifications/']],
  program: [[routes.program, '/program/']],
  join: [[routes.join, '/join/']],
  faq: [[routes.faq, '/faq/']],
  guide: [[routes.guide, '/guide/']],
  guidePdf: [[routes.guidePdf, '/guide.pdf']],
  notFound: [[routes.notFound, '/404/']],
  toolkit: [[routes.toolkit, '/toolkit/']],
  toolkitFile: [[routes.toolkitFile('logo-256.png'), '/toolkit/logo-256.png']],
  apps: [[routes.apps, '/apps/']],
  app: [[routes.app('acme-sync'), '/apps/acme-sync/']],
  appsCsv: [[routes.appsCsv, '/apps.csv']],
  appBadges: [
    [routes.appBadges('acme-sync'), { light: '/badges/apps/acme-sync.svg', dark: '/badges/apps/acme-sync.dark.svg', json: '/badges/apps/acme-sync.json' }],
  ],
  appCertificationBadges: [
    [
      routes.appCertificationBadges('acme-sync', 'built-for-x'),
      { light: '/badges/apps/acme-sync/built-for-x.svg', dark: '/badges/apps/acme-sync/built-for-x.dark.svg', json: '/badges/apps/acme-sync/built-for-x.json' },
    ],
  ],
  appVerify: [[routes.appVerify('acme-sync'), '/verify/apps/acme-sync/']],
  credentialIndex: [[routes.credentialIndex('acme'), '/credentials/acme/index.json']],
  membershipCredential: [[routes.membershipCredential('acme'), '/credentials/acme/membership.jwt']],
  certificationCredential: [[routes.certificationCredential('acme', 'membership'), '/credentials/acme/certifications/membership.jwt']],
  appCredentialIndex: [[routes.appCredentialIndex('acme-sync'), '/credentials/apps/acme-sync/index.json']],
  appCertificationCredential: [[routes.appCertificationCredential('acme-sync', 'built-for-x'), '/credentials/apps/acme-sync/certifications/built-for-x.jwt']],
  credentialKeys: [[routes.credentialKeys, '/credentials/jwks.json']],
  tierBadges: [
    [
      routes.tierBadges('acme'),
      {
        light: '/badges/acme.svg',
        dark: '/badges/acme.dark.svg',
        named: '/badges/acme.named.svg',
        namedDark: '/badges/acme.named.dark.svg',
        json: '/badges/acme.json',
      },
    ],
  ],
  certificationBadges: [
    [
      routes.certificationBadges('acme', 'api-pro'),
      { light: '/badges/acme/api-pro.svg', dark: '/badges/acme/api-pro.dark.svg', json: '/badges/acme/api-pro.json' },
    ],
  ],
  logo: [[routes.logo('acme', '0123456789'), '/logos/acme-0123456789.webp']],
  coverImage: [[routes.coverImage('_cover-case-study-northwind', '0123456789'), '/logos/_cover-case-study-northwind-0123456789.webp']],
  api: [[routes.api, '/api/']],
  apiV1Root: [[routes.apiV1Root, '/api/v1']],
  apiV1: [
    [routes.apiV1('program'), '/api/v1/program.json'],
    [routes.apiV1('tiers'), '/api/v1/tiers.json'],
    [routes.apiV1('partners'), '/api/v1/partners.json'],
    [routes.apiV1('partner', 'acme'), '/api/v1/partners/acme.json'],
    [routes.apiV1('partner'), '/api/v1/partners/{slug}.json'],
    [routes.apiV1('caseStudies'), '/api/v1/case-studies.json'],
  ],
  apiV1Page: [
    [routes.apiV1Page('partners', 1), '/api/v1/partners.json'],
    [routes.apiV1Page('partners', 2), '/api/v1/partners/page/2.json'],
    [routes.apiV1Page('apps', 3), '/api/v1/apps/page/3.json'],
    [routes.apiV1Page('certifications', 2), '/api/v1/certifications/page/2.json'],
  ],
  apiV1PartnersNdjson: [[routes.apiV1PartnersNdjson, '/api/v1/partners.ndjson']],
  openApi: [[routes.openApi, '/api/v1/openapi.json']],
  apiContract: [[routes.apiContract, '/api/v1/contract.json']],
  apiChangelog: [[routes.apiChangelog, '/api/changelog/']],
  apiNotFound: [[routes.apiNotFound, '/api/v1/404.json']],
  apiTerms: [[routes.apiTerms, '/api/#terms']],
  apiSchema: [
    [routes.apiSchema('partner'), '/schemas/api/v1/partner.schema.json'],
    [routes.apiSchema('error'), '/schemas/api/v1/error.schema.json'],
  ],
  contentSchemas: [[routes.contentSchemas, '/schemas/content/']],
  contentSchema: [[routes.contentSchema('partner.schema.json'), '/schemas/content/partner.schema.json']],
  embedDirectory: [[routes.embedDirectory, '/embed/partners/']],
  themeCss: [[routes.themeCss, '/theme.css']],
  robots: [[routes.robots, '/robots.txt']],
  sitemap: [[routes.sitemap, '/sitemap-index.xml']],
  pagefind: [[routes.pagefind, '/pagefind/']],
  appsPagefind: [[routes.appsPagefind, '/apps/pagefind/']],
  directoryFilterCounts: [[routes.directoryFilterCounts, '/partners/filter-counts.json']],
  appsFilterCounts: [[routes.appsFilterCounts, '/apps/filter-counts.json']],
};

const expectedPaths = () =>
  Object.values(CONTRACT).flatMap((samples) =>
    samples.flatMap(([, expected]) => (typeof expected === 'string' ? [expected] : Object.values(expected as Record<string, string>))),
  );
const firstSegment = (sitePath: string) => sitePath.split('/')[1]!;

describe('the route table', () => {
  it('gives every route the path the README promises', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual(Object.keys(routes).sort());
    for (const [name, samples] of Object.entries(CONTRACT)) {
      for (const [actual, expected] of samples) expect(actual, name).toEqual(expected);
    }
  });

  it('finds the name of a file inside its folder, for catch-all pages, and refuses a file elsewhere', () => {
    expect(nameInFolder('badges', routes.tierBadges('acme').dark)).toBe('acme.dark.svg');
    expect(nameInFolder('schemas', routes.apiSchema('tiers'))).toBe('api/v1/tiers.schema.json');
    expect(fileIn('toolkit', nameInFolder('toolkit', '/toolkit/kit.zip'))).toBe('/toolkit/kit.zip');
    expect(() => nameInFolder('logos', '/badges/acme.svg')).toThrow('/badges/acme.svg is not in /logos/');
  });
});

describe('reserved route words', () => {
  it('are the first segment of every route', () => {
    const words = new Set(expectedPaths().map(firstSegment).filter(Boolean));
    expect([...RESERVED_ROUTE_WORDS].sort()).toEqual([...words].sort());
  });

  it('are the top-level entries of src/pages/ and src/optional-pages/, the internal pages, plus the files @astrojs/sitemap and Pagefind write', async () => {
    const entries = [...(await readdir(path.resolve('src', 'pages'))), ...(await readdir(path.resolve('src', 'optional-pages')))];
    // src/internal-pages/ holds the pages of the internal build; their paths are the scorecards and the activity report.
    const internal = await readdir(path.resolve('src', 'internal-pages'));
    const pages = [...entries, ...internal].map((entry) => entry.replace(/\.(astro|ts)$/, '')).filter((name) => name !== 'index');
    const writtenByOthers = [routes.sitemap, routes.pagefind].map(firstSegment);
    expect([...RESERVED_ROUTE_WORDS].sort()).toEqual([...new Set([...pages, ...writtenByOthers])].sort());
  });
});

describe('the base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The route table as a build with this PARTNERKIT_BASE_PATH reads it (it is read once, on import). */
  async function withBase(base: string | undefined) {
    vi.resetModules();
    vi.stubEnv('PARTNERKIT_BASE_PATH', base);
    return import('../src/routes.ts');
  }

  it.each(['/docs/', '/docs', 'docs', 'docs/'])('is put in front of every link, and taken off again, when PARTNERKIT_BASE_PATH is %j', async (base) => {
    const { BASE_PATH, href, sitePathOf } = await withBase(base);
    expect(BASE_PATH).toBe(base); // Astro's `base`, as written: Astro normalises it the same way
    expect(href('/partners/acme/')).toBe('/docs/partners/acme/');
    expect(href('/')).toBe('/docs/');
    expect(sitePathOf('/docs/verify/acme/')).toBe('/verify/acme/');
  });

  it('leaves links as they are when there is none', async () => {
    for (const base of [undefined, '', '/']) {
      const { BASE_PATH, href, sitePathOf } = await withBase(base);
      expect(BASE_PATH, String(base)).toBe(base === '/' ? '/' : undefined);
      expect(href('/partners/acme/')).toBe('/partners/acme/');
      expect(sitePathOf('/partners/acme/')).toBe('/partners/acme/');
    }
  });
});

// --- No site path is built outside the table -----------------------------------------------------

const words = [...RESERVED_ROUTE_WORDS].map((word) => word.replace(/\./g, '\\.')).join('|');
/**
 * Ways code builds a site path by hand: a route word after a slash that starts a string, text or
 * template part; a literal path given to a link helper or a page's `path`; a comparison with "/".
 */
const HAND_BUILT = [
  new RegExp(`['"\`>}\\s(]/(?:${words})(?=[/'"\`?#<{]|$)`),
  /\b(?:href|absoluteUrl|absolute)\(\s*['"`]\//,
  /\bpath=["'`]\//,
  /[=!]==?\s*['"`]\/['"`]/,
];

/** Comments may name paths; only code counts. Replaced by blanks so line numbers stay right. */
function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source
    .replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[^:])(\/\/.*)$/gm, (_, before: string, comment: string) => before + blank(comment));
}

function handBuiltPaths(source: string): Array<{ line: number; text: string }> {
  return withoutComments(source)
    .split('\n')
    .flatMap((text, index) => (HAND_BUILT.some((pattern) => pattern.test(text)) ? [{ line: index + 1, text: source.split('\n')[index]!.trim() }] : []));
}

/** Site paths outside the table that stay, and why. */
const ALLOWED = [
  // Prose about a version of the API that does not exist: not a route.
  { file: 'src/pages/api/index.astro', text: 'A breaking change would come as <code>/api/v2/</code>' },
  { file: 'src/cli/api-contract.ts', text: 'make this change in a new /api/v2/ beside it' },
];

describe('site paths outside the route table', () => {
  it('are recognised in the ways code builds them, and not in comments or other strings', () => {
    for (const code of [
      "href('/tiers/')",
      'href(`/tiers/${id}/`)',
      "absolute('/')",
      "absoluteUrl('/sitemap-index.xml', site, url)",
      'const path = `/badges/${slug}.svg`;',
      "path.slice('/toolkit/'.length)",
      '<BaseLayout path="/faq/">',
      '<a href={`${base}/partners/`}>',
      'const feed = "/feed.xml";',
      '<code>/schemas/content/</code>',
      '<code>GET /api/v1{endpoint.path}</code>',
      "const home = path === '/';",
    ]) {
      expect(handBuiltPaths(code), code).toHaveLength(1);
    }
    for (const code of [
      'href(routes.tier(id))',
      "file.split('/')",
      "'partners/acme.yaml'",
      "'https://example.com/partners/'",
      '// see /partners/acme/',
      '/** `/partners/acme/` */',
      '{/* the /tiers/ page */}',
      '<!-- /verify/ -->',
      "'/partnership'",
      "'content/partners/acme.yaml'",
      "'a link starting with https://, mailto: or /'",
      'if (a === b) return; // a /tiers/ page',
    ]) {
      expect(handBuiltPaths(code), code).toEqual([]);
    }
  });

  it('appear nowhere in src/ or astro.config.mjs but the table', async () => {
    const files = (await readdir('src', { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(ts|astro|mjs|js)$/.test(entry.name))
      .map((entry) => path.relative('.', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((file) => file !== 'src/routes.ts');
    const found: string[] = [];
    for (const file of [...files, 'astro.config.mjs']) {
      for (const { line, text } of handBuiltPaths(await readFile(file, 'utf8'))) {
        if (!ALLOWED.some((allowed) => allowed.file === file && text.includes(allowed.text))) found.push(`${file}:${line}: ${text}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(found, 'build these paths with src/routes.ts').toEqual([]);
  });
});
