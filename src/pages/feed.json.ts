import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { jsonFeed } from '../render/feeds.ts';
import { absoluteFor } from '../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return new Response(jsonFeed(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
