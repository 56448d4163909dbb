// The machine-readable files the site publishes outside /api/v1 (badge JSON, feeds, CSV exports),
// as the OpenAPI document describes them: each at its site path, with its media type and, where the
// format has one, its schema. Like API_V1 (schemas/api/v1.ts), one entry per file.
import type { z } from 'zod';
import { JsonFeedSchema, ShieldsBadgeSchema } from '../../schemas/api/site-outputs.ts';
import { API_V1_EXAMPLES } from '../../schemas/api/v1-examples.ts';
import { routes } from '../routes.ts';
import { APPS_CSV_COLUMNS } from './apps-csv.ts';
import { csvText } from './csv.ts';
import { CSV_COLUMNS } from './partners-csv.ts';

export interface SiteOutput {
  /** The site path, with {placeholders} for the path parameters. */
  path: string;
  tag: 'Badges' | 'Feeds' | 'Exports';
  summary: string;
  mediaType: string;
  /** A zod schema (JSON) or a plain JSON Schema (text formats). */
  schema: z.ZodType | Record<string, unknown>;
  parameters?: Record<string, string>;
  notFound: string;
  /** A realistic, fictional file (tests/api-contract.test.ts holds it to the schema). */
  example: unknown;
}

/** The fictional program of the examples (as in schemas/api/v1-examples.ts). */
const SITE = 'https://partners.lumenrail.example';
const at = (sitePath: string) => `${SITE}${sitePath}`;
const badgeExample = (label: string, message: string, color: string, isError = false) => ({
  schemaVersion: 1,
  label,
  message,
  color,
  labelColor: '2b2f36',
  isError,
  cacheSeconds: 3600,
});

const csv = (what: string, columns: readonly string[]) => ({
  type: 'string',
  description: `${what} as CSV (RFC 4180, UTF-8) with a header row; columns: ${columns.join(', ')}. Lists within a cell are separated by "; ". A cell that starts like a spreadsheet formula (=, +, -, @) has a leading '.`,
});

/** A feed entry per change event (changes.json), newest first. */
const ATOM_EXAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${at(routes.home)}</id>
  <title>Lumenrail Partner Network: news and partners</title>
  <updated>2026-11-18T09:42:00.000Z</updated>
  <entry>
    <title type="html">Fernhollow Digital moved to Gold</title>
    <id>urn:uuid:9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64</id>
    <link href="${at(routes.partner('fernhollow-digital'))}"/>
    <updated>2026-11-18T09:42:00.000Z</updated>
    <summary type="html">Fernhollow Digital is now a Gold partner.</summary>
    <category label="partner.tier-changed"/>
  </entry>
