// Page 1 of the app list; the others are at /api/v1/apps/page/<n>.json.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { appListPage } from '../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return json(appListPage(model, absoluteFor(site, model.program.site.url), 1));
};
