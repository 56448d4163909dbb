import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const { program } = model;
  const sitemap = absoluteUrl(routes.sitemap, site, program.site.url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
