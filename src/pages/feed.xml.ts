import type { APIRoute } from 'astro';
import { atomFeed } from '../render/feeds.ts';
import { absoluteFor } from '../site/api-base.ts';
import { model } from 'virtual:partnerkit/model';

export const GET: APIRoute = ({ site }) => {
  return new Response(atomFeed(model, absoluteFor(site, model.program.site.url)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
