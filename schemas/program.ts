// program.yaml: the partner program itself. Every building block of an API partner program can be
// described here; most are optional, and a block left out is simply absent from the site.
import { z } from 'zod';
import { block, contentFile, email, hexColor, id, isoDate, LOGO_EXTENSIONS, line, link, linkItem, list, prose } from './common.ts';

/** The site's colours when program.yaml sets none (the contrast check tests the same ones). */
export const DEFAULT_SITE_COLORS = { primary: '#3346d3', accent: '#0e7f63', background: '#ffffff', text: '#1b1f2a' } as const;

const vocabularyTerm = () => z.strictObject({ id: id(), name: line(60), description: prose(400).optional() });

/** A measurable requirement: "2 case studies a year" is `{ activity: case-study, count: 2, per: year }`. */
const measure = z.strictObject({
  activity: id().meta({ description: 'An activity type id from activityTypes.' }),
  count: z.int().min(1).max(1000),
  per: z.enum(['quarter', 'half-year', 'year']),
});

const requirement = z.strictObject({
  description: line(200),
  measure: measure.optional(),
});

const fee = z.strictObject({
  amount: z.number().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'currency' }),
  period: z.enum(['one-time', 'month', 'year']),
});

const tier = z.strictObject({
  id: id(),
  name: line(40),
  description: prose(600),
  fee: fee.optional(),
  benefits: list(line(200), { max: 50, what: 'benefit' }).default([]),
  includesLowerTiers: z.boolean().default(true).meta({
    description: 'Whether partners at this tier also get every benefit of the tiers listed before it (default true).',
  }),
  requirements: list(requirement, { max: 30, what: 'requirement' }).default([]),
});

const certification = z.strictObject({
  id: id(),
  name: line(80),
  description: prose(800),
  validityMonths: z.int().min(1).max(120),
  url: link().optional(),
});

const activityType = z.strictObject({
  id: id(),
  name: line(60),
  weight: z.number().min(0).max(100),
  description: prose(400).optional(),
});

/** The eight kinds of reciprocal activity most programs track, used when the program names none. */
export const DEFAULT_ACTIVITY_TYPES: z.input<typeof activityType>[] = [
  { id: 'partner-page-listing', name: 'Partner page listing', weight: 1 },
  { id: 'testimonial', name: 'Testimonial', weight: 2 },
  { id: 'blog-post', name: 'Blog post', weight: 2 },
  { id: 'white-paper', name: 'White paper', weight: 4 },
  { id: 'press-release', name: 'Press release', weight: 3 },
  { id: 'integration', name: 'Integration', weight: 5 },
  { id: 'workshop', name: 'Workshop', weight: 3 },
  { id: 'referral', name: 'Business referral', weight: 4 },
];

const site = z.strictObject({
  url: link().meta({ description: 'Where the site is published, e.g. https://partners.example.com' }),
  logo: contentFile(LOGO_EXTENSIONS).optional(),
  colors: z
    .strictObject({
      primary: hexColor().default(DEFAULT_SITE_COLORS.primary),
      accent: hexColor().default(DEFAULT_SITE_COLORS.accent),
      background: hexColor().default(DEFAULT_SITE_COLORS.background),
      text: hexColor().default(DEFAULT_SITE_COLORS.text),
    })
    .prefault({}),
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { error: 'language' })
    .default('en'),
});

const onboarding = z.strictObject({
  overview: prose(1200),
  steps: list(z.strictObject({ title: line(), description: prose(600), url: link().optional() }), { max: 20, what: 'step', by: 'title' }).default([]),
  signup: linkItem(),
  contact: z.strictObject({ email: email().optional(), url: link().optional() }).optional(),
});

const blocks = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, block()])) as Record<K, ReturnType<typeof block>>).partial();

const marketing = z.strictObject({
  coMarketing: block().optional(),
  toolkit: block().optional(),
  goToMarketKits: list(block(), { max: 30, what: 'kit', by: 'title' }).optional(),
});

