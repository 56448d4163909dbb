// The full archive pages of the change events, by number: 1 is the oldest; none changes once written.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { changePage, type EventPage, eventPages } from '../../../../render/changes-api.ts';
import { absoluteFor, json } from '../../../../site/api-base.ts';

export const getStaticPaths = (() => {
  return eventPages(model).archives.map((page) => ({ params: { slug: String(page.page) }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  return json(changePage((props as { page: EventPage }).page, absoluteFor(site, model.program.site.url)));
};
