// news/<slug>.md or .mdx front matter.
import { z } from 'zod';
import { coverImage, id, isoDate, line, list } from './common.ts';

export const NewsSchema = z
  .strictObject({
    title: line(120, 'The headline. Published.'),
    summary: line(300, 'One or two sentences shown in lists and the feed. Published.'),
    published: isoDate('The publication date; the newest posts come first.'),
    partners: list(id(), { max: 50, what: 'partner', description: 'Slugs of partners the post is about, if any.' }).default([]),
    image: coverImage().optional(),
  })
  .meta({ title: 'Partnerkit news post', description: 'Front matter of content/news/<slug>.md(x)' });

export type NewsInput = z.input<typeof NewsSchema>;
export type NewsData = z.output<typeof NewsSchema>;
