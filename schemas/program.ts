// program.yaml: the partner program itself. Every building block of an API partner program can be
// described here; most are optional, and a block left out is simply absent from the site.
import { z } from 'zod';
import { block, contentFile, email, hexColor, id, isoDate, LOGO_EXTENSIONS, line, link, linkItem, list, prose } from './common.ts';

/** The site's colours when program.yaml sets none (the contrast check tests the same ones). */
export const DEFAULT_SITE_COLORS = { primary: '#3346d3', accent: '#0e7f63', background: '#ffffff', text: '#1b1f2a' } as const;

const vocabularyTerm = () =>
  z.strictObject({
    id: id('The id partner files and filters use for this term.'),
    name: line(60, 'The name shown on the site, e.g. "Consulting partner" or "Europe". Published.'),
    description: prose(400, 'What the term covers, shown where the term is explained. Published.').optional(),
  });

/** A measurable requirement: "2 case studies a year" is `{ activity: case-study, count: 2, per: year }`. */
const measure = z.strictObject({
  activity: id().meta({ description: 'An activity type id from activityTypes, e.g. case-study.' }),
  count: z.int().min(1).max(1000).meta({ description: 'How many of that activity the partner must record in each period, e.g. 2.' }),
  per: z.enum(['quarter', 'half-year', 'year']).meta({ description: 'The period the count is measured over: quarter, half-year or year.' }),
});

const requirement = z.strictObject({
  description: line(200, 'The requirement as partners read it, e.g. "Two case studies a year". Published.'),
  measure: measure.optional().meta({
    description: 'How progress is counted from the activity ledger, so progress can be shown; leave out for a requirement checked by hand.',
  }),
});

const fee = z.strictObject({
  amount: z.number().min(0).meta({ description: 'The price in whole units of the currency, e.g. 1500 (0 for free). Published.' }),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'currency' })
    .meta({ description: 'The ISO 4217 currency code in capitals, e.g. EUR, USD or GBP.' }),
  period: z.enum(['one-time', 'month', 'year']).meta({ description: 'How often the fee is paid: one-time, month or year.' }),
});

const tier = z.strictObject({
  id: id("The tier's id: its page is /tiers/<id>/ and partner files name it in `tier`, e.g. gold."),
  name: line(40, 'The tier\'s name, e.g. "Gold". Published.'),
  description: prose(600, 'Who the tier is for and what it offers. Published.'),
  fee: fee.optional().meta({ description: 'What partners pay for the tier; a tier without a fee is free. Published.' }),
  benefits: list(line(200), {
    max: 50,
    what: 'benefit',
    description: 'What partners at this tier get, one line each, e.g. "Listing in the partner directory". Published.',
  }).default([]),
  includesLowerTiers: z.boolean().default(true).meta({
    description: 'Whether partners at this tier also get every benefit of the tiers listed before it (default true).',
  }),
  requirements: list(requirement, {
    max: 30,
    what: 'requirement',
    description: "What a partner must do to reach and keep this tier. The requirements are published; each partner's progress against them is not.",
  }).default([]),
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
  logo: contentFile(LOGO_EXTENSIONS, "The program's logo in the site header, e.g. brand/logo.svg.").optional(),
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
              description: "Show the program's activity of the last 12 months on /activity/: totals by type and by month, for all partners together.",
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
