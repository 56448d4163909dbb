// case-studies/<slug>.mdx front matter. The body is MDX restricted to allow-listed components.
import { z } from 'zod';
import { id, isoDate, line, list, prose } from './common.ts';

export const CaseStudySchema = z
  .strictObject({
    title: line(120),
    summary: line(300),
    partners: list(id(), { max: 20, what: 'partner', description: 'Slugs of the partners this case study is about.' }).min(1),
    published: isoDate(),
    industry: id().optional(),
    featured: z.boolean().default(false),
    results: list(z.strictObject({ label: line(60), value: line(30) }), { max: 12, what: 'result', by: 'label' }).default([]),
    quote: z.strictObject({ text: prose(600), author: line(80) }).optional(),
  })
  .meta({ title: 'Partnerkit case study', description: 'Front matter of content/case-studies/<slug>.mdx' });

export type CaseStudyInput = z.input<typeof CaseStudySchema>;
export type CaseStudyData = z.output<typeof CaseStudySchema>;
