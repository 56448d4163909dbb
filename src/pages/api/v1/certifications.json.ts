// Page 1 of the certification index; the others are at /api/v1/certifications/page/<n>.json.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { certificationListPage } from '../../../render/api-v1-certifications.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return json(certificationListPage(model, absoluteFor(site, model.program.site.url), 1));
};
