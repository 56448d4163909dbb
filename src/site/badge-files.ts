// Badges for the pages: a page needs only a badge's size (for its <img> and embed snippets), so
// only sizes are remembered; at 50,000 partners the SVG text of every badge would be most of a
// gigabyte held until the build ends. The build writes the files themselves afterwards.
import { files, model } from 'virtual:partnerkit/model';
import { badgeRenderers, markDataUri, type Renderers } from '../render/badge-files.ts';
import { svgSize } from './embed-snippets.ts';

let renderers: Promise<Renderers> | undefined;
const sizes = new Map<string, { width: number; height: number }>();

export function badgeRendererMap(): Promise<Renderers> {
  renderers ??= markDataUri(model, files).then((mark) => badgeRenderers(model, mark));
  return renderers;
}

/** The body of one badge file, by site path (for `astro dev`, which serves them as routes). */
export async function badgeFile(path: string): Promise<string> {
  const render = (await badgeRendererMap()).get(path);
  if (!render) throw new Error(`no badge at ${path}`);
  return render();
}

/** Width and height of one SVG badge, by site path. */
export async function badgeSize(path: string): Promise<{ width: number; height: number }> {
  let size = sizes.get(path);
  if (!size) {
    size = svgSize(await badgeFile(path));
    sizes.set(path, size);
  }
  return size;
}
