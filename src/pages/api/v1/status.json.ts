import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { statusDocument } from '../../../render/api-status.ts';
import { json } from '../../../site/api-base.ts';

export const GET: APIRoute = () => json(statusDocument(model));
