import type { APIRoute } from 'astro';
import { partnersCsv } from '../render/partners-csv.ts';
import { absoluteFor } from '../site/api-base.ts';
import { getModel } from '../site/get-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return new Response(partnersCsv(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
