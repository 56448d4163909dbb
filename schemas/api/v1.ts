// The technology partnership interface, version 1: the shape of every JSON response. Responses
// are built from the model and parsed with these strict schemas, so the schema, not each
// endpoint, decides what is public: an unexpected field fails the build instead of leaking.
// Field names here are a contract: change them only by adding /api/v2/.
import { z } from 'zod';
import contract from './v1-contract.json' with { type: 'json' };

const url = () => z.url().meta({ description: 'An absolute URL.' });
const date = () => z.iso.date().meta({ description: 'An ISO date, YYYY-MM-DD.' });
const term = z.strictObject({ id: z.string(), name: z.string() }).meta({ id: 'Term' });
const namedCode = (what: string) => z.strictObject({ code: z.string(), name: z.string().meta({ description: `The ${what}'s name in English.` }) });
const image = z
  .strictObject({ url: url(), width: z.int(), height: z.int(), alt: z.string().meta({ description: 'What the image shows.' }) })
  .meta({ id: 'Image', description: 'An image the site publishes (WebP), with its size in pixels.' });

export const BadgeStatusSchema = z.enum(['active', 'expiring', 'expired', 'revoked']).meta({
  id: 'BadgeStatus',
  description: 'active and expiring are current; expired and revoked are not.',
});

const uuid = (description: string) => z.uuid().meta({ description });

/** What a paged list file says about its place in the list; page 1 is the list's own path. */
const pageFields = (what: string) => ({
  page: z.int().meta({ description: `This file's page of the ${what}, from 1.` }),
  pages: z.int().meta({
    description: `How many pages the ${what} has; every page holds the same number of records (PARTNERKIT_API_PAGE_SIZE, 1,000 unless the program sets another) except the last.`,
  }),
  total: z.int().meta({ description: `How many records the ${what} holds over all its pages.` }),
  next: url().nullable().meta({ description: 'The next page, or null on the last page.' }),
});

/** `generated` of a file that is not paged: the date of what it describes, so the file does not change with every build. */
const describedDate = (what: string) =>
  date().meta({ description: `The date ${what} last changed (its last commit), else the build date when the content has no git history.` });
const contentDate = () =>
  date().meta({ description: "The date of the content's last change (its last commit), else the build date when the content has no git history." });

/** `generated` of a list page: a date its records state, so the page changes only with them. */
const listDate = (what: string) =>
  date().meta({
    description: `The newest date any ${what} on this page was last changed (from the content's git history), else the date of the content's last change: not the build date, so a page changes only when what it lists changes.`,
  });

export const PartnerStatusSchema = z.enum(['active', 'inactive', 'former']).meta({
  id: 'PartnerStatus',
  description:
    'active: a current partner; inactive: the partnership is paused; former: the partnership has ended (an alumnus). Only an active partner is endorsed by the program.',
});

export const PartnerSummarySchema = z
  .strictObject({
    id: uuid('Immutable: the same under every slug the partner has had, so a renamed partner is the same record. Key synced records on it, not on the slug.'),
    slug: z.string(),
    name: z.string(),
    status: PartnerStatusSchema,
    statusSince: date()
      .nullable()
      .meta({ description: "When the partner's status last changed, from the content's git history; null when the history does not say." }),
    updated: date()
      .nullable()
      .meta({ description: "When the partner's file last changed, from the content's git history; null when the history does not say." }),
    tier: term.meta({
      description:
        'The tier an active partner holds; for an inactive or former partner, the last tier it held, which it no longer holds (its badgeStatus is expired or revoked).',
    }),
    types: z.array(term),
    regions: z.array(term),
    industries: z.array(term),
    summary: z.string(),
    website: url(),
    logo: url(),
    profile: url().meta({
      description: 'The profile page of an active partner; an inactive or former partner has none, so this is its verify page, which states its standing.',
    }),
    verify: url(),
    badge: url(),
    badgeStatus: BadgeStatusSchema.meta({
      description: 'What the tier badge says: active for an active partner, expired for an inactive one, revoked for a former one.',
    }),
    since: date().nullable(),
    featured: z.boolean().meta({ description: 'Shown on the showcase; never true for a partner that is not active.' }),
    headquarters: namedCode('country').nullable().meta({ description: 'The country of the head office: its ISO 3166-1 alpha-2 code and name.' }),
    languages: z.array(namedCode('language')).meta({ description: 'Languages the partner works in: BCP 47 codes and names.' }),
    founded: z.int().nullable().meta({ description: 'The year the company was founded.' }),
  })
  .meta({ id: 'PartnerSummary' });

