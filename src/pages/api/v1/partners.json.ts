// Page 1 of the partner list; the others are at /api/v1/partners/page/<n>.json.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { partnerListPage } from '../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return json(partnerListPage(model, absoluteFor(site, model.program.site.url), 1));
};
