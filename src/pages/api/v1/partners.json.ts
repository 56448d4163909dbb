import type { APIRoute } from 'astro';
import { partnerList } from '../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';
import { getModel } from '../../../site/get-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return json(partnerList(model, absoluteFor(site, model.program.site.url)));
};
