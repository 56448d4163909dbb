// The content-layer side of the one loader: Astro renders the MDX and Markdown bodies of case
// studies and news posts (the kinds written with bodies, content-kinds.ts), so their collections
// stay. Their entries are the ones the build loaded and checked once with loadContent(), the
// function `npm run validate` calls, handed over by the Partnerkit integration
// (src/integrations/model.ts); everything else comes from the model.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { ProseKey } from './content-kinds.ts';

export function partnerkitLoader(collection: ProseKey): Loader {
  return {
    name: `partnerkit:${collection}`,
    async load(context) {
      // Imported here, not at the top: in `astro dev` the integration invalidates it after an edit.
      const bodies = await import('virtual:partnerkit/bodies');
      const { store, generateDigest, config } = context;
      store.clear();
      const relativeToProject = (file: string, root: string) => path.relative(fileURLToPath(config.root), path.join(root, file)).split(path.sep).join('/');

      for (const entry of bodies.collections[collection]) {
        const { body, ...fields } = entry;
        const digest = generateDigest(`${JSON.stringify(fields)}\n${body}`);
        if (entry.file.endsWith('.md')) {
          // With its file, Astro resolves and converts the post's images as it does for MDX.
          const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(path.join(bodies.root, entry.file)) });
          store.set({
            id: entry.slug,
            data: fields,
            body,
            filePath: relativeToProject(entry.file, bodies.root),
            digest,
            rendered,
            assetImports: rendered.metadata?.imagePaths,
          });
        } else {
          store.set({ id: entry.slug, data: fields, body, filePath: relativeToProject(entry.file, bodies.root), digest, deferredRender: true });
        }
      }
    },
  };
}
