import type { APIRoute } from 'astro';
import { programDocument } from '../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';
import { getModel } from '../../../site/get-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return json(programDocument(model, absoluteFor(site, model.program.site.url)));
};
