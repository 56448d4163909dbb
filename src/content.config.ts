// Astro's collections: only the case studies and news posts, whose MDX and Markdown bodies Astro
// renders. Pages take everything else from the model (virtual:partnerkit/model).
import { defineCollection } from 'astro:content';
import { partnerkitLoader } from './loader/astro-loader.ts';

export const collections = {
  caseStudies: defineCollection({ loader: partnerkitLoader('caseStudies') }),
  news: defineCollection({ loader: partnerkitLoader('news') }),
};
