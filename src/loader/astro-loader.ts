// The content-layer side of the one loader: Astro's collections are filled from loadContent(),
// the same function `npm run validate` calls, so the build accepts exactly what validate accepts.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatText, summary } from './format-problems.ts';
import { buildDate, contentDirectory } from '../settings.ts';
import type { Content } from './content-types.ts';
import { loadAndRemember } from './last-load.ts';
import type { LoadResult } from './load-content.ts';

export type CollectionName = 'program' | 'partners' | 'activity' | 'caseStudies' | 'news' | 'brandAssets';

let pending: Promise<LoadResult> | undefined;
let reported = false;

/** One validation run per build, shared by every collection; dev-server edits start a new one. */
function sharedLoad(): Promise<LoadResult> {
  if (!pending) {
    pending = loadAndRemember(contentDirectory(), buildDate());
    reported = false;
  }
  return pending;
}

/** Thrown when content has errors; the problems themselves were already printed, as validate prints them. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    // A user's mistake, not a bug: the stack would only hide the messages above it.
    this.stack = `${this.name}: ${message}`;
  }
}

async function validatedContent(logger: LoaderContext['logger']): Promise<Content> {
  const result = await sharedLoad();
  if (!reported) {
    reported = true;
    for (const problem of result.problems) (problem.severity === 'error' ? console.error : console.warn)(formatText(problem));
    if (result.problems.length) console.error(`\n${summary(result.filesChecked, result.problems)}`);
  }
  if (!result.content) {
    throw new ContentError(`content has errors (listed above) → fix them and build again; \`npm run validate\` prints the same list`);
  }
  logger.debug(summary(result.filesChecked, result.problems));
  return result.content;
}

export function partnerkitLoader(collection: CollectionName): Loader {
  return {
    name: `partnerkit:${collection}`,
    async load(context) {
      const content = await validatedContent(context.logger);
      const { store, generateDigest, config } = context;
      store.clear();
      const relativeToProject = (file: string) => path.relative(fileURLToPath(config.root), path.join(content.root, file)).split(path.sep).join('/');

      if (collection === 'program') {
        store.set({ id: 'program', data: content.program as unknown as Record<string, unknown>, digest: generateDigest(content.program as unknown as Record<string, unknown>) });
        return;
      }
      for (const entry of content[collection]) {
        const data = entry as unknown as Record<string, unknown>;
        const id = 'slug' in entry ? entry.slug : entry.id;
        if ((collection === 'caseStudies' || collection === 'news') && 'body' in entry) {
          const { body, ...fields } = entry;
          const digest = generateDigest(`${JSON.stringify(fields)}\n${body}`);
          if ('format' in entry && entry.format === 'md') {
            // With its file, Astro resolves and converts the post's images as it does for MDX.
            const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(path.join(content.root, entry.file)) });
            store.set({ id, data: fields, body, filePath: relativeToProject(entry.file), digest, rendered, assetImports: rendered.metadata?.imagePaths });
          } else {
            store.set({ id, data: fields, body, filePath: relativeToProject(entry.file), digest, deferredRender: true });
          }
        } else {
          store.set({ id, data, digest: generateDigest(data) });
        }
      }
      watchContent(context, content.root, () => this.load(context));
    },
  };
}

const reloaders = new Map<string, () => Promise<void>>();

/** In `astro dev`, validate again once and reload every collection when a content file changes. */
function watchContent(context: LoaderContext, root: string, reload: () => Promise<void>) {
  if (!context.watcher) return;
  const first = reloaders.size === 0;
  reloaders.set(context.collection, reload);
  if (!first) return;
  context.watcher.add(root);
  context.watcher.on('all', async (_event, changed) => {
    if (!changed.startsWith(root)) return;
    pending = undefined;
    try {
      for (const reloadCollection of reloaders.values()) await reloadCollection();
    } catch (error) {
      // Every collection shares the one validation run: report its failure once.
      context.logger.error((error as Error).message);
    }
  });
}
