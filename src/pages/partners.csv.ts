import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { partnersCsv } from '../render/partners-csv.ts';
import { absoluteFor } from '../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return new Response(partnersCsv(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
