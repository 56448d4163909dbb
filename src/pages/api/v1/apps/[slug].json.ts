// One listed app's full listing.

import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { AppView } from '../../../../model/model-types.ts';
import { appDetail } from '../../../../render/api-v1.ts';
import { absoluteFor, json } from '../../../../site/api-base.ts';

export const getStaticPaths = (() => model.apps.map((app) => ({ params: { slug: app.slug }, props: { app } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  return json(appDetail((props as { app: AppView }).app, absoluteFor(site, model.program.site.url)));
};
