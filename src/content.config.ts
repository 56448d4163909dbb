// Astro's collections: only the kinds of content written as Markdown or MDX (case studies, news
// posts; src/loader/content-kinds.ts), whose bodies Astro renders. Pages take everything else from
// the model (virtual:partnerkit/model).
import { defineCollection } from 'astro:content';
import { partnerkitLoader } from './loader/astro-loader.ts';
import { PROSE_KEYS } from './loader/content-kinds.ts';

export const collections = Object.fromEntries(PROSE_KEYS.map((key) => [key, defineCollection({ loader: partnerkitLoader(key) })]));
