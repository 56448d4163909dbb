import type { APIRoute } from 'astro';
import { getModel } from '../site/get-model.ts';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { program } = await getModel();
  const sitemap = absoluteUrl(routes.sitemap, site, program.site.url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
