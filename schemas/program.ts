// program.yaml: the partner program itself. Every building block of an API partner program can be
// described here; most are optional, and a block left out is simply absent from the site.
import { z } from 'zod';
import {
  amountFitsCurrency,
  block,
  contentFile,
  currencyCode,
  email,
  hexColor,
  id,
  isoDate,
  LOGO_EXTENSIONS,
  line,
  link,
  linkItem,
  list,
  MAX_AMOUNT,
  prose,
} from './common.ts';

/** The site's colours when program.yaml sets none (the contrast check tests the same ones). */
export const DEFAULT_SITE_COLORS = { primary: '#3346d3', accent: '#0e7f63', background: '#ffffff', text: '#1b1f2a' } as const;

const vocabularyTerm = () =>
  z.strictObject({
    id: id('The id partner files and filters use for this term.'),
    name: line(60, 'The name shown on the site, e.g. "Consulting partner" or "Europe". Published.'),
    description: prose(400, 'What the term covers, shown where the term is explained. Published.').optional(),
  });

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
  activity: id('An activity type id from activityTypes, e.g. case-study: the partner records this many of them.'),
  count: z.int().min(1).max(1000).meta({ description: 'How many of that activity the partner must record in each period, e.g. 2.' }),
  per,
  window,
});

/** "EUR 50,000 revenue a year": `{ metric: revenue, atLeast: 50000, currency: EUR, per: year }`. */
const metricMeasure = z.strictObject({
  metric: id('A metric id from metrics, e.g. revenue: the values partners record in their ledgers.'),
  atLeast: z.number().min(0).max(MAX_AMOUNT).meta({
    description:
      'The least the partner reaches in each period: a sum for money and count metrics, the latest value for number and percent metrics (90 is 90%).',
  }),
  currency: currencyCode(
    "For a money metric, the metric's own currency, written again for readers: amounts are never converted between currencies.",
  ).optional(),
  per,
  window,
});

/** "3 certified consultants": `{ certification: solutions-architect, people: 3 }`, as of the build date. */
const certifiedPeopleMeasure = z.strictObject({
  certification: id('A certification id from certifications, e.g. solutions-architect.'),
  people: z.int().min(1).max(10000).meta({
    description: "How many of the partner's people (certifiedPeople in the partner file) hold that certification, current on the build date.",
  }),
});

const singleMeasure = z.union([activityMeasure, metricMeasure, certifiedPeopleMeasure]);

/** "A case study or a white paper a year": met when any one of the measures is. */
const anyOfMeasure = z.strictObject({
  anyOf: list(singleMeasure, {
    max: 10,
    what: 'alternative',
    description: 'Two or more measures (activity, metric or certified people): the requirement is met when any one of them is.',
  }).min(2),
});

const measure = z.union([activityMeasure, metricMeasure, certifiedPeopleMeasure, anyOfMeasure]).meta({
  description:
    'How the requirement is measured: an activity count ({ activity, count, per }), a metric threshold ({ metric, atLeast, per }), certified people ({ certification, people }), or anyOf: a list of these.',
});

const requirement = z.strictObject({
  description: line(200, 'The requirement as partners read it, e.g. "Two case studies a year". Published.'),
  measure: measure.optional().meta({
    description:
      'How progress is counted, so progress can be shown: an activity count or a metric threshold from the ledger, certified people from the partner file, or any one of these; leave out for a requirement checked by hand.',
  }),
});

export type Measure = z.output<typeof measure>;
export type SingleMeasure = z.output<typeof singleMeasure>;

/** Codes of the metric checks, which src/loader/zod-messages.ts turns into messages. */
export const METRIC_CHECK = { currencyMissing: 'metric-currency-missing', currencyNotMoney: 'metric-currency-not-money' } as const;

