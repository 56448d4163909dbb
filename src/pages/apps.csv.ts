import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { appsCsv } from '../render/apps-csv.ts';
import { absoluteFor } from '../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return new Response(appsCsv(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
