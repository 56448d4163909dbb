// news/<slug>.md or .mdx front matter.
import { z } from 'zod';
import { coverImage, id, isoDate, line, list } from './common.ts';

export const NewsSchema = z
  .strictObject({
    title: line(120),
    summary: line(300),
    published: isoDate(),
    partners: list(id(), { max: 50, what: 'partner', description: 'Slugs of partners the post is about, if any.' }).default([]),
    image: coverImage().optional(),
  })
  .meta({ title: 'Partnerkit news post', description: 'Front matter of content/news/<slug>.md(x)' });

export type NewsInput = z.input<typeof NewsSchema>;
export type NewsData = z.output<typeof NewsSchema>;