/** A number the program tracks per partner and period (revenue, customers, retention…), recorded in the ledgers. */
const metric = z
  .strictObject({
    id: id('The id requirements and ledgers name the metric by, e.g. revenue.'),
    name: line(60, 'Its name in progress text, e.g. "Revenue" ("EUR 20,000 more revenue").'),
    kind: z.enum(['money', 'count', 'number', 'percent']).meta({
      description:
        'money (an amount in one currency, summed over the period), count (whole things, summed), number or percent (a level: the latest value recorded in the period counts; 90 is 90%).',
    }),
    currency: currencyCode('For money: the one currency every amount of this metric is recorded in (required for money).').optional(),
    unit: line(30, 'What is counted or measured, in the singular, e.g. "customer" or "point": shown after the number ("3 customers").').optional(),
    description: prose(400, 'What the metric measures and where its numbers come from, for whoever records them.'),
  })
  .check((payload) => {
    const { kind, currency } = payload.value;
    if (kind === 'money' && !currency) payload.issues.push({ code: 'custom', message: METRIC_CHECK.currencyMissing, input: payload.value, path: ['currency'] });
    if (kind !== 'money' && currency) payload.issues.push({ code: 'custom', message: METRIC_CHECK.currencyNotMoney, input: currency, path: ['currency'] });
  });

export type Metric = z.output<typeof metric>;

/** A three-letter ISO 4217 currency code in use (common.ts). */
const currency = () => currencyCode('The currency of the amount.');

const fee = z
  .strictObject({
    amount: z.number().min(0).max(MAX_AMOUNT).meta({ description: 'The price in whole units of the currency, e.g. 1500 (0 for free). Published.' }),
    currency: currency(),
    period: z.enum(['one-time', 'month', 'year']).meta({ description: 'How often the fee is paid: one-time, month or year.' }),
    label: line(60, 'What the fee is for, e.g. "Onboarding" or "Yearly membership"; without one, its period names it ("Yearly fee"). Published.').optional(),
  })
  .check(amountFitsCurrency);

const tier = z.strictObject({
  id: id("The tier's id: its page is /tiers/<id>/ and partner files name it in `tier`, e.g. gold."),
  name: line(40, 'The tier\'s name, e.g. "Gold". Published.'),
  description: prose(600, 'Who the tier is for and what it offers. Published.'),
  color: hexColor(
    'The colour of the tier\'s tags and badges, e.g. "#8a5a00"; white text is drawn on it, so pick a dark enough colour (validate warns). Published.',
  ).optional(),
  invitationOnly: z.boolean().default(false).meta({
    description:
      'Partners join this tier only when the program invites them: the site says "By invitation" instead of a fee or an apply link (default false). Published.',
  }),
  fees: list(fee, {
    max: 10,
    what: 'fee',
    description: 'What partners pay for the tier: one-time and recurring fees, in as many currencies as you sell in; none means free. Published.',
  }).optional(),
  fee: fee.optional().meta({ description: 'The older form of a single fee; write `fees` instead (npm run migrate rewrites it). Published.' }),
  benefits: list(line(200), {
    max: 50,
    what: 'benefit',
    description:
      "The older form: what partners at this tier get, one line each, each shown as included. Prefer the program's `benefits` matrix, with a value per tier (npm run migrate rewrites these). Published.",
  }).default([]),
  includesLowerTiers: z.boolean().default(true).meta({
    description:
      'Whether partners at this tier also get every benefit of the tiers listed before it (default true). Applies to the older per-tier benefits only.',
  }),
  requirements: list(requirement, {
    max: 30,
    what: 'requirement',
    description: "What a partner must do to reach and keep this tier. The requirements are published; each partner's progress against them is not.",
  }).default([]),
});

/** The program's building blocks a benefit can belong to: the groups of the tier comparison, in this order. */
export const BENEFIT_GROUPS = ['access', 'support', 'marketing', 'education', 'business', 'innovation', 'events', 'communications'] as const;

/** A benefit's value at one tier: included or not, a text such as "4 hours", or an amount with a unit or a currency. */
const benefitValue = z
  .union(
    [
      z.boolean(),
      line(80),
      z
        .strictObject({
          amount: z.number().min(0).max(MAX_AMOUNT).meta({ description: 'How much or how many, e.g. 10000 or 5. Published.' }),
          unit: line(40, 'What is counted, e.g. "exam vouchers"; after a currency amount, what it is per, e.g. "a year". Published.').optional(),
          currency: currency().optional(),
        })
        .check(amountFitsCurrency),
    ],
    { error: 'benefit-value' },
  )
  .meta({
    description:
      'The value at this tier: true (included), false (not included), a short text such as "4 hours", or { amount, unit } / { amount, currency } such as { amount: 10000, currency: EUR }. Published.',
  });

