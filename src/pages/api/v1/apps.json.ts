import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { appList } from '../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return json(appList(model, absoluteFor(site, model.program.site.url)));
};
