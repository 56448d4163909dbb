import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { filterCounts } from '../../render/filter-counts.ts';
import { json } from '../../site/api-base.ts';

export const GET: APIRoute = () => json(filterCounts(model.appFacets));
