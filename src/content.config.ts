// Astro's collections, all filled by the Partnerkit loader (see src/loader/astro-loader.ts).
import { defineCollection } from 'astro:content';
import { partnerkitLoader } from './loader/astro-loader.ts';

export const collections = {
  program: defineCollection({ loader: partnerkitLoader('program') }),
  partners: defineCollection({ loader: partnerkitLoader('partners') }),
  activity: defineCollection({ loader: partnerkitLoader('activity') }),
  caseStudies: defineCollection({ loader: partnerkitLoader('caseStudies') }),
  news: defineCollection({ loader: partnerkitLoader('news') }),
  brandAssets: defineCollection({ loader: partnerkitLoader('brandAssets') }),
};
