// One active partner's full public profile.

import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PartnerView } from '../../../../model/model-types.ts';
import { partnerDetail } from '../../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../../site/api-base.ts';

export const getStaticPaths = (() => {
  const { activePartners } = model;
  return activePartners.map((partner) => ({ params: { slug: partner.slug }, props: { partner } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  return json(partnerDetail((props as { partner: PartnerView }).partner, model, absoluteFor(site, model.program.site.url)));
};
