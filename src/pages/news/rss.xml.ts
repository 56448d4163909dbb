// The news feed (RSS 2.0, through @astrojs/rss).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { model } from 'virtual:partnerkit/model';
import { routes } from '../../routes.ts';
import { absoluteUrl } from '../../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const { program, news } = model;
  return rss({
    title: `${program.name} news`,
    description: program.tagline,
    site: absoluteUrl(routes.home, site, program.site.url),
    items: news.map((post) => ({ title: post.title, description: post.summary, pubDate: new Date(`${post.published}T00:00:00Z`), link: absoluteUrl(post.path, site, program.site.url) })),
  });
};
