// Every public path of the site, in one table: the model, pages, renderers, redirects, the sitemap
// filter and the tests take paths from here and build none themselves. A site path
// ("/partners/acme/") names a page whatever the deployment; `href` puts the base path in front
// when a page links to it, and that is the only place the base path is applied.
import { API_V1, type ApiV1Name } from '../schemas/api/v1.ts';

/**
 * PARTNERKIT_BASE_PATH, Astro's `base`: the sub-path the site is published under, e.g. "/partners/".
 * Read from the environment (not import.meta.env) so astro.config.mjs, the pages and the tests
 * all see it; client scripts get the base from the page instead (Directory.astro's data-base).
 */
export const BASE_PATH: string | undefined = process.env.PARTNERKIT_BASE_PATH || undefined;

// Astro adds a missing leading slash to the base (trailingSlash: 'ignore'); links carry it without the final one.
const linkPrefix = BASE_PATH ? `/${BASE_PATH.replace(/^\//, '')}`.replace(/\/$/, '') : '';

/** `/partners/acme/` → `/base/partners/acme/`: the link to a site path from a page of this deployment. */
export function href(sitePath: string): string {
  return `${linkPrefix}${sitePath}`;
}

/** `/base/partners/acme/` → `/partners/acme/`: the site path of a URL's path on this deployment. */
export function sitePathOf(pathname: string): string {
  return pathname.startsWith(linkPrefix) ? pathname.slice(linkPrefix.length) : pathname;
}

/** Folders whose files are served by one catch-all page each (src/pages/<folder>/[file].ts or [...file].ts). */
export const FILE_FOLDERS = { badges: '/badges/', credentials: '/credentials/', logos: '/logos/', schemas: '/schemas/', toolkit: '/toolkit/' } as const;
type FileFolder = keyof typeof FILE_FOLDERS;

/** The site path of a file in one of the FILE_FOLDERS. */
export const fileIn = (folder: FileFolder, name: string) => `${FILE_FOLDERS[folder]}${name}`;

/** The attribute that marks what the marketplace's search index holds of an app page (src/cli/search-index.ts). */
export const APP_SEARCH_ROOT = 'data-app-search';

/**
 * The name an app's icon (no index) or screenshot (its index) is drawn under. Like every image name
 * that is not a partner's logo it starts with "_", which no slug can; the screenshot's number is last.
 */
export const appImageName = (slug: string, screenshot?: number) => (screenshot === undefined ? `_app-${slug}` : `_screenshot-${slug}-${screenshot + 1}`);

/** The part of a file's site path inside its folder: the parameter of the catch-all page that serves it. */
export function nameInFolder(folder: FileFolder, sitePath: string): string {
  const prefix = FILE_FOLDERS[folder];
  if (!sitePath.startsWith(prefix)) throw new Error(`${sitePath} is not in ${prefix}`);
  return sitePath.slice(prefix.length);
}

/** A facet value in a path: ids are kebab-case, country and language codes ("DE", "pt-BR") go lower-case. */
const facetValueSegment = (value: string) => encodeURIComponent(value.toLowerCase());