export const CertificationSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    earned: date(),
    expires: date(),
    status: z.enum(['valid', 'expiring', 'expired', 'revoked']).meta({
      id: 'CertificationStatus',
      description:
        'valid, expiring (within 30 days of its end) or expired, by its dates; revoked when the holder is no longer an active partner: a certification never outlives the partnership.',
    }),
    badge: url(),
  })
  .meta({ id: 'Certification' });

const requirementKind = z.enum(['activity', 'metric', 'certified-people', 'any-of']).meta({
  id: 'RequirementKind',
  description:
    'activity: a count of ledger activities; metric: a threshold on a recorded metric; certified-people: people holding a certification; any-of: one of several.',
});

/** How a tier requirement is measured; fields that do not apply to its kind are null. */
const measureFields = {
  kind: requirementKind.nullable(),
  activity: z.string().nullable(),
  count: z.int().nullable(),
  per: z.string().nullable(),
  window: z.enum(['calendar', 'rolling']).nullable(),
  metric: z.string().nullable(),
  atLeast: z.number().nullable(),
  currency: z.string().nullable(),
  certification: z.string().nullable(),
  people: z.int().nullable(),
};

export const PartnerSchema = PartnerSummarySchema.extend({
  description: z.string().nullable(),
  services: z.array(z.string()),
  integrations: z.array(z.strictObject({ name: z.string(), category: term, description: z.string().nullable(), url: url().nullable() })),
  contacts: z
    .array(z.strictObject({ name: z.string(), role: z.string().nullable(), email: z.email().nullable(), url: url().nullable() }))
    .meta({ description: 'Public contacts only.' }),
  links: z.array(z.strictObject({ label: z.string(), url: url() })),
  certifications: z.array(CertificationSchema),
  certifiedPeople: z.array(z.strictObject({ certification: z.string(), name: z.string(), people: z.int() })).meta({
    description: 'How many people at the partner hold each certification on the build date: counts only, never names; empty for a partner that is not active.',
  }),
  badgeDetails: z.strictObject({
    status: BadgeStatusSchema,
    message: z.string(),
    description: z.string(),
    asOf: date().meta({
      description:
        "The date of what the badge states: when the partner's file last changed (from the content's git history), else the date of the content's last change. Not the build date.",
    }),
    svg: url(),
    shields: url(),
  }),
  activeThisQuarter: z.boolean().nullable().meta({
    description:
      'Whether the partner recorded an activity with the program this calendar quarter; null when the program does not publish it (program.yaml reciprocity.publish.activeThisQuarter).',
  }),
  caseStudies: z.array(z.strictObject({ slug: z.string(), title: z.string(), url: url() })),
}).meta({ id: 'Partner' });

export const PartnerListSchema = z
  .strictObject({
    version: z.literal('v1'),
    generated: listDate('partner'),
    count: z.int().meta({ description: 'How many partners this page holds.' }),
    partners: z.array(PartnerSummarySchema),
    ...pageFields('partner list'),
  })
  .meta({
    id: 'PartnerList',
    description:
      'Every partner, active, inactive and former, with its status, in pages ordered by id: a partner keeps its place whatever it is renamed to, so an edit to a partner changes only the page it is on (a partner added or removed moves those after it).',
  });

export const MovedSchema = z
  .strictObject({
    movedTo: url().meta({ description: "The partner's file under its current slug." }),
    id: uuid('The immutable id of the partner, as in its record.'),
    slug: z.string().meta({ description: "The partner's current slug." }),
  })
  .meta({ id: 'Moved', description: "What a partner's former slug answers with: the partner was renamed, its record is at movedTo." });

