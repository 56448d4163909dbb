// Pages 2 and on of the certification index (page 1 is /api/v1/certifications.json).
import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { certificationListPage, certificationListPageCount } from '../../../../../render/api-v1-certifications.ts';
import { absoluteFor, json } from '../../../../../site/api-base.ts';

export const getStaticPaths = (() =>
  Array.from({ length: certificationListPageCount(model) - 1 }, (_, index) => ({ params: { page: String(index + 2) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  return json(certificationListPage(model, absoluteFor(site, model.program.site.url), Number(params.page)));
};