const benefit = z.strictObject({
  id: id("The benefit's id, e.g. market-development-funds."),
  name: line(80, 'The benefit\'s name, a row of the tier comparison, e.g. "Market development funds". Published.'),
  group: z
    .enum(BENEFIT_GROUPS)
    .optional()
    .meta({
      description: `The building block the benefit belongs to, which groups the comparison: one of ${BENEFIT_GROUPS.join(', ')}; without one it is listed last, under "Other benefits".`,
    }),
  description: prose(400, 'What the benefit is, in a sentence or two. Published.').optional(),
  values: z
    .record(id('A tier id.'), benefitValue)
    .default({})
    .meta({ description: 'The value per tier, by tier id, e.g. { gold: 2 days, platinum: 4 hours }; a tier left out does not get the benefit. Published.' }),
});

const track = z.strictObject({
  id: id("The track's id: /tiers/#track-<id> shows it, e.g. technology."),
  name: line(60, 'The track\'s name, e.g. "Technology track". Published.'),
  description: prose(400, 'Whom the track is for. Published.').optional(),
  partnerTypes: list(id(), {
    max: 50,
    what: 'partner type',
    description: "The partner types (ids from `partnerTypes`) that climb this ladder; a partner's tier must be on a track for one of its types. Published.",
  }).min(1),
  tiers: list(id(), { max: 20, what: 'tier', description: 'The tier ids of this ladder, from the first to the highest. Published.' }).min(1),
});

const certification = z.strictObject({
  id: id("The certification's id, which partner files name in `certifications`, e.g. api-developer."),
  name: line(80, 'The certification\'s name, e.g. "Certified API Developer". Published.'),
  description: prose(800, 'What the certification proves and how it is earned. Published.'),
  validityMonths: z
    .int()
    .min(1)
    .max(120)
    .meta({ description: 'How many months a certification stays valid after it is earned, e.g. 24; then it shows as expired.' }),
  url: link('Where to learn about or take the certification. Published.').optional(),
});

/** A certification an app earns, e.g. "Built for Quillstack": what it checks, and for how long it holds. */
const appCertification = z.strictObject({
  id: id("The app certification's id, which app files name in `certifications`, e.g. built-for-quillstack."),
  name: line(80, 'Its name, e.g. "Built for Quillstack". Published on app pages and badges.'),
  description: prose(800, 'What it proves, in a few sentences. Published.').optional(),
  criteria: list(line(200), {
    max: 30,
    what: 'criterion',
    description: 'What an app must meet to earn it, one line each, e.g. "Handles webhooks idempotently". Published.',
  }).min(1),
  validityMonths: z
    .int()
    .min(1)
    .max(120)
    .meta({ description: 'How many months it stays valid after it is earned, e.g. 12; then the app shows it as expired.' }),
  url: link('Where app builders read how to apply. Published.').optional(),
});

const activityType = z.strictObject({
  id: id("The activity type's id, which ledger entries name in `type` and requirements in `measure.activity`, e.g. blog-post."),
  name: line(60, 'The name shown in reports, e.g. "Blog post".'),
  weight: z
    .number()
    .min(0)
    .max(100)
    .meta({ description: 'How much one such activity counts in the reciprocity score, from 0 to 100, e.g. 2 for a blog post and 5 for an integration.' }),
  description: prose(400, 'What counts as this activity.').optional(),
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
  logo: contentFile(LOGO_EXTENSIONS, "The program's logo in the site header, for light backgrounds, e.g. brand/mark-light.svg.").optional(),
  logoDark: contentFile(
    LOGO_EXTENSIONS,
    "The logo for dark backgrounds, shown instead of logo when the reader's device uses a dark colour scheme, e.g. brand/mark-dark.svg.",
  ).optional(),
  colors: z
    .strictObject({
      primary: hexColor('Links, buttons and headings.').default(DEFAULT_SITE_COLORS.primary),
      accent: hexColor('Highlights and accents.').default(DEFAULT_SITE_COLORS.accent),
      background: hexColor('The page background.').default(DEFAULT_SITE_COLORS.background),
      text: hexColor('Body text; it must contrast enough with the background.').default(DEFAULT_SITE_COLORS.text),
    })
    .prefault({})
    .meta({ description: "The site's colours; any left out keep the default. Validation checks that text stays readable." }),
  language: z
    .string()
    .regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, { error: 'language' })
    .default('en')
    .meta({ description: 'The language of the site\'s content, as a language code, optionally with a country: "en", "de" or "en-GB".' }),
  repository: link(
    "The repository that holds this content, where partners propose changes as pull requests, e.g. https://github.com/example/partner-network. Published in the API (program.json's contribute block); on GitHub, the application form's link is made from it.",
  ).optional(),
  license: z
    .strictObject({
      name: line(80, 'The licence\'s name, e.g. "CC BY 4.0".'),
      url: link('Where its terms are, e.g. https://creativecommons.org/licenses/by/4.0/'),
    })
    .optional()
    .meta({
      description:
        "The licence under which others may reuse what the site and its API publish (the directory, the program's facts). Named in the API's OpenAPI document; without it the API documentation says that no licence is granted beyond reading and syncing the data.",
    }),
});

