import type { APIRoute } from 'astro';
import { jsonFeed } from '../render/feeds.ts';
import { absoluteFor } from '../site/api-base.ts';
import { getModel } from '../site/get-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return new Response(jsonFeed(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
