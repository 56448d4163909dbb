// The Atom feed's full archive pages (RFC 5005), by number, 1 the oldest: none changes once written.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, feedArchivePages } from '../../render/feeds.ts';
import { absoluteFor } from '../../site/api-base.ts';

export const getStaticPaths = (() => feedArchivePages(model).map((page) => ({ params: { page: String(page) }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { page } = props as { page: number };
  return new Response(atomFeed(model, absoluteFor(site, model.program.site.url), page), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