export const routes = {
  home: '/',
  directory: '/partners/',
  /** Page 1 of the directory is the directory itself. */
  directoryPage: (page: number) => (page === 1 ? '/partners/' : `/partners/page/${page}/`),
  /** The directory filtered by one facet value (`/partners/tier/gold/`), page N: a static page, so filters work without JavaScript. */
  directoryFacet: (key: string, value: string, page = 1) => `/partners/${key}/${facetValueSegment(value)}/${page === 1 ? '' : `page/${page}/`}`,
  /** A partner's profile (active partners), or the redirect left at a former slug. */
  partner: (slug: string) => `/partners/${slug}/`,
  /** Every badge of a partner, with embed snippets. */
  partnerBadges: (slug: string) => `/partners/${slug}/badge/`,
  /** The proof page every badge links to; every partner has one, former partners included. */
  verify: (slug: string) => `/verify/${slug}/`,
  /** The marketplace: every listed app, and one app's page. */
  apps: '/apps/',
  /** Page 1 of the marketplace is the marketplace itself. */
  appsPage: (page: number) => (page === 1 ? '/apps/' : `/apps/page/${page}/`),
  /** The marketplace filtered by one facet value (`/apps/pricing/free/`), page N. */
  appsFacet: (key: string, value: string, page = 1) => `/apps/${key}/${facetValueSegment(value)}/${page === 1 ? '' : `page/${page}/`}`,
  app: (slug: string) => `/apps/${slug}/`,
  appsCsv: '/apps.csv',
  tiers: '/tiers/',
  tier: (id: string) => `/tiers/${id}/`,
  /** A track's section of the tier comparison. */
  track: (id: string) => `/tiers/#track-${id}`,
  showcase: '/showcase/',
  caseStudy: (slug: string) => `/case-studies/${slug}/`,
  news: '/news/',
  newsPost: (slug: string) => `/news/${slug}/`,
  newsRss: '/news/rss.xml',
  atomFeed: '/feed.xml',
  jsonFeed: '/feed.json',
  /** A full archive page of the feeds (RFC 5005), by number, 1 the oldest: the same events as changes.json's archive page. */
  atomFeedArchive: (page: number) => `/feed/${page}.xml`,
  jsonFeedArchive: (page: number) => `/feed/${page}.json`,
  partnersCsv: '/partners.csv',
  /** The activity report: the full report in the internal build, the opted-in summary in the public one. */
  activity: '/activity/',
  /** Internal build only: every active partner's scorecard, and one partner's. */
  scorecards: '/scorecards/',
  scorecard: (slug: string) => `/scorecards/${slug}/`,
  certifications: '/certifications/',
  program: '/program/',
  join: '/join/',
  faq: '/faq/',
  /** The whole program on one printable page, and the same as a PDF made at build time. */
  guide: '/guide/',
  guidePdf: '/guide.pdf',
  /** The not-found page's own path, for its canonical link (the file is /404.html). */
  notFound: '/404/',
  toolkit: '/toolkit/',
  /** A download of the marketing toolkit, by file name. */
  toolkitFile: (name: string) => fileIn('toolkit', name),
  /** A partner's tier badge files. The "." cannot occur in a slug, so variants never clash with a partner. */
  tierBadges: (slug: string) => ({
    light: fileIn('badges', `${slug}.svg`),
    dark: fileIn('badges', `${slug}.dark.svg`),
    named: fileIn('badges', `${slug}.named.svg`),
    namedDark: fileIn('badges', `${slug}.named.dark.svg`),
    /** The shields.io endpoint format. */
    json: fileIn('badges', `${slug}.json`),
  }),
  /** The badge files of a certification a partner holds. */
  certificationBadges: (slug: string, certification: string) => ({
    light: fileIn('badges', `${slug}/${certification}.svg`),
    dark: fileIn('badges', `${slug}/${certification}.dark.svg`),
    json: fileIn('badges', `${slug}/${certification}.json`),
  }),
  /**
   * An app's "Works with" badge files, and its proof page. "apps" is a reserved slug, so no
   * partner's badges or verify page can be at these paths.
   */
  appBadges: (slug: string) => ({
    light: fileIn('badges', `apps/${slug}.svg`),
    dark: fileIn('badges', `apps/${slug}.dark.svg`),
    json: fileIn('badges', `apps/${slug}.json`),
  }),
  appCertificationBadges: (slug: string, certification: string) => ({
    light: fileIn('badges', `apps/${slug}/${certification}.svg`),
    dark: fileIn('badges', `apps/${slug}/${certification}.dark.svg`),
    json: fileIn('badges', `apps/${slug}/${certification}.json`),
  }),
  appVerify: (slug: string) => `/verify/apps/${slug}/`,
  /**
   * Signed credentials (Open Badges 3.0, VC-JOSE), current partners and listed apps only: the index of
   * a partner's, its membership, each certification it holds. Certifications have their own folder,
   * so a certification called "membership" cannot take the membership's file.
   */
  credentialIndex: (slug: string) => fileIn('credentials', `${slug}/index.json`),
  membershipCredential: (slug: string) => fileIn('credentials', `${slug}/membership.jwt`),
  certificationCredential: (slug: string, certification: string) => fileIn('credentials', `${slug}/certifications/${certification}.jwt`),
  /** An app's: "apps" is a reserved slug, so no partner's credentials can be at these paths. */
  appCredentialIndex: (slug: string) => fileIn('credentials', `apps/${slug}/index.json`),
  appCertificationCredential: (slug: string, certification: string) => fileIn('credentials', `apps/${slug}/certifications/${certification}.jwt`),
  /** The public key every credential is signed with (a JWKS). The "." keeps it clear of every slug. */
  credentialKeys: fileIn('credentials', 'jwks.json'),
  /** An optimised logo or app icon; the content hash in its name lets hosts cache it for ever. */
  logo: (name: string, hash: string) => fileIn('logos', `${name}-${hash}.webp`),
  /** A larger image drawn from content (a post's cover, an app screenshot), optimised like logos and served beside them. */
  coverImage: (name: string, hash: string) => fileIn('logos', `${name}-${hash}.webp`),
  /** The API's documentation. */
  api: '/api/',
  /** The v1 API's server URL: the endpoints' paths in schemas/api/v1.ts are relative to it. */
  apiV1Root: '/api/v1',
  /** A v1 endpoint; without a slug, the partner endpoint keeps its `{slug}` placeholder. */
  apiV1: (name: ApiV1Name, slug = '{slug}') => `/api/v1${API_V1[name].path.replace('{slug}', slug)}`,
  /**
   * A page of a paged v1 list: page 1 is the list itself (/api/v1/partners.json), the others are in a
   * "page" folder beside the list's records (/api/v1/partners/page/2.json): "page" is a reserved slug.
   */
  apiV1Page: (name: 'partners' | 'apps' | 'certifications', page: number) =>
    `/api/v1${page === 1 ? API_V1[name].path : API_V1[name].path.replace(/\.json$/, `/page/${page}.json`)}`,
  /** Every partner's full record, one JSON document a line (NDJSON). */
  apiV1PartnersNdjson: '/api/v1/partners.ndjson',
  openApi: '/api/v1/openapi.json',
  /** The committed v1 contract (version and response schemas), as schemas/api/v1-contract.json holds it. */
  apiContract: '/api/v1/contract.json',
  /** What each version of the v1 contract added. */
  apiChangelog: '/api/changelog/',
  /** The JSON body a host can serve for missing API paths (the README says how). */
  apiNotFound: '/api/v1/404.json',
  /** The part of the API documentation on compatibility and licence. */
  apiTerms: '/api/#terms',
  /** The JSON Schema of a v1 API response, or of the JSON 404 ("error"). */
  apiSchema: (name: ApiV1Name | 'error') => fileIn('schemas', `api/v1/${name}.schema.json`),
  contentSchemas: fileIn('schemas', 'content/'),
  /** The JSON Schema of a kind of content file, by file name (jsonSchemaFileName in src/loader/content-file.ts). */
  contentSchema: (fileName: string) => fileIn('schemas', `content/${fileName}`),
  /** The directory without site chrome, for an iframe on another site. */
  embedDirectory: '/embed/partners/',
  themeCss: '/theme.css',
  robots: '/robots.txt',
  /** Written by @astrojs/sitemap. */
  sitemap: '/sitemap-index.xml',
  /** Pagefind's search index of the partner directory, written after the build (src/cli/search-index.ts). */
  pagefind: '/pagefind/',
  /** The marketplace's own search index: "pagefind" is a reserved slug, so no app can be this page. */
  appsPagefind: '/apps/pagefind/',
  /**
   * How many listed partners (apps) have each filter value, for the directory's script: in a file of
   * their own, not in every directory page, so one partner's change rewrites one file, not all of them.
   */
  directoryFilterCounts: '/partners/filter-counts.json',
  appsFilterCounts: '/apps/filter-counts.json',
} as const;

