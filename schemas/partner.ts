// partners/<slug>.yaml: one partner. The slug is the file name, never a field, so a pull request
// cannot take over another partner's page by writing its id.
import { z } from 'zod';
import { contentFile, countryCode, email, id, isoDate, LOGO_EXTENSIONS, languageTag, line, link, linkItem, list, prose } from './common.ts';

export const PARTNER_STATUSES = ['active', 'inactive', 'alumni'] as const;

const contact = z.strictObject({
  name: line(80),
  role: line(80).optional(),
  email: email().optional(),
  url: link().optional(),
  visibility: z.enum(['public', 'private']).meta({
    description: 'public contacts appear on the site and in the API; private ones never leave the build.',
  }),
});

const integration = z.strictObject({
  name: line(80),
  category: id().meta({ description: 'An integration category id from program.yaml vocabularies.' }),
  description: prose(400).optional(),
  url: link().optional(),
});

const earnedCertification = z
  .strictObject({
    id: id().meta({ description: 'A certification id from program.yaml certifications.' }),
    earned: isoDate(),
    expires: isoDate().optional().meta({ description: "When absent, earned + the certification's validityMonths." }),
  })
  .refine((cert) => !cert.expires || cert.expires > cert.earned, {
    error: 'expires-before-earned',
    path: ['expires'],
  });

export const PartnerSchema = z
  .strictObject({
    name: line(80),
    tier: id().meta({ description: 'A tier id from program.yaml tiers.' }),
    types: list(id(), { max: 10, what: 'partner type', description: 'Partner type ids from program.yaml partnerTypes.' }).min(1),
    website: link(),
    headquarters: countryCode().optional().meta({ description: 'The country of the head office, as its ISO 3166-1 alpha-2 code, e.g. "GB" or "DE".' }),
    languages: list(languageTag(), {
      max: 30,
      what: 'language',
      description: 'Languages the partner works with customers in, as BCP 47 / ISO 639 codes, e.g. [en, de, pt-BR].',
    }).default([]),
    founded: z.int().min(1800).max(2100).optional().meta({ description: 'The year the company was founded, e.g. 2014; not after the build year.' }),
    summary: line(280).meta({ description: 'One or two sentences shown in the directory (at most 280 characters).' }),
    description: prose(6000).optional(),
    logo: contentFile(LOGO_EXTENSIONS).meta({ description: 'The logo file, relative to the content folder, e.g. logos/acme.svg.' }),
    regions: list(id(), { max: 50, what: 'region', description: 'Region ids from program.yaml vocabularies.' }).default([]),
    industries: list(id(), { max: 50, what: 'industry', description: 'Industry ids from program.yaml vocabularies.' }).default([]),
    services: list(line(80), { max: 30, what: 'service' }).default([]),
    integrations: list(integration, { max: 100, what: 'integration', by: 'name' }).default([]),
    contacts: list(contact, { max: 20, what: 'contact' }).default([]),
    certifications: list(earnedCertification, { max: 50, what: 'certification' }).default([]),
    links: list(linkItem(), { max: 20, what: 'link', by: 'url' }).default([]),
    status: z.enum(PARTNER_STATUSES).default('active'),
    formerSlugs: list(id(), {
      max: 20,
      what: 'former slug',
      description:
        "Slugs (file names) this partner was listed under before: their old pages and badges keep working. Not another partner's slug, nor a word the site uses for its own pages.",
    }).default([]),
    since: isoDate().optional(),
    reviewed: isoDate().optional(),
    featured: z.boolean().default(false),
  })
  .meta({ title: 'Partnerkit partner', description: 'One partner: content/partners/<slug>.yaml' });

export type PartnerInput = z.input<typeof PartnerSchema>;
export type PartnerData = z.output<typeof PartnerSchema>;
