// /api/v1/status.json: when the site was built and from which revision of the content. The build
// date lives here and nowhere else in the API, so every other file changes only when what it
// describes changes and a sync client can trust its bytes (issue 16).
import { API_V1_VERSION, StatusSchema } from '../../schemas/api/v1.ts';
import type { Model } from '../model/model-types.ts';

export function statusDocument(model: Pick<Model, 'generatedAt' | 'today' | 'history' | 'contentDate'>) {
  return StatusSchema.parse({
    version: 'v1',
    generatedAt: model.generatedAt,
    buildDate: model.today,
    // The content's last commit, as the change events read it (src/loader/content-history.ts).
    contentRevision: model.history.revision ?? null,
    contentDate: model.contentDate,
    apiVersion: API_V1_VERSION,
  });
}
