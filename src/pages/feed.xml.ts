import type { APIRoute } from 'astro';
import { atomFeed } from '../render/feeds.ts';
import { absoluteFor } from '../site/api-base.ts';
import { getModel } from '../site/get-model.ts';

export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return new Response(atomFeed(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
