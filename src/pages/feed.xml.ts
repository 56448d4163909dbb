import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { atomFeed } from '../render/feeds.ts';
import { absoluteFor } from '../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return new Response(atomFeed(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
