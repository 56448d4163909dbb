import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { API_V1_VERSION } from '../../../../schemas/api/v1.ts';
import { openApiDocument } from '../../../render/openapi.ts';
import { routes } from '../../../routes.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  const { program, organization } = model;
  const absolute = absoluteFor(site, program.site.url);
  const contact = program.onboarding?.contact;
  return json(
    openApiDocument({
      title: `${program.name} API`,
      description: `The technology partnership interface of ${program.name}: read-only, static JSON, rebuilt with the site. Documentation: ${absolute(routes.api)}; what each version added: ${absolute(routes.apiChangelog)}.`,
      apiServerUrl: absolute(routes.apiV1Root),
      siteServerUrl: absolute(routes.home).replace(/\/$/, ''),
      version: API_V1_VERSION,
      license: program.site.license ?? { name: 'No licence granted: read and sync only', url: absolute(routes.apiTerms) },
      contact: {
        name: organization.name,
        url: contact?.url ?? organization.website ?? absolute(routes.home),
        ...(contact?.email ? { email: contact.email } : {}),
      },
    }),
  );
};