const branding = z.strictObject({
  colors: list(z.strictObject({ name: line(40), hex: hexColor(), usage: line(200).optional() }), { max: 30, what: 'colour', by: 'name' }).default([]),
  usage: z
    .strictObject({ do: list(line(200), { max: 30, what: 'rule' }).default([]), dont: list(line(200), { max: 30, what: 'rule' }).default([]) })
    .optional(),
  boilerplate: prose(2000).optional(),
});

const channel = z.strictObject({ name: line(60), description: prose(400), url: link().optional() });

const event = z.strictObject({
  kind: z.enum(['speaking', 'sponsorship', 'exhibition', 'meetup', 'webinar', 'hackathon', 'conference']),
  title: line(),
  description: prose(600),
  date: isoDate().optional(),
  url: link().optional(),
});

const supportChannel = z.strictObject({
  name: line(60),
  description: prose(400),
  responseTime: line(60).optional(),
  url: link().optional(),
  tiers: list(id(), { max: 20, what: 'tier' }).min(1),
});

export const ProgramSchema = z
  .strictObject({
    name: line(80),
    tagline: line(160),
    purpose: prose(2000),
    value: list(z.strictObject({ title: line(), description: prose(600) }), { max: 12, what: 'value', by: 'title' }).default([]),
    site,
    onboarding: onboarding.optional(),
    partnerTypes: list(vocabularyTerm(), { max: 50, what: 'partner type' }).min(1),
    tiers: list(tier, { max: 20, what: 'tier' }).min(1),
    vocabularies: z
      .strictObject({
        regions: list(vocabularyTerm(), { max: 200, what: 'region' }).default([]),
        industries: list(vocabularyTerm(), { max: 200, what: 'industry' }).default([]),
        integrationCategories: list(vocabularyTerm(), { max: 200, what: 'integration category' }).default([]),
      })
      .prefault({}),
    access: blocks(['earlyAccess', 'partnerApis', 'sandbox', 'demoAccounts'] as const).optional(),
    education: blocks(['guide', 'training'] as const).optional(),
    business: blocks(['discounts', 'deals', 'funding', 'grants', 'incubator', 'resell', 'affiliate'] as const).optional(),
    innovation: blocks(['ideas', 'labs', 'proofOfConcept'] as const).optional(),
    marketing: marketing.optional(),
    branding: branding.optional(),
    communications: list(channel, { max: 30, what: 'channel', by: 'name' }).optional(),
    events: list(event, { max: 200, what: 'event' }).optional(),
    support: list(supportChannel, { max: 30, what: 'support channel', by: 'name' }).optional(),
    certifications: list(certification, { max: 100, what: 'certification' }).default([]),
    activityTypes: list(activityType, { max: 50, what: 'activity type' }).default(DEFAULT_ACTIVITY_TYPES),
    reciprocity: z
      .strictObject({
        latelyDays: z.int().min(7).max(730).default(90),
        publish: z
          .strictObject({
            activeThisQuarter: z.boolean().default(false).meta({
              description:
                'Say "Active this quarter" on the profile of each partner that recorded an activity in its ledger this calendar quarter, and list them on /activity/. Nothing is said about the others.',
            }),
            totals: z.boolean().default(false).meta({
              description: "Show the program's activity of the last 12 months on /activity/: totals by type and by month, for all partners together.",
            }),
          })
          .prefault({})
          .meta({
            description:
              'What the public site may say about activity: only positive facts can be published. Everything else about the partnerships is only in the internal site (`npm run build:internal`).',
          }),
      })
      .prefault({}),
    faq: list(z.strictObject({ question: line(200), answer: prose(2000) }), { max: 100, what: 'question', by: 'question' }).optional(),
  })
  .meta({ title: 'Partnerkit program', description: 'The partner program: content/program.yaml' });

export type ProgramInput = z.input<typeof ProgramSchema>;
export type Program = z.output<typeof ProgramSchema>;
