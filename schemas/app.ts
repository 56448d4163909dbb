// apps/<slug>.yaml: one app or integration a partner lists in the marketplace. The slug is the
// file name; the owning partner is named by its slug and must exist (checked across files), and
// an app of a partner that is not active is not listed.
import { z } from 'zod';
import {
  amountFitsCurrency,
  contentFile,
  currencyCode,
  earnedCertification,
  id,
  isoDate,
  LOGO_EXTENSIONS,
  languageTag,
  line,
  link,
  list,
  prose,
} from './common.ts';

/** What kind of listing it is; a fixed list, so the marketplace's "kind" filter means the same everywhere. */
export const APP_KINDS = ['app', 'integration', 'connector', 'template', 'plugin'] as const;

/** How it is paid for. */
export const PRICING_MODELS = ['free', 'freemium', 'paid', 'contact'] as const;

/** Images a screenshot may be (SVG drawings count as images: the same checks as images in posts). */
export const SCREENSHOT_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp'] as const;

// Written with the currency's own decimals, as tier fees are (printed by the same fee lines).
const price = z
  .strictObject({
    amount: z.number().min(0).max(1_000_000).meta({ description: 'The starting price in whole units of the currency, e.g. 29. Published.' }),
    currency: currencyCode('The currency of the price.'),
    period: z.enum(['one-time', 'month', 'year']).meta({ description: 'How often it is paid: one-time, month or year.' }),
  })
  .check(amountFitsCurrency);

const pricing = z.strictObject({
  model: z.enum(PRICING_MODELS).meta({
    description: 'free, freemium (free with paid upgrades), paid, or contact (price on request). Shown and filtered on in the marketplace.',
  }),
  from: price.optional().meta({ description: 'The lowest price, shown as "from 29 EUR a month"; only for freemium and paid.' }),
  details: line(200, 'One line on plans or trial, e.g. "14-day free trial". Published.').optional(),
});

const screenshot = z.strictObject({
  file: contentFile(SCREENSHOT_EXTENSIONS).meta({
    description: 'The image file, relative to the content folder, e.g. images/apps/ledgerlink-1.png (PNG, JPEG or WebP).',
  }),
  caption: line(160, 'What the screenshot shows, read aloud by screen readers and shown under it. Published.'),
});

export const AppSchema = z
  .strictObject({
    name: line(80, 'The app\'s name as shown in the marketplace, e.g. "Ledgerlink for Quillstack". Published.'),
    partner: id().meta({ description: "The slug (file name in partners/) of the partner that builds it, e.g. acme-cloud. Published with the partner's tier." }),
    kind: z.enum(APP_KINDS).meta({ description: 'What it is: app, integration, connector, template or plugin. Published.' }),
    categories: list(id(), {
      max: 5,
      what: 'category',
      description: 'Category ids from program.yaml vocabularies.integrationCategories, e.g. [payments, crm]. Published as marketplace filters.',
    }).min(1),
    summary: line(200, 'One or two sentences shown in the marketplace list. Published.'),
    description: prose(6000, "A longer introduction on the app's page. Published.").optional(),
    usesApis: list(line(160), {
      max: 20,
      what: 'API use',
      description: 'What it does with the platform\'s APIs, one line each, e.g. "Payments API: creates refunds from the help desk". Published.',
    }).default([]),
    pricing: pricing.meta({ description: 'How it is paid for. Published.' }),
    install: link('Where a buyer installs or gets it. The install button on its page.'),
    docs: link('Its documentation. Published.').optional(),
    support: link('Where its users get help. Published.').optional(),
    privacyPolicy: link('Its privacy policy. Published.').optional(),
    regions: list(id(), { max: 50, what: 'region', description: 'Region ids from program.yaml vocabularies.regions where it is available.' }).default([]),
    languages: list(languageTag(), {
      max: 50,
      what: 'language',
      description: 'Languages it is available in, as BCP 47 / ISO 639 codes, e.g. [en, de, pt-BR]. Published as a marketplace filter.',
    }).default([]),
    icon: contentFile(LOGO_EXTENSIONS).meta({
      description: 'The icon, relative to the content folder, e.g. images/apps/ledgerlink.svg; checked and converted like partner logos.',
    }),
    screenshots: list(screenshot, { max: 8, what: 'screenshot', by: 'file', description: 'Screenshots shown on its page, in order. Published.' }).default([]),
    certifications: list(earnedCertification('An app certification id from program.yaml appCertifications.'), {
      max: 20,
      what: 'certification',
      description: 'App certifications it holds, with when they were earned; shown with their status (valid, expiring soon or expired). Published.',
    }).default([]),
    listedSince: isoDate('When it was first listed in the marketplace; new apps appear in the feeds. Published.'),
    reviewed: isoDate('When the program team last checked this listing. Published on its page.').optional(),
    featured: z.boolean().default(false).meta({ description: 'true to feature it on the showcase; false when left out.' }),
  })
  .meta({ title: 'Partnerkit app', description: 'One app or integration in the marketplace: content/apps/<slug>.yaml' });

export type AppInput = z.input<typeof AppSchema>;
export type AppData = z.output<typeof AppSchema>;