/** The company that runs the program, apart from the program's own name. */
const organization = z
  .strictObject({
    name: line(80, 'The company\'s name, e.g. "Kelvara Ltd"; pages that speak of the company use it. Published.'),
    website: link("The company's own website, linked from the footer. Published.").optional(),
  })
  .meta({
    description:
      'The company that runs the program, apart from the program\'s name. Pages that speak of the company ("what Kelvara and its partners did") use its name; without it they use the program\'s name. Published.',
  });

const onboarding = z.strictObject({
  overview: prose(1200, 'How joining works, in a paragraph or two. Published on the home page.'),
  steps: list(
    z.strictObject({
      title: line(120, 'The step, e.g. "Create a sandbox account".'),
      description: prose(600, 'What to do in this step.'),
      url: link('Where to do it.').optional(),
    }),
    { max: 20, what: 'step', by: 'title', description: 'The steps to join, in order. Published on the home page.' },
  ).default([]),
  signup: linkItem().meta({ description: 'The button that starts an application, e.g. { label: "Apply", url: https://… }. Published.' }),
  contact: z
    .strictObject({
      email: email('The address applicants write to. Published.').optional(),
      url: link('A contact form or page. Published.').optional(),
    })
    .optional()
    .meta({ description: 'How applicants reach the partner team with questions. Published.' }),
});

/** A group of optional building blocks, each described by what it offers partners. */
const blocks = <K extends string>(descriptions: Record<K, string>) =>
  z
    .strictObject(
      Object.fromEntries(Object.entries<string>(descriptions).map(([key, description]) => [key, block().meta({ description })])) as Record<
        K,
        ReturnType<typeof block>
      >,
    )
    .partial();

const marketing = z.strictObject({
  coMarketing: block().optional().meta({ description: 'Joint campaigns, webinars or launches run with partners. Published.' }),
  toolkit: block().optional().meta({ description: 'Logos, templates and copy partners may use; brand/brand.yaml lists the files. Published.' }),
  goToMarketKits: list(block(), {
    max: 30,
    what: 'kit',
    by: 'title',
    description: 'Ready-made kits for selling together, e.g. a pitch deck per industry. Published.',
  }).optional(),
});

const branding = z.strictObject({
  colors: list(
    z.strictObject({
      name: line(40, 'The colour\'s name, e.g. "Ink blue".'),
      hex: hexColor('Its value.'),
      usage: line(200, 'Where partners should use it, e.g. "Backgrounds of co-branded slides".').optional(),
    }),
    { max: 30, what: 'colour', by: 'name', description: 'The brand colours partners may use, with their names. Published.' },
  ).default([]),
  usage: z
    .strictObject({
      do: list(line(200), { max: 30, what: 'rule', description: 'What partners should do with the brand, one rule a line.' }).default([]),
      dont: list(line(200), { max: 30, what: 'rule', description: 'What partners must not do with the brand, one rule a line.' }).default([]),
    })
    .optional()
    .meta({ description: "Rules for using the program's brand. Published." }),
  boilerplate: prose(2000, 'The "about us" paragraph partners may copy into press releases. Published.').optional(),
});

const channel = z.strictObject({
  name: line(60, 'The channel\'s name, e.g. "Partner newsletter".'),
  description: prose(400, 'What it is for and how often it is used.'),
  url: link('Where to join or read it.').optional(),
});

const event = z.strictObject({
  kind: z
    .enum(['speaking', 'sponsorship', 'exhibition', 'meetup', 'webinar', 'hackathon', 'conference'])
    .meta({ description: 'What kind of opportunity it is for partners: speaking, sponsorship, exhibition, meetup, webinar, hackathon or conference.' }),
  title: line(120, 'The event\'s name, e.g. "DevDays Berlin".'),
  description: prose(600, 'What partners can do there and how to take part.'),
  date: isoDate('When it takes place; leave out for recurring opportunities.').optional(),
  url: link("The event's page.").optional(),
});

