// The validated content, as the model and the pages receive it: a field for each kind of content
// (content-kinds.ts declares them and what each holds), the content folder, and what may be published.
import type { KindContent } from './content-kinds.ts';
import type { PublishedFiles } from './published-files.ts';

export type { Source } from './content-kinds.ts';

export type Content = KindContent & {
  /** Absolute path of the content folder. */
  root: string;
  /** Every file the site publishes from content, each checked: nothing else may be published. */
  published: PublishedFiles;
};

export type Partner = Content['partners'][number];
export type CaseStudy = Content['caseStudies'][number];
export type NewsPost = Content['news'][number];
export type ActivityLedger = Content['activity'][number];
export type App = Content['apps'][number];
