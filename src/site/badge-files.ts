// Badges for the pages: the one a page shows (for its size), rendered on demand and remembered.
import { badgeRenderers, markDataUri, type Renderers } from '../render/badge-files.ts';
import { getBuiltModel } from './get-model.ts';

let renderers: Promise<Renderers> | undefined;
const rendered = new Map<string, string>();

export function badgeRendererMap(): Promise<Renderers> {
  renderers ??= getBuiltModel().then(async ({ model, files }) => badgeRenderers(model, await markDataUri(model, files)));
  return renderers;
}

/** The body of one badge file, by site path. */
export async function badgeFile(path: string): Promise<string> {
  let body = rendered.get(path);
  if (body === undefined) {
    const render = (await badgeRendererMap()).get(path);
    if (!render) throw new Error(`no badge at ${path}`);
    body = render();
    rendered.set(path, body);
  }
  return body;
}