</feed>
`;

const JSON_FEED_EXAMPLE = {
  version: 'https://jsonfeed.org/version/1',
  title: 'Lumenrail Partner Network: news and partners',
  home_page_url: at(routes.home),
  feed_url: at(routes.jsonFeed),
  description: 'Build, sell and grow with the Lumenrail payments API.',
  items: [
    {
      id: 'urn:uuid:9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64',
      url: at(routes.partner('fernhollow-digital')),
      title: 'Fernhollow Digital moved to Gold',
      content_html: 'Fernhollow Digital is now a Gold partner.',
      date_modified: '2026-11-18T09:42:00.000Z',
      tags: ['partner.tier-changed'],
    },
  ],
};

const slug = "The partner's id: its file name, in kebab-case.";

export const SITE_OUTPUTS = {
  tierBadge: {
    path: routes.tierBadges('{slug}').json,
    tag: 'Badges',
    summary: "A partner's tier badge in the shields.io endpoint format; inactive and former partners' badges say so.",
    mediaType: 'application/json',
    schema: ShieldsBadgeSchema,
    parameters: { slug },
    notFound: 'No partner has ever had this slug.',
    example: badgeExample('Lumenrail Partner Network', 'Gold partner', 'b8860b'),
  },
  certificationBadge: {
    path: routes.certificationBadges('{slug}', '{certification}').json,
    tag: 'Badges',
    summary: 'A certification badge of a partner in the shields.io endpoint format; an expired certification says "expired".',
    mediaType: 'application/json',
    schema: ShieldsBadgeSchema,
    parameters: { slug, certification: 'The certification id, as in program.json.' },
    notFound: 'The partner does not hold this certification.',
    example: badgeExample('Integration Engineer', 'expired 2026-09-12', 'b3261e', true),
  },
  appBadge: {
    path: routes.appBadges('{slug}').json,
    tag: 'Badges',
    summary: 'An app\'s "Works with" badge in the shields.io endpoint format; an app no longer listed says so.',
    mediaType: 'application/json',
    schema: ShieldsBadgeSchema,
    parameters: { slug: "The app's id: its file name, in kebab-case." },
    notFound: 'No app has ever had this slug.',
    example: badgeExample('Works with', 'Lumenrail Partner Network', '3346d3'),
  },
  atomFeed: {
    path: routes.atomFeed,
    tag: 'Feeds',
    summary: 'The change events of changes.json with readable titles, as an Atom feed, newest first.',
    mediaType: 'application/atom+xml',
    schema: { type: 'string', description: 'An Atom 1.0 document (RFC 4287).' },
    notFound: 'Not published (check the address).',
    example: ATOM_EXAMPLE,
  },
  jsonFeed: {
    path: routes.jsonFeed,
    tag: 'Feeds',
    summary: 'The same entries as the Atom feed, as a JSON Feed.',
    mediaType: 'application/feed+json',
    schema: JsonFeedSchema,
    notFound: 'Not published (check the address).',
    example: JSON_FEED_EXAMPLE,
  },
  atomFeedArchive: {
    // The route takes a page number; the document names it as a path parameter.
    path: routes.atomFeedArchive('{page}' as unknown as number),
    tag: 'Feeds',
    summary: 'A full archive page of the Atom feed (RFC 5005), 1 the oldest: once full it never changes.',
    mediaType: 'application/atom+xml',
    schema: { type: 'string', description: 'An Atom 1.0 document (RFC 4287) marked as an archive (RFC 5005).' },
    parameters: { page: 'The number of the archive page, 1 the oldest.' },
    notFound: 'No archive page has this number yet.',
    example: ATOM_EXAMPLE,
  },
  jsonFeedArchive: {
    path: routes.jsonFeedArchive('{page}' as unknown as number),
    tag: 'Feeds',
    summary: 'The same archive page as a JSON Feed.',
    mediaType: 'application/feed+json',
    schema: JsonFeedSchema,
    parameters: { page: 'The number of the archive page, 1 the oldest.' },
    notFound: 'No archive page has this number yet.',
    example: JSON_FEED_EXAMPLE,
  },
  partnersCsv: {
    path: routes.partnersCsv,
    tag: 'Exports',
    summary: 'Every active partner, one row each, for spreadsheets and CRMs.',
    mediaType: 'text/csv',
    schema: csv('Every active partner by name', CSV_COLUMNS),
    notFound: 'Not published (check the address).',
    example: csvText(CSV_COLUMNS, [
      [
        'fernhollow-digital',
        'Fernhollow Digital',
        'Gold',
        'Agency',
        'Europe',
        'Retail',
        'https://fernhollow.example',
        'Checkout and loyalty integrations for independent retailers.',
        '2024-03-04',
        'active',
        at(routes.partner('fernhollow-digital')),
        at(routes.verify('fernhollow-digital')),
        'Netherlands',
        'Dutch; English',
        '2016',
      ],
    ]),
  },
  appsCsv: {
    path: routes.appsCsv,
    tag: 'Exports',
    summary: 'Every listed app, one row each, for spreadsheets and CRMs.',
    mediaType: 'text/csv',
    schema: csv('Every listed app by name', APPS_CSV_COLUMNS),
    notFound: 'Not published (check the address).',
    example: csvText(APPS_CSV_COLUMNS, [
      [
        'fernhollow-loyalty-sync',
        'Loyalty Sync',
        'Fernhollow Digital',
        'Gold',
        'Integration',
        'Loyalty',
        'Paid, from €29 a month',
        'Europe',
        'English',
        'Built for Lumenrail',
        'Keeps loyalty points in step with every Lumenrail payment.',
        '2025-02-10',
        'https://fernhollow.example/loyalty-sync/install',
        at(routes.app('fernhollow-loyalty-sync')),
      ],
    ]),
  },
  partnersNdjson: {
    path: routes.apiV1PartnersNdjson,
    tag: 'Exports',
    summary: 'Every partner, any status, as one full Partner record a line: the whole directory in one download.',
    mediaType: 'application/x-ndjson',
    schema: {
      type: 'string',
      description:
        "Newline-delimited JSON (UTF-8): each line one Partner record (#/components/schemas/Partner), the same as the partner's own file, in the order of partners.json (by id).",
    },
    notFound: 'Not published (check the address).',
    example: `${JSON.stringify(API_V1_EXAMPLES.partner)}\n`,
  },
} as const satisfies Record<string, SiteOutput>;

export type SiteOutputName = keyof typeof SITE_OUTPUTS;