export const TierSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    rank: z.int(),
    description: z.string().nullable(),
    fee: z.strictObject({ amount: z.number(), currency: z.string(), period: z.string() }).nullable(),
    benefits: z.array(z.string()),
    requirements: z.array(
      z.strictObject({
        description: z.string(),
        ...measureFields,
        anyOf: z
          .array(z.strictObject(measureFields))
          .nullable()
          .meta({ description: 'For kind any-of: the alternatives, any one of which meets the requirement.' }),
      }),
    ),
    partners: z.int(),
    url: url(),
    fees: z
      .array(
        z.strictObject({
          amount: z.number(),
          currency: z.string().meta({ description: 'ISO 4217 currency code.' }),
          period: z.string().meta({ description: 'one-time, month or year.' }),
          label: z.string().nullable().meta({ description: 'What the fee is for, when the program names it.' }),
        }),
      )
      .meta({ description: 'Every fee of the tier, in every currency listed; empty when free or by invitation.' }),
    invitationOnly: z.boolean().meta({ description: 'Partners join this tier only when invited.' }),
    color: z.string().nullable().meta({ description: "The tier's colour as #rrggbb, when the program sets one." }),
    tracks: z.array(z.string()).meta({ description: 'Ids of the tracks whose ladder holds this tier; empty when the program has one ladder.' }),
    benefitValues: z
      .array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          group: z.string().meta({ description: 'The building block the benefit belongs to, or "other".' }),
          value: z.string().meta({ description: 'What the tier gets, e.g. "Included", "4 hours" or "€10,000".' }),
        }),
      )
      .meta({ description: 'The benefits partners at this tier get, with their value at this tier.' }),
  })
  .meta({ id: 'Tier' });

export const TierListSchema = z.strictObject({ version: z.literal('v1'), generated: contentDate(), tiers: z.array(TierSchema) }).meta({ id: 'TierList' });

/** How a partner's own systems propose changes: the content lives in a repository and changes arrive as pull requests. */
export const ContributeSchema = z
  .strictObject({
    repository: url().meta({
      description: "The repository that holds the program's content; partners propose changes to their listing there as pull requests.",
    }),
    applicationForm: url()
      .nullable()
      .meta({ description: 'The form that starts a partner application (an issue form of the repository); null when the repository is not on GitHub.' }),
    appSubmissionForm: url().nullable().meta({ description: 'The form that submits an app to the marketplace; null when the repository is not on GitHub.' }),
    contentSchemas: z
      .array(
        z.strictObject({
          kind: z.string().meta({ description: 'The kind of content file, e.g. partner or app.' }),
          files: z.array(z.string()).meta({ description: 'Where such files live in the repository, e.g. partners/<slug>.yaml.' }),
          schema: url().meta({ description: 'The JSON Schema every such file must match.' }),
        }),
      )
      .meta({ description: 'The JSON Schema of each kind of content file, for writing files the program accepts.' }),
  })
  .meta({
    id: 'Contribute',
    description: "Where and how partners' own systems propose changes; present when program.yaml names the repository (site.repository).",
  });

/** The body of a JSON 404 (RFC 9457 problem details), at /api/v1/404.json, for hosts set up to serve it for missing API paths. */
export const ErrorSchema = z
  .strictObject({
    type: z.literal('about:blank').meta({ description: 'RFC 9457: no problem type beyond the HTTP status.' }),
    status: z.int().meta({ description: 'The HTTP status code, 404.' }),
    title: z.string().meta({ description: 'The HTTP status in words, "Not Found".' }),
    detail: z.string().meta({ description: 'What is missing and where to look instead.' }),
    documentation: url().meta({ description: "The API's documentation." }),
  })
  .meta({ id: 'Error', description: 'The body of a 404 for a path of the API that is not published (RFC 9457 problem details).' });

export const ProgramSchema = z
  .strictObject({
    version: z.literal('v1'),
    generated: describedDate('program.yaml'),
    name: z.string(),
    organization: z
      .strictObject({ name: z.string(), website: url().nullable() })
      .meta({ description: 'The company that runs the program (named as the program when program.yaml does not name it).' }),
    tagline: z.string(),
    purpose: z.string(),
    url: url(),
    partnerTypes: z.array(term),
    regions: z.array(term),
    industries: z.array(term),
    integrationCategories: z.array(term),
    certifications: z.array(z.strictObject({ id: z.string(), name: z.string(), description: z.string(), validityMonths: z.int() })),
    signup: url().nullable(),
    tracks: z
      .array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          partnerTypes: z.array(z.string()).meta({ description: 'Ids of the partner types that climb this ladder.' }),
          tiers: z.array(z.string()).meta({ description: 'Tier ids of the ladder, from the first to the highest.' }),
        }),
      )
      .meta({ description: 'Ladders of tiers per partner type; empty when every partner climbs the one ladder of tiers.' }),
    endpoints: z.strictObject({
      partners: url(),
      tiers: url(),
      caseStudies: url(),
      openapi: url(),
      apps: url(),
      certifications: url().meta({ description: 'Every held certification, with its holder, dates and status.' }),
      partnersNdjson: url().meta({
        description: 'Every partner as one full Partner record per line (application/x-ndjson): the whole directory in one download.',
      }),
    }),
    appCertifications: z.array(z.strictObject({ id: z.string(), name: z.string(), criteria: z.array(z.string()), validityMonths: z.int() })).meta({
      description: 'Certifications apps in the marketplace can earn, with their criteria.',
    }),
    contribute: ContributeSchema.optional(),
  })
  .meta({ id: 'Program' });

