// Pages 2 and on of the app list (page 1 is /api/v1/apps.json).
import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { appListPage, appListPageCount } from '../../../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../../../site/api-base.ts';

export const getStaticPaths = (() =>
  Array.from({ length: appListPageCount(model) - 1 }, (_, index) => ({ params: { page: String(index + 2) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  return json(appListPage(model, absoluteFor(site, model.program.site.url), Number(params.page)));
};
