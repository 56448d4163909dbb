// After `astro build`, writes the signed credentials (src/render/credential-files.ts) with the key
// PARTNERKIT_SIGNING_KEY holds. The key is read when the config is, so a wrong key stops the build
// before any page is built; with no key the build goes on, publishes none and says so in one line.
// `astro dev` serves the same files through src/pages/credentials/[...file].ts.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { credentialRenderers } from '../render/credential-files.ts';
import { type SigningKey, signingKey } from '../settings.ts';
import { mapLimit } from '../shared/map-limit.ts';
import type { ModelBuild } from './model-build.ts';

export const NO_KEY_NOTICE =
  'no signed credentials published: PARTNERKIT_SIGNING_KEY is not set → run `npm run keygen` and store the private key it prints as the repository secret PARTNERKIT_SIGNING_KEY (the publish workflow passes it to the build)';

export function partnerkitCredentials(build: ModelBuild): AstroIntegration {
  let key: SigningKey | undefined;
  let site: URL | undefined;
  return {
    name: 'partnerkit:credentials',
    hooks: {
      'astro:config:setup': () => {
        key = signingKey();
      },
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!key) {
          logger.warn(NO_KEY_NOTICE);
          return;
        }
        const started = performance.now();
        const { model } = await build.built();
        const out = fileURLToPath(dir);
        const renderers = [...credentialRenderers(model, site, key)];
        const folders = new Set(renderers.map(([sitePath]) => path.dirname(path.join(out, sitePath))));
        await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
        await mapLimit(renderers, 64, async ([sitePath, render]) => writeFile(path.join(out, sitePath), await render()));
        logger.info(`signed and wrote ${renderers.length} credential files (key ${key.kid}) in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