export const CaseStudyListSchema = z
  .strictObject({
    version: z.literal('v1'),
    generated: describedDate('a case study'),
    caseStudies: z.array(
      z.strictObject({
        slug: z.string(),
        title: z.string(),
        summary: z.string(),
        published: date(),
        partners: z.array(z.string()),
        url: url(),
        industry: term.nullable(),
        customer: z.strictObject({ name: z.string(), website: url().nullable(), logo: url().nullable() }).nullable(),
        image: image.nullable(),
      }),
    ),
  })
  .meta({ id: 'CaseStudyList' });

export const AppSummarySchema = z
  .strictObject({
    id: uuid('Immutable: the same under every slug the app has had. Key synced records on it, not on the slug.'),
    updated: date().nullable().meta({ description: "When the app's file last changed, from the content's git history; null when the history does not say." }),
    slug: z.string(),
    name: z.string(),
    kind: term,
    categories: z.array(term),
    summary: z.string(),
    pricing: z
      .strictObject({
        model: z.enum(['free', 'freemium', 'paid', 'contact']),
        from: z.strictObject({ amount: z.number(), currency: z.string(), period: z.string() }).nullable(),
        label: z.string().meta({ description: 'As the marketplace shows it, e.g. "Paid, from $29 a month".' }),
      })
      .meta({ description: 'How it is paid for.' }),
    partner: z.strictObject({ slug: z.string(), name: z.string(), tier: term, profile: url(), verify: url() }).meta({ description: 'The partner behind it.' }),
    regions: z.array(term),
    languages: z.array(term).meta({ description: 'Language tags (e.g. pt-BR) with their English names.' }),
    icon: url(),
    page: url(),
    install: url(),
    listedSince: date(),
    featured: z.boolean(),
    verify: url(),
    badge: url(),
    badgeStatus: BadgeStatusSchema,
  })
  .meta({ id: 'AppSummary' });

export const AppSchema = AppSummarySchema.extend({
  description: z.string().nullable(),
  usesApis: z.array(z.string()).meta({ description: "What it does with the platform's APIs, one line each." }),
  pricingDetails: z.string().nullable(),
  docs: url().nullable(),
  support: url().nullable(),
  privacyPolicy: url().nullable(),
  screenshots: z.array(z.strictObject({ url: url(), caption: z.string(), width: z.int(), height: z.int() })),
  certifications: z.array(CertificationSchema),
  reviewed: date().nullable(),
  caseStudies: z.array(z.strictObject({ slug: z.string(), title: z.string(), url: url() })).meta({ description: "Case studies about the app's partner." }),
}).meta({ id: 'App' });

export const AppListSchema = z
  .strictObject({
    version: z.literal('v1'),
    generated: listDate('app'),
    count: z.int().meta({ description: 'How many apps this page holds.' }),
    apps: z.array(AppSummarySchema),
    ...pageFields('app list'),
  })
  .meta({ id: 'AppList', description: 'Every listed app (apps of active partners), in pages ordered by id.' });

export const CertificationHoldingSchema = z
  .strictObject({
    holder: z
      .strictObject({
        kind: z.enum(['partner', 'app']),
        id: uuid("The holder's immutable id, as in its record."),
        slug: z.string(),
        name: z.string(),
      })
      .meta({ description: 'Who holds it: a partner (any status) or a listed app.' }),
    certification: term.meta({ description: 'The certification: its id in program.json (certifications or appCertifications) and its name.' }),
    earned: date(),
    expires: date(),
    status: CertificationSchema.shape.status,
  })
  .meta({ id: 'CertificationHolding' });

export const CertificationListSchema = z
  .strictObject({
    version: z.literal('v1'),
    generated: listDate('holder'),
    count: z.int().meta({ description: 'How many certifications this page holds.' }),
    certifications: z.array(CertificationHoldingSchema),
    ...pageFields('certification list'),
  })
  .meta({
    id: 'CertificationList',
    description:
      "Every certification held by a partner or a listed app, the same as in the holders' own records, in pages ordered by the holder's id, then the certification's id.",
  });

