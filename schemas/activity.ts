// activity/<slug>.yaml: the reciprocity ledger of one partnership, both sides.
import { z } from 'zod';
import { id, isoDate, line, link, list, prose } from './common.ts';

export const ActivityEntrySchema = z.strictObject({
  date: isoDate('When it happened.'),
  type: id().meta({ description: 'An activity type id from program.yaml activityTypes, e.g. blog-post.' }),
  by: z.enum(['platform', 'partner']).meta({ description: 'Who did it: the platform (us) or the partner.' }),
  title: line(160, 'What was done, e.g. "Joint webinar on usage-based billing".'),
  url: link('Where it can be seen, e.g. the blog post.').optional(),
  notes: prose(
    1000,
    'Notes for the program team. Never published: no page, API response, feed or download shows them; they stay in the repository.',
  ).optional(),
});

export const ActivityFileSchema = z
  .strictObject({
    entries: list(ActivityEntrySchema, {
      max: 5000,
      what: 'entry',
      description: 'What each side did for the other, one entry per activity, in any order.',
    }).default([]),
  })
  .meta({
    title: 'Partnerkit activity ledger',
    description:
      'What each side did: content/activity/<slug>.yaml. The ledger is private: it feeds the internal site and reports, and the public site shows only what program.yaml opts in to publish.',
  });

export type ActivityEntry = z.output<typeof ActivityEntrySchema>;
export type ActivityFileInput = z.input<typeof ActivityFileSchema>;
export type ActivityFile = z.output<typeof ActivityFileSchema>;