/**
 * The first path segment of every route: a content slug or folder that became a top-level page
 * would collide with one of these. tests/routes.test.ts keeps it equal to the entries of
 * src/pages/ (plus what @astrojs/sitemap and Pagefind write) and to the table above.
 */
export const RESERVED_ROUTE_WORDS: ReadonlySet<string> = new Set([
  '404',
  'activity',
  'api',
  'apps',
  'apps.csv',
  'badges',
  'case-studies',
  'certifications',
  'credentials',
  'embed',
  'faq',
  'feed',
  'feed.json',
  'feed.xml',
  'guide',
  'guide.pdf',
  'join',
  'logos',
  'news',
  'pagefind',
  'partners',
  'partners.csv',
  'program',
  'robots.txt',
  'schemas',
  'scorecards',
  'showcase',
  'sitemap-index.xml',
  'theme.css',
  'tiers',
  'toolkit',
  'verify',
]);

/**
 * Fixed pages and files beside the profiles in /partners/ (/partners/page/2/, /partners/filter-counts.json):
 * a partner called "page" would take them over, one called "filter-counts" would pass for that file.
 */
export const PARTNER_FOLDER_WORDS: ReadonlySet<string> = new Set(['index', 'page', 'filter-counts']);

/**
 * The directories' facet keys, each a folder of static facet pages beside the profiles and apps
 * (/partners/tier/gold/, /apps/pricing/free/): a partner or app called "tier" would take them over.
 * The partner directory's facets (model Facet['key']) and the marketplace's (AppFacet['key']).
 */
export const DIRECTORY_FACET_WORDS: ReadonlySet<string> = new Set([
  'tier',
  'type',
  'region',
  'industry',
  'integration',
  'certification',
  'headquarters',
  'language',
  'category',
  'kind',
  'pricing',
]);

/**
 * Words no slug may be, current or former: a slug names /partners/<slug>/ and /verify/<slug>/, so
 * "page" would take over the directory's pages, and "join" or "toolkit" would pass for the program's
 * own page of that name.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...[...RESERVED_ROUTE_WORDS].map((word) => word.replace(/\.[a-z]+$/, '')),
  ...PARTNER_FOLDER_WORDS,
  ...DIRECTORY_FACET_WORDS,
]);
