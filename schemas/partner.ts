// partners/<slug>.yaml: one partner. The slug is the file name, never a field, so a pull request
// cannot take over another partner's page by writing its id.
import { z } from 'zod';
import { contentFile, email, id, isoDate, LOGO_EXTENSIONS, line, link, linkItem, list, prose } from './common.ts';

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

/** One person holding a certification: counted (publicly) towards requirements; the name is never published. */
const certifiedPerson = z
  .strictObject({
    certification: id().meta({ description: 'A certification id from program.yaml certifications.' }),
    earned: isoDate(),
    expires: isoDate().optional().meta({ description: "When absent, earned + the certification's validityMonths." }),
    name: line(80)
      .optional()
      .meta({ description: 'Private: for the program team only. Never published; the site and the API show only how many people hold each certification.' }),
  })
  .refine((person) => !person.expires || person.expires > person.earned, {
    error: 'expires-before-earned',
    path: ['expires'],
  });

export const PartnerSchema = z
  .strictObject({
    name: line(80),
    tier: id().meta({ description: 'A tier id from program.yaml tiers.' }),
    types: list(id(), { max: 10, what: 'partner type', description: 'Partner type ids from program.yaml partnerTypes.' }).min(1),
    website: link(),
    summary: line(280).meta({ description: 'One or two sentences shown in the directory (at most 280 characters).' }),
    description: prose(6000).optional(),
    logo: contentFile(LOGO_EXTENSIONS).meta({ description: 'The logo file, relative to the content folder, e.g. logos/acme.svg.' }),
    regions: list(id(), { max: 50, what: 'region', description: 'Region ids from program.yaml vocabularies.' }).default([]),
    industries: list(id(), { max: 50, what: 'industry', description: 'Industry ids from program.yaml vocabularies.' }).default([]),
    services: list(line(80), { max: 30, what: 'service' }).default([]),
    integrations: list(integration, { max: 100, what: 'integration', by: 'name' }).default([]),
    contacts: list(contact, { max: 20, what: 'contact' }).default([]),
    certifications: list(earnedCertification, {
      max: 50,
      what: 'certification',
      description: 'Certifications the company holds, each once.',
      repeatHint: 'the company holds each certification once; to count the people who hold it, list each of them under certifiedPeople',
    }).default([]),
    // Not list(): two people may earn the same certification on the same day, unnamed, and both count.
    certifiedPeople: z.array(certifiedPerson).max(2000).default([]).meta({
      description:
        "People at the partner who hold one of the program's certifications, one item each: only current ones are counted, and only the counts are published. At most 2000 items.",
    }),
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
