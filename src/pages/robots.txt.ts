import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const { program } = model;
  const headers = { 'Content-Type': 'text/plain; charset=utf-8' };
  // The internal site asks every crawler to stay out and has no sitemap; access control is the host's job.
  if (model.audience === 'internal') return new Response('User-agent: *\nDisallow: /\n', { headers });
  const sitemap = absoluteUrl(routes.sitemap, site, program.site.url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers });
};
