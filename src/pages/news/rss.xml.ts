import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { newsRss } from '../../render/feeds.ts';
import { absoluteFor } from '../../site/api-base.ts';

export const GET: APIRoute = async ({ site }) => {
  return new Response(await newsRss(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'application/xml' } });
};