const supportChannel = z.strictObject({
  name: line(60, 'The channel\'s name, e.g. "Partner help desk".'),
  description: prose(400, 'What help it gives and how to use it.'),
  responseTime: line(60, 'The response time promised, e.g. "1 business day".').optional(),
  url: link('Where to ask for help.').optional(),
  tiers: list(id(), { max: 20, what: 'tier', description: 'Ids of the tiers that may use this channel, e.g. [silver, gold].' }).min(1),
});

export const ProgramSchema = z
  .strictObject({
    name: line(80, 'The program\'s name, e.g. "Kelvara Partner Program". Published.'),
    organization: organization.optional(),
    tagline: line(160, 'One sentence under the name on the home page. Published.'),
    purpose: prose(2000, 'Why the program exists and whom it is for. Published on the home page.'),
    value: list(
      z.strictObject({
        title: line(120, 'The benefit in a few words, e.g. "Reach 40,000 developers".'),
        description: prose(600, 'What it means for a partner.'),
      }),
      { max: 12, what: 'value', by: 'title', description: 'Why partners should join: the main reasons, shown on the home page. Published.' },
    ).default([]),
    site: site.meta({ description: 'Where the site lives and how it looks.' }),
    onboarding: onboarding.optional().meta({ description: 'How to join: overview, steps, sign-up link and contact. Published on the home page.' }),
    introductionForm: link(
      'A form where buyers ask the program to introduce them to a partner, e.g. https://example.com/partners/introductions. Each profile\'s "Request an introduction" button opens it with ?partner=<slug> added; without it, the button writes to the partner\'s public contact. Published.',
    ).optional(),
    partnerTypes: list(vocabularyTerm(), {
      max: 50,
      what: 'partner type',
      description: 'The kinds of partner the program has, e.g. technology, consulting, reseller; partner files name them in `types`. Published.',
    }).min(1),
    tiers: list(tier, {
      max: 20,
      what: 'tier',
      description: 'The tiers, from the entry tier up to the highest, with fees, benefits and requirements. Published.',
    }).min(1),
    benefits: list(benefit, {
      max: 100,
      what: 'benefit',
      description: 'The benefits matrix: each benefit with its value per tier, grouped by building block on the tier comparison. Published.',
    }).default([]),
    tracks: list(track, {
      max: 10,
      what: 'track',
      description:
        'Separate ladders of tiers per partner type or group of types, e.g. a technology track and a solutions track; without tracks every partner climbs the one ladder of `tiers`. Published.',
    }).optional(),
    vocabularies: z
      .strictObject({
        regions: list(vocabularyTerm(), {
          max: 200,
          what: 'region',
          description: 'Regions partners serve, e.g. europe or north-america; partner files name them in `regions`. Published as directory filters.',
        }).default([]),
        industries: list(vocabularyTerm(), {
          max: 200,
          what: 'industry',
          description: 'Industries partners and case studies name in `industries` / `industry`, e.g. retail. Published as directory filters.',
        }).default([]),
        integrationCategories: list(vocabularyTerm(), {
          max: 200,
          what: 'integration category',
          description: "Categories of partner integrations, e.g. crm or analytics; named by each integration's `category`. Published.",
        }).default([]),
      })
      .prefault({})
      .meta({ description: 'The lists of terms partner files choose from, so everyone spells them the same way.' }),
    access: blocks({
      earlyAccess: 'Early access to new APIs and features before general release. Published.',
      partnerApis: 'APIs or endpoints only partners may use. Published.',
      sandbox: 'Test environments or sandbox accounts for building integrations. Published.',
      demoAccounts: 'Demo accounts partners may use to show the product to customers. Published.',
    })
      .optional()
      .meta({ description: 'Technical access partners get. Each block is optional; a block left out is absent from the site.' }),
    education: blocks({
      guide: 'The partner guide or handbook. Published.',
      training: 'Training courses, workshops or learning paths for partners. Published.',
    })
      .optional()
      .meta({ description: 'How partners learn the product and the program.' }),
    business: blocks({
      discounts: 'Discounts partners get on the product, e.g. for their own use or for resale. Published.',
      deals: 'Deal registration: how partners register opportunities and are protected on them. Published.',
      funding: 'Market development funds (MDF) and how to claim them. Published.',
      grants: 'Grants for building integrations or projects. Published.',
      incubator: 'An incubator or accelerator for partner start-ups. Published.',
      resell: 'Reseller terms: margins, buying and billing. Published.',
      affiliate: 'Affiliate or referral commissions. Published.',
    })
      .optional()
      .meta({ description: 'The commercial side: discounts, deals, funding, reselling and referral terms.' }),
    innovation: blocks({
      ideas: 'How partners suggest ideas and features. Published.',
      labs: 'Labs or experimental programs partners may join. Published.',
      proofOfConcept: 'Help and terms for building a proof of concept together. Published.',
    })
      .optional()
      .meta({ description: 'Building new things together: ideas, labs, proofs of concept.' }),
    marketing: marketing.optional().meta({ description: 'Marketing with partners: co-marketing, the toolkit and go-to-market kits. Published.' }),
    branding: branding.optional().meta({ description: "How partners may use the program's brand: colours, usage rules, boilerplate. Published." }),
    communications: list(channel, {
      max: 30,
      what: 'channel',
      by: 'name',
      description: 'Where the program talks to partners: newsletters, chat, forums. Published.',
    }).optional(),
    events: list(event, { max: 200, what: 'event', description: 'Events and opportunities for partners to speak, sponsor or exhibit. Published.' }).optional(),
    support: list(supportChannel, {
      max: 30,
      what: 'support channel',
      by: 'name',
      description: 'Support channels and the tiers each is open to. Published.',
    }).optional(),
    certifications: list(certification, {
      max: 100,
      what: 'certification',
      description: 'Certifications partners can earn; partner files list the ones they hold. Published.',
    }).default([]),
    appCertifications: list(appCertification, {
      max: 50,
      what: 'app certification',
      description: 'Certifications apps in the marketplace can earn (content/apps/), with their criteria and validity. Published.',
    }).default([]),
    activityTypes: list(activityType, {
      max: 50,
      what: 'activity type',
      description: 'The kinds of activity the ledgers (content/activity/) record, with their weights; eight common ones when left out.',
    }).default(DEFAULT_ACTIVITY_TYPES),
    metrics: list(metric, {
      max: 50,
      what: 'metric',
      description:
        'Numbers partners record per period in their ledgers (revenue, customers, retention…), which tier requirements can set thresholds on. The values are never published.',
    }).default([]),
    fiscalYearStart: z.int().min(1).max(12).default(1).meta({
      description:
        'The month (1–12) the fiscal year starts in; 1, January, by default. Quarters, half-years and years of requirements follow it; FY2026 is the fiscal year that starts in 2026.',
    }),
    reciprocity: z
      .strictObject({
        latelyDays: z
          .int()
          .min(7)
          .max(730)
          .default(90)
          .meta({ description: 'How many days back "lately" reaches in reciprocity reports, from 7 to 730; 90 when left out.' }),
        publish: z
          .strictObject({
            activeThisQuarter: z.boolean().default(false).meta({
              description:
                'Say "Active this quarter" on the profile of each partner that recorded an activity in its ledger this calendar quarter, and list them on /activity/. Nothing is said about the others.',
            }),
            totals: z.boolean().default(false).meta({
              description:
                "Show the program's activity of the 12 calendar months to date (this month and the 11 before) on /activity/: totals by type and by month, for all partners together, once at least three partners have activity in those months.",
            }),
          })
          .prefault({})
          .meta({
            description:
              'What the public site may say about activity: only positive facts can be published. Everything else about the partnerships is only in the internal site (`npm run build:internal`).',
          }),
      })
      .prefault({})
      .meta({ description: 'How the reciprocity reports read the activity ledgers.' }),
    faq: list(
      z.strictObject({
        question: line(200, 'The question, as a partner would ask it.'),
        answer: prose(2000, 'The answer.'),
      }),
      { max: 100, what: 'question', by: 'question', description: 'Frequently asked questions, shown on the site. Published.' },
    ).optional(),
  })
  .meta({ title: 'Partnerkit program', description: 'The partner program: content/program.yaml' });

export type ProgramInput = z.input<typeof ProgramSchema>;
export type Program = z.output<typeof ProgramSchema>;