const changeEntity = z
  .strictObject({
    kind: z.enum(['partner', 'app', 'case-study', 'news']).meta({ description: 'What changed: a partner, an app, a case study or a news post.' }),
    id: z.uuid().meta({ description: 'Its immutable id: the same under every slug it has had; key your records on it.' }),
    slug: z.string().meta({ description: 'Its slug when the event happened (its path in this API, e.g. /partners/{slug}.json).' }),
    name: z
      .string()
      .nullable()
      .meta({ description: "A partner's or app's name when the event happened; null for case studies and news posts (fetch them for their titles)." }),
  })
  .meta({ id: 'ChangeEntity', description: 'The partner, app, case study or news post an event is about.' });

const changeBase = {
  id: z.uuid().meta({ description: "The event's id: the same in every build, so a client can tell events it has already applied." }),
  date: z.iso.datetime().meta({
    description:
      "When it happened, RFC 3339 in UTC: the time the change was committed to the content (never earlier than the commit before it), or the day a certification's status changed.",
  }),
  entity: changeEntity,
};
const changeEvent = <Type extends string>(type: Type, description: string, fields: z.core.$ZodLooseShape = {}) =>
  z.strictObject({ type: z.literal(type).meta({ description: 'The kind of event.' }), ...changeBase, ...fields }).meta({ description });
const fromTo = (what: string) => ({
  from: z
    .string()
    .nullable()
    .meta({ description: `The ${what} before; null when the old file did not hold a valid ${what}.` }),
  to: z
    .string()
    .nullable()
    .meta({ description: `The ${what} after; null when the file did not hold a valid ${what}.` }),
});
const changedFieldNames = (what: string) =>
  z
    .array(z.string())
    .meta({ description: `The top-level fields of the ${what} file that changed (names from its content schema); fetch the ${what} for the values.` });
const heldCertification = z
  .strictObject({
    id: z.string().meta({ description: 'The certification id (program.json certifications).' }),
    earned: date().nullable().meta({ description: 'When it was earned.' }),
    expires: date().nullable().meta({ description: "When it expires; null on certification.earned (see the partner's certifications)." }),
  })
  .meta({ description: 'The certification the event is about.' });

export const ChangeEventSchema = z
  .discriminatedUnion('type', [
    changeEvent('partner.joined', 'A partner was added to the program.', {
      tier: z
        .string()
        .nullable()
        .meta({ description: 'Its tier id when it joined (a tier the program may have dropped since); null when its file held no valid tier id.' }),
      status: z.string().nullable().meta({ description: 'Its status when it joined (active, inactive or alumni); null when its file held another value.' }),
    }),
    changeEvent('partner.tier-changed', 'A partner moved to another tier.', fromTo('tier id')),
    changeEvent('partner.status-changed', 'A partner became active, inactive or alumni.', fromTo('status')),
    changeEvent('partner.renamed', "A partner's slug changed: its old paths keep answering.", {
      from: z.string().meta({ description: 'The old slug.' }),
      to: z.string().meta({ description: 'The new slug.' }),
    }),
    changeEvent('partner.updated', "A partner's profile changed.", { fields: changedFieldNames('partner') }),
    changeEvent('partner.left', "A partner's file was removed: it is no longer listed."),
    changeEvent('certification.earned', 'A partner recorded a certification.', { certification: heldCertification }),
    changeEvent('certification.expiring', "A partner's certification has 30 days or less left.", { certification: heldCertification }),
    changeEvent('certification.expired', "A partner's certification expired.", { certification: heldCertification }),
    changeEvent('app.listed', 'An app was added to the marketplace.'),
    changeEvent('app.updated', "An app's listing changed.", { fields: changedFieldNames('app') }),
    changeEvent('app.delisted', "An app's file was removed from the marketplace."),
    changeEvent('case-study.published', 'A case study was published.'),
    changeEvent('news.published', 'A news post was published.'),
    changeEvent('baseline', 'The entity was there when the history starts (a shallow clone of the content, or content without git history): load it in full.'),
  ])
  .meta({ id: 'ChangeEvent', description: 'One change to the program, by type.' });

