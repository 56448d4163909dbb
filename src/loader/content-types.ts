// The validated content, as the model and the pages receive it.
import type { ActivityEntry } from '../../schemas/activity.ts';
import type { BrandAsset } from '../../schemas/brand.ts';
import type { CaseStudyData } from '../../schemas/case-study.ts';
import type { NewsData } from '../../schemas/news.ts';
import type { PartnerData } from '../../schemas/partner.ts';
import type { Program } from '../../schemas/program.ts';
import type { PublishedFiles } from './published-files.ts';

/** Where an entry came from: its slug (the file name) and the file, relative to the content folder. */
export interface Source {
  slug: string;
  file: string;
}

export type Partner = PartnerData & Source;
export type CaseStudy = CaseStudyData & Source & { body: string };
export type NewsPost = NewsData & Source & { body: string; format: 'md' | 'mdx' };
export interface ActivityLedger extends Source {
  entries: ActivityEntry[];
}

export interface Content {
  /** Absolute path of the content folder. */
  root: string;
  program: Program;
  partners: Partner[];
  caseStudies: CaseStudy[];
  news: NewsPost[];
  activity: ActivityLedger[];
  brandAssets: BrandAsset[];
  /** Every file the site publishes from content, each checked: nothing else may be published. */
  published: PublishedFiles;
}
