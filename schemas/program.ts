// program.yaml: the partner program itself. Every building block of an API partner program can be
// described here; most are optional, and a block left out is simply absent from the site.
import { z } from 'zod';
import { block, contentFile, currencyCode, email, hexColor, id, isoDate, LOGO_EXTENSIONS, line, link, linkItem, list, prose } from './common.ts';

/** The site's colours when program.yaml sets none (the contrast check tests the same ones). */
export const DEFAULT_SITE_COLORS = { primary: '#3346d3', accent: '#0e7f63', background: '#ffffff', text: '#1b1f2a' } as const;

const vocabularyTerm = () => z.strictObject({ id: id(), name: line(60), description: prose(400).optional() });

/** How often a requirement is counted: a quarter, a half-year or a year. */
const per = z.enum(['quarter', 'half-year', 'year']).meta({
  description: 'The period it is counted in: quarter, half-year or year (fiscal when the program sets fiscalYearStart).',
});

/** Calendar (or fiscal) periods, or a window that always ends on the build date. */
const window = z.enum(['calendar', 'rolling']).default('calendar').meta({
  description:
    'calendar (default): the current quarter, half-year or year, fiscal when fiscalYearStart is set; rolling: the last 3, 6 or 12 months, ending on the build date.',
});

/** "2 case studies a year": `{ activity: case-study, count: 2, per: year }`. */
const activityMeasure = z.strictObject({
  activity: id().meta({ description: 'An activity type id from activityTypes: the partner must do this many of them.' }),
  count: z.int().min(1).max(1000).meta({ description: 'How many activities of that type the partner does in each period.' }),
  per,
  window,
});

/** "EUR 50,000 revenue a year": `{ metric: revenue, atLeast: 50000, currency: EUR, per: year }`. */
const metricMeasure = z.strictObject({
  metric: id().meta({ description: 'A metric id from metrics: the value partners record in their ledgers.' }),
  atLeast: z.number().min(0).max(1e15).meta({
    description:
      'The least the partner reaches in each period: a sum for money and count metrics, the latest value for number and percent metrics (90 is 90%).',
  }),
  currency: currencyCode()
    .optional()
    .meta({ description: "For a money metric, the metric's own currency, written again for readers: amounts are never converted between currencies." }),
  per,
  window,
});

/** "3 certified consultants": `{ certification: solutions-architect, people: 3 }`, as of the build date. */
const certifiedPeopleMeasure = z.strictObject({
  certification: id().meta({ description: 'A certification id from certifications.' }),
  people: z.int().min(1).max(10000).meta({
    description: "How many of the partner's people (certifiedPeople in the partner file) hold that certification, current on the build date.",
  }),
});

const singleMeasure = z.union([activityMeasure, metricMeasure, certifiedPeopleMeasure]);

/** "A case study or a white paper a year": met when any one of the measures is. */
const anyOfMeasure = z.strictObject({
  anyOf: z
    .array(singleMeasure)
    .min(2)
    .max(10)
    .meta({ description: 'Two or more measures (activity, metric or certified people): the requirement is met when any one of them is.' }),
});

const measure = z.union([activityMeasure, metricMeasure, certifiedPeopleMeasure, anyOfMeasure]).meta({
  description:
    'How the requirement is measured: an activity count ({ activity, count, per }), a metric threshold ({ metric, atLeast, per }), certified people ({ certification, people }), or anyOf: a list of these.',
});

const requirement = z.strictObject({
  description: line(200),
  measure: measure.optional(),
});

export type Measure = z.output<typeof measure>;
export type SingleMeasure = z.output<typeof singleMeasure>;

/** Codes of the metric checks, which src/loader/zod-messages.ts turns into messages. */
export const METRIC_CHECK = { currencyMissing: 'metric-currency-missing', currencyNotMoney: 'metric-currency-not-money' } as const;

/** A number the program tracks per partner and period (revenue, customers, retention…), recorded in the ledgers. */
const metric = z
  .strictObject({
    id: id(),
    name: line(60).meta({ description: 'Its name in progress text, e.g. "Revenue" ("EUR 20,000 more revenue").' }),
    kind: z.enum(['money', 'count', 'number', 'percent']).meta({
      description:
        'money (an amount in one currency, summed over the period), count (whole things, summed), number or percent (a level: the latest value recorded in the period counts; 90 is 90%).',
    }),
    currency: currencyCode().optional().meta({ description: 'For money: the one currency every amount of this metric is recorded in (required for money).' }),
    unit: line(30)
      .optional()
      .meta({ description: 'What is counted or measured, in the singular, e.g. "customer" or "point": shown after the number ("3 customers").' }),
    description: prose(400),
  })
  .check((payload) => {
    const { kind, currency } = payload.value;
    if (kind === 'money' && !currency) payload.issues.push({ code: 'custom', message: METRIC_CHECK.currencyMissing, input: payload.value, path: ['currency'] });
    if (kind !== 'money' && currency) payload.issues.push({ code: 'custom', message: METRIC_CHECK.currencyNotMoney, input: currency, path: ['currency'] });
  });

export type Metric = z.output<typeof metric>;

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
    metrics: list(metric, {
      max: 50,
      what: 'metric',
      description: 'Numbers partners record per period in their ledgers (revenue, customers, retention…), for tier requirements.',
    }).default([]),
    fiscalYearStart: z.int().min(1).max(12).default(1).meta({
      description:
        'The month (1–12) the fiscal year starts in; 1, January, by default. Quarters, half-years and years of requirements follow it; FY2026 is the fiscal year that starts in 2026.',
    }),
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
