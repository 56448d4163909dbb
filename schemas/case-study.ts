// case-studies/<slug>.mdx front matter. The body is MDX restricted to allow-listed components.
import { z } from 'zod';
import { contentFile, coverImage, id, isoDate, LOGO_EXTENSIONS, line, link, list, prose } from './common.ts';

export const CaseStudySchema = z
  .strictObject({
    title: line(120, 'The headline, e.g. "How Northwind cut reporting time by half". Published.'),
    summary: line(300, 'One or two sentences shown in lists and previews. Published.'),
    partners: list(id(), { max: 20, what: 'partner', description: 'Slugs of the partners this case study is about.' }).min(1),
    published: isoDate('The publication date; the newest case studies come first.'),
    industry: id("The customer's industry: an industry id from program.yaml vocabularies.industries, e.g. retail. Shown on the page. Published.").optional(),
    customer: z
      .strictObject({
        name: line(80, "The customer's name, as they want it shown. Published."),
        logo: contentFile(
          LOGO_EXTENSIONS,
          "The customer's logo, relative to the content folder, e.g. logos/customers/northwind.svg; checked and published like partner logos.",
        ).optional(),
        website: link("The customer's website. Published.").optional(),
      })
      .optional()
      .meta({ description: 'The customer the case study is about, shown beside the partners. Published.' }),
    image: coverImage().optional(),
    featured: z.boolean().default(false).meta({ description: 'true marks an outstanding case study; false when left out.' }),
    results: list(
      z.strictObject({
        label: line(60, 'What was measured, e.g. "Reporting time".'),
        value: line(30, 'The result, e.g. "−50%".'),
      }),
      { max: 12, what: 'result', by: 'label', description: 'Key figures, shown above the story. Published.' },
    ).default([]),
    quote: z
      .strictObject({
        text: prose(600, 'What the customer said, without quotation marks.'),
        author: line(80, 'Who said it, e.g. "Jo Doe, CTO of Northwind".'),
      })
      .optional()
      .meta({
        description:
          'The pull-quote, shown once as a card after the results and before the story. Do not repeat it in the body with the <Quote> component (validate warns when both hold the same words): use <Quote> only for other quotes. Published.',
      }),
  })
  .meta({ title: 'Partnerkit case study', description: 'Front matter of content/case-studies/<slug>.mdx' });

export type CaseStudyInput = z.input<typeof CaseStudySchema>;
export type CaseStudyData = z.output<typeof CaseStudySchema>;
