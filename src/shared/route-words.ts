// Words the site uses for its own pages. A partner's former slug keeps an old address alive under
// /partners/<slug>/ and /verify/<slug>/, so it must not be one of these: /partners/join/ showing a
// partner would pass for the program's own join page. tests/trust-ids.test.ts compares this list
// with src/pages/, so a new page cannot be forgotten here.

/** The top-level pages and folders of src/pages/, by name (extensions dropped: feed.xml.ts → feed). */
export const TOP_LEVEL_ROUTE_WORDS = [
  '404', 'activity', 'api', 'badges', 'case-studies', 'certifications', 'embed', 'faq', 'feed', 'index', 'join', 'logos',
  'news', 'partners', 'program', 'robots', 'schemas', 'showcase', 'theme', 'tiers', 'toolkit', 'verify',
] as const;

/** Fixed pages and folders next to [slug] in src/pages/partners/ (/partners/page/2/). */
export const PARTNER_ROUTE_WORDS = ['index', 'page'] as const;

/** Words no partner may claim as a former slug. */
export const RESERVED_ROUTE_WORDS: ReadonlySet<string> = new Set<string>([...TOP_LEVEL_ROUTE_WORDS, ...PARTNER_ROUTE_WORDS]);
