// case-studies/<slug>.mdx front matter. The body is MDX restricted to allow-listed components.
import { z } from 'zod';
import { contentFile, coverImage, id, isoDate, LOGO_EXTENSIONS, line, link, list, prose } from './common.ts';

export const CaseStudySchema = z
  .strictObject({
    title: line(120),
    summary: line(300),
    partners: list(id(), { max: 20, what: 'partner', description: 'Slugs of the partners this case study is about.' }).min(1),
    published: isoDate(),
    industry: id().optional().meta({ description: "The customer's industry: an industry id from program.yaml vocabularies, shown on the page." }),
    customer: z
      .strictObject({
        name: line(80).meta({ description: "The customer's name, as they want it shown." }),
        logo: contentFile(LOGO_EXTENSIONS).optional().meta({
          description: "The customer's logo, relative to the content folder, e.g. logos/customers/northwind.svg; checked and published like partner logos.",
        }),
        website: link().optional().meta({ description: "The customer's website." }),
      })
      .optional()
      .meta({ description: 'The customer the case study is about.' }),
    image: coverImage().optional(),
    featured: z.boolean().default(false),
    results: list(z.strictObject({ label: line(60), value: line(30) }), { max: 12, what: 'result', by: 'label' }).default([]),
    quote: z
      .strictObject({ text: prose(600), author: line(80) })
      .optional()
      .meta({
        description:
          'The pull-quote, shown once as a card beside the results. A <Quote> in the body is a different quote inside the story; validate warns when both hold the same words.',
      }),
  })
  .meta({ title: 'Partnerkit case study', description: 'Front matter of content/case-studies/<slug>.mdx' });

export type CaseStudyInput = z.input<typeof CaseStudySchema>;
export type CaseStudyData = z.output<typeof CaseStudySchema>;
