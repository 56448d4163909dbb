// Every partner's full record, one a line (NDJSON), in the order of the partner list: the whole
// directory in one download, each line the same as the partner's own file.
import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { partnerDetail, partnersById } from '../../../render/api-v1.ts';
import { absoluteFor, ndjson } from '../../../site/api-base.ts';

export const GET: APIRoute = ({ site }) => {
  const absolute = absoluteFor(site, model.program.site.url);
  return ndjson(partnersById(model).map((partner) => partnerDetail(partner, model, absolute)));
};
