// The model's views of the kinds of content that declare their own (content-kinds.ts `view`): a kind
// the rest of the model builds nothing from reaches its pages as model.kinds[<its field of Content>].
import { CONTENT_KINDS, type ContentKindDefinition, type KindViews } from '../loader/content-kinds.ts';
import type { Content } from '../loader/content-types.ts';

export function kindViews(content: Content, context: { today: string }): KindViews {
  const views: Record<string, unknown> = {};
  for (const definition of CONTENT_KINDS as ReadonlyArray<ContentKindDefinition>) {
    if (definition.view) views[definition.content] = definition.view((content as Record<string, unknown>)[definition.content], context);
  }
  return views as KindViews;
}
