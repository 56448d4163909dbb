// Every partner's full record, any status; at each former slug, where the partner moved to.

import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PartnerView } from '../../../../model/model-types.ts';
import { movedPartner, partnerDetail } from '../../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../../site/api-base.ts';

export const getStaticPaths = (() =>
  model.partners.flatMap((partner) => [
    { params: { slug: partner.slug }, props: { partner, moved: false } },
    // A client holding an old link finds the record: the validator keeps former slugs unique and unused.
    ...partner.formerSlugs.map((slug) => ({ params: { slug }, props: { partner, moved: true } })),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const absolute = absoluteFor(site, model.program.site.url);
  const { partner, moved } = props as { partner: PartnerView; moved: boolean };
  return json(moved ? movedPartner(partner, absolute) : partnerDetail(partner, model, absolute));
};
