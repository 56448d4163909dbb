// One realistic, fictional example per response, for the OpenAPI document (and through it any
// client generator or documentation viewer). tests/api-contract.test.ts parses each with the
// strict schema of its endpoint and its published JSON Schema, so an example cannot drift from
// the contract: a field added to a schema needs its example here.
import type { z } from 'zod';
import type { API_V1, ErrorSchema } from './v1.ts';

type Example<K extends keyof typeof API_V1> = z.input<(typeof API_V1)[K]['schema']>;

const SITE = 'https://partners.lumenrail.example';
const api = `${SITE}/api/v1`;
const GENERATED = '2026-11-21';

const goldTier = { id: 'gold', name: 'Gold' };
const agency = { id: 'agency', name: 'Agency' };
const europe = { id: 'europe', name: 'Europe' };
const retail = { id: 'retail', name: 'Retail' };

const partnerSummary = {
  id: '6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37',
  slug: 'fernhollow-digital',
  name: 'Fernhollow Digital',
  status: 'active',
  statusSince: '2024-03-04',
  updated: '2026-11-18',
  tier: goldTier,
  types: [agency],
  regions: [europe],
  industries: [retail],
  summary: 'Checkout and loyalty integrations for independent retailers.',
  website: 'https://fernhollow.example',
  logo: `${SITE}/logos/fernhollow-digital-3f9a1c2b7e.webp`,
  profile: `${SITE}/partners/fernhollow-digital/`,
  verify: `${SITE}/verify/fernhollow-digital/`,
  badge: `${SITE}/badges/fernhollow-digital.svg`,
  badgeStatus: 'active',
  since: '2024-03-04',
  featured: true,
  headquarters: { code: 'NL', name: 'Netherlands' },
  languages: [
    { code: 'nl', name: 'Dutch' },
    { code: 'en', name: 'English' },
  ],
  founded: 2016,
} satisfies Example<'partners'>['partners'][number];

const certification = {
  id: 'integration-engineer',
  name: 'Integration Engineer',
  earned: '2025-09-12',
  expires: '2027-09-12',
  status: 'valid',
  badge: `${SITE}/badges/fernhollow-digital/integration-engineer.svg`,
} satisfies Example<'partner'>['certifications'][number];

const caseStudyLink = { slug: 'harbourline-loyalty', title: 'Harbourline doubles repeat orders', url: `${SITE}/case-studies/harbourline-loyalty/` };

const measure = {
  kind: null,
  activity: null,
  count: null,
  per: null,
  window: null,
  metric: null,
  atLeast: null,
  currency: null,
  certification: null,
  people: null,
} as const;

const appSummary = {
  id: '2b8d5f0c-7e1a-5934-b6c2-1d9f3a7e4c85',
  updated: '2026-10-02',
  slug: 'fernhollow-loyalty-sync',
  name: 'Loyalty Sync',
  kind: { id: 'integration', name: 'Integration' },
  categories: [{ id: 'loyalty', name: 'Loyalty' }],
  summary: 'Keeps loyalty points in step with every Lumenrail payment.',
  pricing: { model: 'paid', from: { amount: 29, currency: 'EUR', period: 'month' }, label: 'Paid, from €29 a month' },
  partner: {
    slug: partnerSummary.slug,
    name: partnerSummary.name,
    tier: goldTier,
    profile: partnerSummary.profile,
    verify: partnerSummary.verify,
  },
  regions: [europe],
  languages: [{ id: 'en', name: 'English' }],
  icon: `${SITE}/logos/_app-fernhollow-loyalty-sync-81c0d2e4aa.webp`,
  page: `${SITE}/apps/fernhollow-loyalty-sync/`,
  install: 'https://fernhollow.example/loyalty-sync/install',
  listedSince: '2025-02-10',
  featured: false,
  verify: `${SITE}/verify/apps/fernhollow-loyalty-sync/`,
  badge: `${SITE}/badges/apps/fernhollow-loyalty-sync.svg`,
  badgeStatus: 'active',
} satisfies Example<'apps'>['apps'][number];

