// After `astro build`, writes the files that are plain output rather than pages: badges (SVG and
// shields JSON) and the optimised partner logos. Rendering them as Astro routes cost a route per
// file, nine per partner, which dominated build time and memory for large programs.
// `astro dev` serves the same files through the endpoints in src/pages/badges and src/pages/logos.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { badgeRenderers, markDataUri } from '../render/badge-files.ts';
import { mapLimit } from '../shared/map-limit.ts';
import type { ModelBuild } from './model-build.ts';

/** `build`: the build's model, the one the pages rendered (src/integrations/model.ts). */
export function partnerkitStaticFiles(build: ModelBuild): AstroIntegration {
  return {
    name: 'partnerkit:static-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { model, files } = await build.built();
        const out = fileURLToPath(dir);
        const writes: Array<[string, () => Promise<void>]> = [];
        for (const [sitePath, render] of badgeRenderers(model, await markDataUri(model, files))) {
          writes.push([sitePath, () => writeFile(path.join(out, sitePath), render())]);
        }
        for (const [sitePath, cached] of files) writes.push([sitePath, () => copyFile(cached, path.join(out, sitePath))]);
        const folders = new Set(writes.map(([sitePath]) => path.dirname(path.join(out, sitePath))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        await mapLimit(writes, 64, ([, write]) => write());
        logger.info(`wrote ${writes.length} badge and logo files in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
