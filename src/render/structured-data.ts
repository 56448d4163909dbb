// schema.org data for search engines, built from the model: a partner's profile describes an
// Organization that is a member of the program. BaseLayout serialises it into a JSON-LD script.
import type { PartnerView } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import type { Absolute } from './api-v1.ts';

export function partnerOrganization(partner: PartnerView, programName: string, absolute: Absolute): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: partner.name,
    url: partner.website,
    description: partner.summary,
    logo: absolute(partner.logo.src),
    sameAs: partner.links.map((link) => link.url),
    areaServed: partner.regions.map((region) => region.name),
    ...(partner.headquarters && { address: { '@type': 'PostalAddress', addressCountry: partner.headquarters.code } }),
    ...(partner.languages.length > 0 && { knowsLanguage: partner.languages.map((language) => language.code) }),
    ...(partner.founded !== undefined && { foundingDate: String(partner.founded) }),
    memberOf: { '@type': 'Organization', name: programName, url: absolute(routes.home) },
  };
}
