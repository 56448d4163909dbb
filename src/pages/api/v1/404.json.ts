// The JSON 404 of the API: a host set up as the README says serves this body for any missing path
// under /api/, so a client gets JSON it can read instead of the site's HTML page.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { ErrorSchema } from '../../../../schemas/api/v1.ts';
import { routes } from '../../../routes.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  const absolute = absoluteFor(site, model.program.site.url);
  return json(
    ErrorSchema.parse({
      type: 'about:blank',
      status: 404,
      title: 'Not Found',
      detail: `Nothing is published at this address of the ${model.program.name} API: check the path and the version against the documentation.`,
      documentation: absolute(routes.api),
    }),
  );
};
