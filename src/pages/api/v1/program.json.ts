import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { programResponse } from '../../../render/program-response.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return json(programResponse(model, absoluteFor(site, model.program.site.url)));
};
