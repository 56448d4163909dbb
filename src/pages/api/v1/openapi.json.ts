import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { API_V1_VERSION } from '../../../../schemas/api/v1.ts';
import { openApiDocument } from '../../../render/openapi.ts';
import { routes } from '../../../routes.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  const { program } = model;
  const absolute = absoluteFor(site, program.site.url);
  return json(
    openApiDocument({
      title: `${program.name} API`,
      description: `The technology partnership interface of ${program.name}: read-only, static JSON, rebuilt with the site. Documentation: ${absolute(routes.api)}`,
      serverUrl: absolute(routes.apiV1Root),
      version: API_V1_VERSION,
    }),
  );
};
