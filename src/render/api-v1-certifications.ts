// The certification index (/api/v1/certifications.json and its pages): every certification held
// by a partner (any status) or a listed app, as their own records state it, so a client learns
// every expiry without a request per holder.
import type { z } from 'zod';
import { type CertificationHoldingSchema, CertificationListSchema } from '../../schemas/api/v1.ts';
import type { AppView, HeldCertification, Model, PartnerView } from '../model/model-types.ts';
import { pageCount } from '../model/paging.ts';
import { type Absolute, heldStatus, term } from './api-v1.ts';
import { byId, pagedListBody, sortedOnce } from './api-v1-lists.ts';

type Holding = z.input<typeof CertificationHoldingSchema>;

/**
 * Every certification every partner (any status) and listed app holds, as in their own records,
 * ordered by holder id then certification id.
 */
const holdingsOf = sortedOnce((model) => {
  const holdings: Array<Holding & { updated: string | undefined }> = [];
  const add = (kind: 'partner' | 'app', holder: PartnerView | AppView, certification: HeldCertification, status: Holding['status']) =>
    holdings.push({
      holder: { kind, id: holder.id, slug: holder.slug, name: holder.name },
      certification: term(certification),
      earned: certification.earned,
      expires: certification.expires,
      status,
      updated: holder.updated,
    });
  for (const partner of model.partners) for (const held of partner.certifications) add('partner', partner, held, heldStatus(partner, held));
  for (const app of model.apps) for (const held of app.certifications) add('app', app, held, held.status);
  return holdings.sort((a, b) => byId(a.holder, b.holder) || (a.certification.id < b.certification.id ? -1 : a.certification.id > b.certification.id ? 1 : 0));
});

/** Page `number` of the certification index: page 1 is certifications.json, the others /certifications/page/<n>.json. */
export function certificationListPage(model: Model, absolute: Absolute, number: number) {
  return CertificationListSchema.parse(
    pagedListBody('certifications', holdingsOf(model), number, ({ updated: _updated, ...holding }) => holding, model, absolute),
  );
}

/** How many pages the certification index has. */
export const certificationListPageCount = (model: Model) => pageCount(holdingsOf(model).length);