/** Events of the change feed: a page of them is the example of changes.json and of an archive page. */
const changeEvents = [
  {
    type: 'partner.tier-changed',
    id: '9d4e6b2a-1c3f-5a87-b0e2-7f5c3d1a9e64',
    date: '2026-11-18T09:42:00Z',
    entity: { kind: 'partner', id: '6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37', slug: 'fernhollow-digital', name: 'Fernhollow Digital' },
    from: 'silver',
    to: 'gold',
  },
  {
    type: 'certification.earned',
    id: '4a7f1e9c-2d6b-5c30-a8f1-3e9b7d2c5a18',
    date: '2025-09-12T00:00:00Z',
    entity: { kind: 'partner', id: '6f1c2a9e-3b7d-5e41-9c0a-8d2f4b6e1a37', slug: 'fernhollow-digital', name: 'Fernhollow Digital' },
    certification: { id: 'integration-engineer', earned: '2025-09-12', expires: '2027-09-12' },
  },
] as const;

/**
 * The example response of each v1 endpoint, by its name in API_V1. Partial only so that a new
 * endpoint does not stop the type check: the tests require an example for every endpoint.
 */
export const API_V1_EXAMPLES: { [K in keyof typeof API_V1]?: Example<K> } = {
  program: {
    version: 'v1',
    generated: GENERATED,
    name: 'Lumenrail Partner Network',
    organization: { name: 'Lumenrail Ltd', website: 'https://lumenrail.example' },
    tagline: 'Build, sell and grow with the Lumenrail payments API.',
    purpose: 'Lumenrail is a fictional payments platform; its partner network brings together the companies that build on it.',
    url: `${SITE}/`,
    partnerTypes: [agency, { id: 'technology', name: 'Technology' }],
    regions: [europe],
    industries: [retail],
    integrationCategories: [{ id: 'loyalty', name: 'Loyalty' }],
    certifications: [
      { id: 'integration-engineer', name: 'Integration Engineer', description: 'Builds and supports Lumenrail integrations.', validityMonths: 24 },
    ],
    signup: 'https://lumenrail.example/partners/apply',
    tracks: [],
    endpoints: {
      partners: `${api}/partners.json`,
      tiers: `${api}/tiers.json`,
      caseStudies: `${api}/case-studies.json`,
      openapi: `${api}/openapi.json`,
      apps: `${api}/apps.json`,
      certifications: `${api}/certifications.json`,
      partnersNdjson: `${api}/partners.ndjson`,
    },
    appCertifications: [{ id: 'built-for-lumenrail', name: 'Built for Lumenrail', criteria: ['Uses webhooks for payment events.'], validityMonths: 12 }],
    contribute: {
      repository: 'https://github.com/lumenrail-example/partner-network',
      applicationForm: 'https://github.com/lumenrail-example/partner-network/issues/new?template=partner-application.yml',
      appSubmissionForm: 'https://github.com/lumenrail-example/partner-network/issues/new?template=app-submission.yml',
      contentSchemas: [
        { kind: 'partner', files: ['partners/<slug>.yaml'], schema: `${SITE}/schemas/content/partner.schema.json` },
        { kind: 'app', files: ['apps/<slug>.yaml'], schema: `${SITE}/schemas/content/app.schema.json` },
      ],
    },
  },
  tiers: {
    version: 'v1',
    generated: GENERATED,
    tiers: [
      {
        id: 'gold',
        name: 'Gold',
        rank: 2,
        description: 'For partners with live integrations and certified engineers.',
        fee: { amount: 2400, currency: 'EUR', period: 'year' },
        benefits: ['Listed first in the directory', 'Four hours of solution engineering a quarter'],
        requirements: [
          {
            description: 'Two certified integration engineers',
            ...measure,
            kind: 'certified-people',
            certification: 'integration-engineer',
            people: 2,
            anyOf: null,
          },
        ],
        partners: 14,
        url: `${SITE}/tiers/gold/`,
        fees: [{ amount: 2400, currency: 'EUR', period: 'year', label: null }],
        invitationOnly: false,
        color: '#b8860b',
        tracks: [],
        benefitValues: [{ id: 'solution-engineering', name: 'Solution engineering', group: 'access', value: '4 hours' }],
      },
    ],
  },
  partners: {
    version: 'v1',
    generated: partnerSummary.updated,
    count: 1,
    partners: [partnerSummary],
    page: 1,
    pages: 3,
    total: 2047,
    next: `${api}/partners/page/2.json`,
  },
  partner: {
    ...partnerSummary,
    description: 'Fernhollow builds checkout, loyalty and returns integrations for independent retailers across the Benelux.',
    services: ['Integration', 'Implementation'],
    integrations: [{ name: 'Loyalty Sync', category: { id: 'loyalty', name: 'Loyalty' }, description: null, url: appSummary.page }],
    contacts: [{ name: 'Partnerships team', role: null, email: 'partners@fernhollow.example', url: null }],
    links: [{ label: 'Developer blog', url: 'https://fernhollow.example/blog' }],
    certifications: [certification],
    certifiedPeople: [{ certification: 'integration-engineer', name: 'Integration Engineer', people: 3 }],
    badgeDetails: {
      status: 'active',
      message: 'Gold',
      description: 'Fernhollow Digital is a Gold partner of Lumenrail Partner Network.',
      asOf: partnerSummary.updated,
      svg: partnerSummary.badge,
      shields: `${SITE}/badges/fernhollow-digital.json`,
    },
    activeThisQuarter: null,
    caseStudies: [caseStudyLink],
  },
  caseStudies: {
    version: 'v1',
    generated: GENERATED,
    caseStudies: [
      {
        ...caseStudyLink,
        summary: 'A loyalty programme wired into checkout in three weeks.',
        published: '2026-05-18',
        partners: [partnerSummary.slug],
        industry: retail,
        customer: { name: 'Harbourline Outfitters', website: 'https://harbourline.example', logo: null },
        image: {
          url: `${SITE}/logos/_cover-case-study-harbourline-loyalty-5d1e07b9c3.webp`,
          width: 1200,
          height: 630,
          alt: 'A shop counter with a card reader',
        },
      },
    ],
  },
  apps: { version: 'v1', generated: appSummary.updated, count: 1, apps: [appSummary], page: 1, pages: 1, total: 1, next: null },
  certifications: {
    version: 'v1',
    generated: partnerSummary.updated,
    count: 1,
    certifications: [
      {
        holder: { kind: 'partner', id: partnerSummary.id, slug: partnerSummary.slug, name: partnerSummary.name },
        certification: { id: certification.id, name: certification.name },
        earned: certification.earned,
        expires: certification.expires,
        status: certification.status,
      },
    ],
    page: 1,
    pages: 2,
    total: 1380,
    next: `${api}/certifications/page/2.json`,
  },
  changes: { version: 'v1', page: null, events: [...changeEvents], next: `${api}/changes/1.json` },
  changesArchive: { version: 'v1', page: 1, events: [...changeEvents], next: null },
  status: {
    version: 'v1',
    generatedAt: '2026-11-21T06:12:40.512Z',
    buildDate: '2026-11-21',
    contentRevision: '5d0c6a1f3e9b27c84a1d0e6f93b5c2a7e8f41d06',
    contentDate: '2026-11-19',
    apiVersion: '1.3.0',
  },
  app: {
    ...appSummary,
    description: 'Loyalty Sync credits points when a payment settles and takes them back on a refund.',
    usesApis: ['Reads settled payments through webhooks', 'Reads refunds to reverse points'],
    pricingDetails: 'Free for the first 500 orders a month.',
    docs: 'https://fernhollow.example/loyalty-sync/docs',
    support: 'https://fernhollow.example/support',
    privacyPolicy: 'https://fernhollow.example/privacy',
    screenshots: [{ url: `${SITE}/logos/_screenshot-fernhollow-loyalty-sync-1-0a4b9e2f61.webp`, caption: 'Points per order', width: 1280, height: 800 }],
    certifications: [
      {
        id: 'built-for-lumenrail',
        name: 'Built for Lumenrail',
        earned: '2025-03-01',
        expires: '2026-03-01',
        status: 'expired',
        badge: `${SITE}/badges/apps/fernhollow-loyalty-sync/built-for-lumenrail.svg`,
      },
    ],
    reviewed: '2026-10-02',
    caseStudies: [caseStudyLink],
  },
};

/** The body of /api/v1/404.json, as every 404 of the API documents it. */
export const ERROR_EXAMPLE = {
  type: 'about:blank',
  status: 404,
  title: 'Not Found',
  detail: 'Nothing is published at this address of the Lumenrail Partner Network API.',
  documentation: `${SITE}/api/`,
} satisfies z.input<typeof ErrorSchema>;
