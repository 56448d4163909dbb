// The last step of a public build: reads every page, API response, feed and CSV it wrote and fails
// the build if any holds internal data (src/site/internal-leaks.ts). The model of a public build
// holds none and the API schemas have no field for it; this catches a page or endpoint that
// finds another way, before the site is published.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHECKED_EXTENSIONS, internalLeaks } from '../site/internal-leaks.ts';
import type { ModelBuild } from './model-build.ts';

export class InternalDataInPublicBuild extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalDataInPublicBuild';
    // Which files and what: the stack would only hide it.
    this.stack = `${this.name}: ${message}`;
  }
}

export function partnerkitPublicGuard(build: ModelBuild): AstroIntegration {
  return {
    name: 'partnerkit:public-guard',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (build.audience !== 'public') return;
        const started = performance.now();
        let checked = 0;
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { recursive: true, withFileTypes: true });
        const problems: string[] = [];
        for (const entry of entries) {
          const extension = path.extname(entry.name);
          if (!entry.isFile() || !CHECKED_EXTENSIONS.has(extension)) continue;
          const file = path.join(entry.parentPath, entry.name);
          checked++;
          for (const leak of internalLeaks(extension, await readFile(file, 'utf8'))) problems.push(`${path.relative(out, file)}: ${leak}`);
        }
        if (problems.length)
          throw new InternalDataInPublicBuild(
            `the public site would publish internal data:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  …and ${problems.length - 20} more` : ''}\n→ show it only in the internal build (\`npm run build:internal\`, model.audience === 'internal'), or publish it through program.yaml's reciprocity.publish`,
          );
        logger.info(`no internal data in the ${checked} pages and files checked, in ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
