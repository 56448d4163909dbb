// partners/<slug>.yaml: one partner. The slug is the file name, never a field, so a pull request
// cannot take over another partner's page by writing its id.
import { z } from 'zod';
import {
  contentFile,
  countryCode,
  earnedCertification,
  email,
  id,
  isoDate,
  LOGO_EXTENSIONS,
  languageTag,
  line,
  link,
  linkItem,
  list,
  prose,
} from './common.ts';

export const PARTNER_STATUSES = ['active', 'inactive', 'alumni'] as const;

const contact = z.strictObject({
  name: line(80, "The person's name. Published only when visibility is public."),
  role: line(80, 'Their role, e.g. "Partner manager".').optional(),
  email: email('Their email address. Published only when visibility is public.').optional(),
  url: link('A profile or contact page.').optional(),
  visibility: z.enum(['public', 'private']).meta({
    description:
      "public: shown on the partner's page and in the API. private: kept in the repository for the program team and never published on the site, in the API or in any download.",
  }),
});

const integration = z.strictObject({
  name: line(80, 'The integration\'s name, e.g. "Acme for Salesforce". Published.'),
  category: id().meta({ description: 'An integration category id from program.yaml vocabularies.integrationCategories, e.g. crm.' }),
  description: prose(400, 'What the integration does. Published.').optional(),
  url: link('Its page or listing. Published.').optional(),
});

/** One person holding a certification: counted (publicly) towards requirements; the name is never published. */
const certifiedPerson = z
  .strictObject({
    certification: id('A certification id from program.yaml certifications, e.g. api-developer.'),
    earned: isoDate('When the person earned it.'),
    expires: isoDate("When it expires; when absent, earned + the certification's validityMonths.").optional(),
    name: line(
      80,
      "The person's name, for the program team only. Never published: the site and the API show only how many people hold each certification.",
    ).optional(),
    people: z.int().min(1).max(1000).optional().meta({
      description:
        'How many people this item counts, for people who are not named: e.g. 5 consultants certified on the same day. 1 when left out; an item with a name is one person.',
    }),
  })
  .refine((person) => !person.expires || person.expires > person.earned, {
    error: 'expires-before-earned',
    path: ['expires'],
  })
  .refine((person) => person.name === undefined || person.people === undefined || person.people === 1, {
    error: 'named-group',
    path: ['people'],
  });

export const PartnerSchema = z
  .strictObject({
    name: line(80, 'The partner\'s name as shown on its page, e.g. "Acme Analytics". Published.'),
    tier: id().meta({ description: 'A tier id from program.yaml tiers, e.g. gold. Published.' }),
    types: list(id(), { max: 10, what: 'partner type', description: 'Partner type ids from program.yaml partnerTypes.' }).min(1),
    website: link("The partner's website. Published."),
    headquarters: countryCode()
      .optional()
      .meta({ description: 'The country of the head office, as its ISO 3166-1 alpha-2 code, e.g. "GB" or "DE". Published.' }),
    languages: list(languageTag(), {
      max: 30,
      what: 'language',
      description: 'Languages the partner works with customers in, as BCP 47 / ISO 639 codes, e.g. [en, de, pt-BR]. Published.',
    }).default([]),
    founded: z.int().min(1800).max(2100).optional().meta({ description: 'The year the company was founded, e.g. 2014; not after the build year. Published.' }),
    summary: line(280).meta({ description: 'One or two sentences shown in the directory (at most 280 characters).' }),
    description: prose(6000, "A longer introduction on the partner's page. Published.").optional(),
    logo: contentFile(LOGO_EXTENSIONS).meta({ description: 'The logo file, relative to the content folder, e.g. logos/acme.svg.' }),
    regions: list(id(), { max: 50, what: 'region', description: 'Region ids from program.yaml vocabularies.' }).default([]),
    industries: list(id(), { max: 50, what: 'industry', description: 'Industry ids from program.yaml vocabularies.' }).default([]),
    services: list(line(80), {
      max: 30,
      what: 'service',
      description: 'What the partner offers, one short line each, e.g. "Implementation". Published.',
    }).default([]),
    integrations: list(integration, {
      max: 100,
      what: 'integration',
      by: 'name',
      description: 'Integrations the partner has built with the platform. Published.',
    }).default([]),
    contacts: list(contact, {
      max: 20,
      what: 'contact',
      description: 'People to contact at the partner. Only contacts with visibility: public are published; private ones stay in the repository.',
    }).default([]),
    certifications: list(earnedCertification('A certification id from program.yaml certifications.'), {
      max: 50,
      what: 'certification',
      description:
        'Certifications the company holds, each once, with when they were earned; shown with their status (valid, expiring soon or expired). Published. To count the people who hold one, list them under certifiedPeople.',
      repeatHint: 'the company holds each certification once; to count the people who hold it, list each of them under certifiedPeople',
    }).default([]),
    certifiedPeople: list(certifiedPerson, {
      max: 2000,
      what: 'certified person',
      description:
        "People at the partner who hold one of the program's certifications, one item each: only current ones are counted. Only the counts per certification are published, never the people.",
      repeatHint:
        'if several people earned it that day, write it once with people: and how many (or tell them apart by their names, which are never published)',
    }).default([]),
    links: list(linkItem(), {
      max: 20,
      what: 'link',
      by: 'url',
      description: "Further links on the partner's page, e.g. documentation or a marketplace listing. Published.",
    }).default([]),
    status: z.enum(PARTNER_STATUSES).default('active').meta({
      description: 'active (a current partner), inactive (paused) or alumni (a former partner); badges and the verify page say which. active when left out.',
    }),
    formerSlugs: list(id(), {
      max: 20,
      what: 'former slug',
      description:
        "Slugs (file names) this partner was listed under before, oldest first: their old pages, badges and API paths keep working, and the first one is what the partner's API id is derived from, so add each new old slug at the end. Not another partner's slug, nor a word the site uses for its own pages.",
    }).default([]),
    since: isoDate('When the partnership started. Published.').optional(),
    reviewed: isoDate('When the program team last checked this file is correct; the verify page shows it.').optional(),
    featured: z
      .boolean()
      .default(false)
      .meta({ description: 'true to show the partner among the featured partners on the home page and the showcase; false when left out.' }),
  })
  .meta({ title: 'Partnerkit partner', description: 'One partner: content/partners/<slug>.yaml' });

export type PartnerInput = z.input<typeof PartnerSchema>;
export type PartnerData = z.output<typeof PartnerSchema>;
