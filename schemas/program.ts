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

/** A three-letter ISO 4217 currency code. */
const currency = () =>
  z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'currency' })
    .meta({ description: 'A three-letter ISO 4217 currency code in capitals, e.g. EUR, GBP or USD.' });

const fee = z.strictObject({
  amount: z.number().min(0).meta({ description: 'The price in whole currency units, e.g. 2500 for 2,500 EUR; 0 for free.' }),
  currency: currency(),
  period: z.enum(['one-time', 'month', 'year']).meta({ description: 'How often it is paid: one-time, every month, or every year.' }),
  label: line(60).optional().meta({ description: 'What the fee is for, e.g. "Onboarding fee" or "Yearly membership".' }),
});

const tier = z.strictObject({
  id: id(),
  name: line(40),
  description: prose(600),
  color: hexColor()
    .optional()
    .meta({ description: 'The colour of this tier\'s tags and badges, e.g. "#8a6d00". White text is drawn on it, so pick a dark enough colour.' }),
  invitationOnly: z
    .boolean()
    .default(false)
    .meta({ description: 'Partners join this tier only when the program invites them: the site says "By invitation" instead of a fee or an apply link.' }),
  fees: list(fee, {
    max: 10,
    what: 'fee',
    description: 'What partners pay at this tier: several currencies and one-time and recurring fees may be listed; none means free.',
  }).optional(),
  fee: fee.optional().meta({ description: 'The older form of one fee; write "fees" instead (npm run migrate rewrites it).' }),
  benefits: list(line(200), {
    max: 50,
    what: 'benefit',
    description:
      'The older form: names of benefits this tier adds. Prefer the program\'s "benefits" matrix, with a value per tier (npm run migrate rewrites these).',
  }).default([]),
  includesLowerTiers: z.boolean().default(true).meta({
    description:
      'Whether partners at this tier also get every benefit of the tiers listed before it (default true). Applies to the older per-tier benefits only.',
  }),
  requirements: list(requirement, { max: 30, what: 'requirement' }).default([]),
});

/** The program's building blocks a benefit can belong to: the groups of the tier comparison, in this order. */
export const BENEFIT_GROUPS = ['access', 'support', 'marketing', 'education', 'business', 'innovation', 'events', 'communications'] as const;

/** A benefit's value at one tier: included or not, a text such as "4 hours", or an amount with a unit or a currency. */
const benefitValue = z
  .union(
    [
      z.boolean(),
      line(80),
      z.strictObject({
        amount: z.number().min(0).meta({ description: 'How much or how many, e.g. 10000 or 5.' }),
        unit: line(40).optional().meta({ description: 'What is counted, e.g. "exam vouchers"; after a currency amount, what it is per, e.g. "a year".' }),
        currency: currency().optional(),
      }),
    ],
    { error: 'benefit-value' },
  )
  .meta({
    description:
      'The value at this tier: true (included), false (not included), a text such as "4 hours", or { amount, unit } / { amount, currency } such as { amount: 10000, currency: EUR }.',
  });

const benefit = z.strictObject({
  id: id(),
  name: line(80),
  group: z
    .enum(BENEFIT_GROUPS)
    .optional()
    .meta({ description: `The building block the benefit belongs to, which groups the comparison: one of ${BENEFIT_GROUPS.join(', ')}.` }),
  description: prose(400).optional(),
  values: z.record(id(), benefitValue).default({}).meta({ description: 'The value per tier, by tier id; a tier left out does not get this benefit.' }),
});

const track = z.strictObject({
  id: id(),
  name: line(60),
  description: prose(400).optional(),
  partnerTypes: list(id(), { max: 50, what: 'partner type', description: 'The partner types (ids from partnerTypes) whose ladder this is.' }).min(1),
  tiers: list(id(), { max: 20, what: 'tier', description: 'The tier ids of this ladder, from the first to the highest.' }).min(1),
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
    benefits: list(benefit, {
      max: 100,
      what: 'benefit',
      description: 'The benefits matrix: each benefit with its value per tier, grouped by building block on the tier comparison.',
    }).default([]),
    tracks: list(track, {
      max: 10,
      what: 'track',
      description:
        'Separate ladders of tiers per partner type or group of types, e.g. a technology track and a solutions track; without tracks every partner climbs the one ladder of "tiers".',
    }).optional(),
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
      })
      .prefault({}),
    faq: list(z.strictObject({ question: line(200), answer: prose(2000) }), { max: 100, what: 'question', by: 'question' }).optional(),
  })
  .meta({ title: 'Partnerkit program', description: 'The partner program: content/program.yaml' });

export type ProgramInput = z.input<typeof ProgramSchema>;
export type Program = z.output<typeof ProgramSchema>;
