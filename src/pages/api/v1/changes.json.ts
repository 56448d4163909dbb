// The head of the change events: the newest, newest first, with a link to the archive pages.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { changePage, eventPages } from '../../../render/changes-api.ts';
import { absoluteFor, json } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  return json(changePage(eventPages(model).head, absoluteFor(site, model.program.site.url)));
};