export const ChangePageSchema = z
  .strictObject({
    version: z.literal('v1').meta({ description: 'The API version.' }),
    page: z.int().nullable().meta({ description: 'The number of this archive page, 1 the oldest; null on the head page (changes.json).' }),
    events: z
      .array(ChangeEventSchema)
      .meta({ description: 'The events of this page, newest first: by date, events of the same second in the order they were committed.' }),
    next: url().nullable().meta({ description: 'The page of the events just before these (older); null on page 1.' }),
  })
  .meta({
    id: 'ChangePage',
    description:
      'A page of change events, for incremental sync. changes.json is the head: the newest events, newest first; it is empty when the newest archive page has just filled, and then the newest events are on the page next names. Older events are in numbered archive pages of a fixed size, cut from the oldest event: once full, an archive page never changes (cache it for ever). Follow next until you reach an event you have applied.',
  });

/** Every v1 endpoint: its path under /api/v1, its response schema, and what it is. */
export const StatusSchema = z
  .strictObject({
    version: z.literal('v1'),
    generatedAt: z.iso.datetime({ offset: true }).meta({
      description:
        'When the site was built (RFC 3339, UTC). The one value in the API that changes with every build; every other file changes only when what it describes changes.',
    }),
    buildDate: date().meta({
      description:
        'The day the build computed date-dependent statuses for (a certification valid, expiring or expired): the other files state facts with their own dates, never this one.',
    }),
    contentRevision: z.string().nullable().meta({
      description:
        "The last git commit that changed the program's records (program.yaml, partners, apps, case studies, news): what /changes.json is computed from; null when the site was built without git history.",
    }),
    contentDate: date().meta({ description: 'The date of that commit (UTC): when the records last changed; the build date without git history.' }),
    apiVersion: z.string().meta({ description: "The version of this API's contract, as in the OpenAPI document's info.version." }),
  })
  .meta({ id: 'Status', description: 'When and from which revision of the content the site was built.' });

export const API_V1 = {
  program: { path: '/program.json', schema: ProgramSchema, summary: 'The program: name, vocabularies, certifications and the other endpoints.' },
  tiers: { path: '/tiers.json', schema: TierListSchema, summary: 'Tiers with benefits, requirements, fees and partner counts.' },
  partners: {
    path: '/partners.json',
    schema: PartnerListSchema,
    summary: 'Every partner, active, inactive and former, with summary fields, status and badge status: page 1; `next` leads to the others.',
  },
  partner: {
    path: '/partners/{slug}.json',
    schema: PartnerSchema,
    /** Other shapes the path answers with: the response is one of `schema` and these. */
    alternatives: [MovedSchema],
    summary:
      "One partner's full public profile: status, certifications, badge status, whether it was active this quarter (when published); at a former slug, where the partner moved to.",
  },
  caseStudies: { path: '/case-studies.json', schema: CaseStudyListSchema, summary: 'Case studies, newest first.' },
  apps: { path: '/apps.json', schema: AppListSchema, summary: 'Every app in the marketplace, with summary fields, pricing and the partner behind it.' },
  app: {
    path: '/apps/{slug}.json',
    schema: AppSchema,
    summary: "One app's full listing: what it does with the APIs, screenshots, links, certifications and related case studies.",
  },
  certifications: {
    path: '/certifications.json',
    schema: CertificationListSchema,
    summary: 'Every certification held by a partner or a listed app, with earned, expires and status: page 1; `next` leads to the others.',
  },
  changes: {
    path: '/changes.json',
    schema: ChangePageSchema,
    summary: 'The newest change events (partners, apps, certifications, posts), newest first, with a link to older pages.',
  },
  changesArchive: {
    path: '/changes/{slug}.json',
    schema: ChangePageSchema,
    summary: 'A full archive page of change events, by number (1 is the oldest); it never changes once published.',
  },
  status: {
    path: '/status.json',
    schema: StatusSchema,
    summary:
      "When the site was built and from which commit of the content: the one file that changes with every build (sync clients compare the others' bytes or ETags).",
  },
} as const;

/** What `{slug}` names in each endpoint that has one, for the OpenAPI parameter and its 404. */
export const API_V1_SLUGS = {
  partner: {
    description: "The partner's slug: its file name, in kebab-case, or one it had before (which answers with Moved).",
    notFound: 'No partner has or had this slug.',
  },
  app: { description: "The app's id: its file name, in kebab-case.", notFound: 'No listed app has this slug.' },
  changesArchive: { description: 'The number of the archive page: 1 is the oldest.', notFound: 'No archive page has this number yet.' },
} as const;

export type ApiV1Name = keyof typeof API_V1;

/** The version of the v1 contract, as schemas/api/v1-contract.json records it (`npm run api:contract` raises it): the OpenAPI document's info.version. */
export const API_V1_VERSION: string = contract.version;
