// The Partnerkit integration that makes the model the single product of a build: it loads and
// checks the content once (the loader validate runs), builds the model once, and hands both on
// through virtual modules (src/integrations/virtual-modules.ts). The first to ask is the content
// layer's sync, the first step of `astro build`, so content with errors stops the build there,
// with validate's messages, before any page is compiled. `astro dev` loads again, and reloads the
// browser, whenever a file in the content folder changes.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Program } from '../../schemas/program.ts';
import { routes } from '../routes.ts';
import type { Audience } from '../settings.ts';
import type { ModelBuild } from './model-build.ts';
import { invalidateModules, partnerkitModules } from './virtual-modules.ts';

export function partnerkitModel(build: ModelBuild): AstroIntegration {
  return {
    name: 'partnerkit:model',
    hooks: {
      'astro:config:setup': async ({ updateConfig, injectRoute }) => {
        updateConfig({ vite: { plugins: [partnerkitModules(build)] } });
        // Astro builds a fixed page whatever its getStaticPaths says, so the pages that exist only
        // when program.yaml has their block are added here, from the checked content. Content with
        // errors adds none: the content sync stops the build right after, with validate's messages.
        const program = await build.content().then(
          (content) => content.program,
          () => undefined,
        );
        for (const page of optionalPages(program, build.audience)) injectRoute(page);
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const inContent = (file: string) => file === build.root || file.startsWith(build.root + path.sep);
        let pending: NodeJS.Timeout | undefined;
        const reload = async () => {
          build.reset();
          invalidateModules(server);
          try {
            // Every collection (src/content.config.ts) takes its entries from the build's load.
            await refreshContent?.({});
          } catch (error) {
            // The problems were printed just above, as validate prints them.
            const { name, message } = error as Error;
            logger.error(name === 'ContentError' ? 'content has errors (listed above) → fix them and save: the page reloads by itself' : message);
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.add(build.root);
        server.watcher.on('all', (_event, file) => {
          if (!inContent(file)) return;
          // A checkout or a save-all changes many files at once: load once for all of them.
          clearTimeout(pending);
          pending = setTimeout(() => void reload(), 50);
        });
      },
    },
  };
}

/**
 * The pages that depend on the program or the audience: join and FAQ (src/optional-pages/) for a
 * program that has on-boarding and questions; in the internal build the full activity report and the
 * scorecards (src/internal-pages/); in the public build the activity summary, only when program.yaml
 * publishes one (reciprocity.publish).
 */
export function optionalPages(program: Program | undefined, audience: Audience): Array<{ pattern: string; entrypoint: URL }> {
  const page = (pattern: string, file: string) => ({ pattern, entrypoint: new URL(`../optional-pages/${file}`, import.meta.url) });
  const internalPage = (pattern: string, file: string) => ({ pattern, entrypoint: new URL(`../internal-pages/${file}`, import.meta.url) });
  const publish = program?.reciprocity.publish;
  const activity =
    audience === 'internal'
      ? [
          internalPage(routes.activity, 'activity.astro'),
          internalPage(routes.scorecards, 'scorecards/index.astro'),
          internalPage(routes.scorecard('[slug]'), 'scorecards/[slug].astro'),
        ]
      : publish?.activeThisQuarter || publish?.totals
        ? [page(routes.activity, 'activity.astro')]
        : [];
  return [...(program?.onboarding ? [page(routes.join, 'join.astro')] : []), ...(program?.faq?.length ? [page(routes.faq, 'faq.astro')] : []), ...activity];
}
