// The one product of a build: the content folder loaded and checked once by loadContent(), the
// function `npm run validate` calls, and the model built from it once. The Partnerkit integration
// owns one of these and hands what it holds to the pages, to the content layer (case-study and news
// bodies), to the step that writes badges and logos after the build, and to the sitemap.

import path from 'node:path';
import { readContentHistory } from '../loader/content-history.ts';
import type { Content } from '../loader/content-types.ts';
import { formatText, summary } from '../loader/format-problems.ts';
import { type LoadResult, loadContent } from '../loader/load-content.ts';
import { type BuiltModel, buildModel } from '../model/build-model.ts';
import { changesNotice } from '../model/changes.ts';
import { type Audience, apiPageSize, buildAudience, buildDate, contentDirectory } from '../settings.ts';
import { redirectPaths } from '../site/redirect-paths.ts';

/** Thrown when content has errors; the problems themselves are printed as validate prints them. */
export class ContentError extends Error {
  /** The problems as printed: one line each, then the count. */
  readonly listing: string;

  constructor(message: string, listing: string) {
    super(message);
    this.name = 'ContentError';
    this.listing = listing;
    // A user's mistake, not a bug: the stack would only hide the messages above it.
    this.stack = `${this.name}: ${message}`;
  }
}

export interface ModelBuild {
  /** Absolute path of the content folder. */
  readonly root: string;
  /** Who the site is for (PARTNERKIT_AUDIENCE): decides what the model holds and which pages exist. */
  readonly audience: Audience;
  /** The validated content; rejects with a ContentError, after printing every problem, when any error was found. */
  content(): Promise<Content>;
  /** The model of that content as of the build date, and the generated files it refers to. */
  built(): Promise<BuiltModel>;
  /**
   * The pages that only redirect (renamed partners' old URLs), from the built model: for the
   * sitemap, which asks once every page is written. Throws when asked before the model is built.
   */
  redirectPaths(): ReadonlySet<string>;
  /** Forgets both, so the next call reads the folder again (`astro dev`, after an edit). */
  reset(): void;
}

export function modelBuild(): ModelBuild {
  const root = contentDirectory();
  const audience = buildAudience();
  // One date for the load and the model, even for a build that runs past midnight.
  let today: string | undefined;
  let content: Promise<Content> | undefined;
  let built: Promise<BuiltModel> | undefined;
  // The model once built, for what asks without waiting (the sitemap's filter).
  let finished: { built: BuiltModel; redirects?: ReadonlySet<string> } | undefined;
  return {
    root,
    audience,
    content() {
      today ??= buildDate();
      // Read now, so a wrong value stops the build before it starts rather than at the API's pages.
      apiPageSize();
      content ??= loadContent(root, { today }).then(checked);
      return content;
    },
    built() {
      if (!built) {
        // The history is read while the content is checked: one git log and one cat-file, whatever the size.
        const building = Promise.all([this.content(), readContentHistory(root)]).then(async ([loaded, history]) => {
          const result = await buildModel(loaded, { today: today!, audience, history });
          console.log(changesNotice(history, result.model.changes.length, path.relative(process.cwd(), root) || '.'));
          return result;
        });
        built = building;
        void building.then(
          (result) => {
            if (built === building) finished = { built: result }; // not after a reset
          },
          () => undefined,
        );
      }
      return built;
    },
    redirectPaths() {
      if (!finished) throw new Error('the redirects are asked for before the model is built');
      finished.redirects ??= redirectPaths(finished.built.model.partners);
      return finished.redirects;
    },
    reset() {
      today = undefined;
      content = undefined;
      built = undefined;
      finished = undefined;
    },
  };
}

/** Prints the problems as validate does; the content, if there was no error. */
function checked(result: LoadResult): Content {
  for (const problem of result.problems) (problem.severity === 'error' ? console.error : console.warn)(formatText(problem));
  const count = summary(result.filesChecked, result.problems);
  if (result.problems.length) console.error(`\n${count}`);
  if (!result.content) {
    const listing = [...result.problems.map((problem) => formatText(problem)), '', count].join('\n');
    throw new ContentError('content has errors (listed above) → fix them and build again; `npm run validate` prints the same list', listing);
  }
  return result.content;
}
