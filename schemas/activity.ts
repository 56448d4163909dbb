// activity/<slug>.yaml: the reciprocity ledger of one partnership, both sides.
import { z } from 'zod';
import { id, isoDate, line, link, list, prose } from './common.ts';

export const ActivityEntrySchema = z.strictObject({
  date: isoDate(),
  type: id().meta({ description: 'An activity type id from program.yaml activityTypes.' }),
  by: z.enum(['platform', 'partner']).meta({ description: 'Who did it: the platform (us) or the partner.' }),
  title: line(160),
  url: link().optional(),
  notes: prose(1000).optional(),
});

export const ActivityFileSchema = z
  .strictObject({ entries: list(ActivityEntrySchema, { max: 5000, what: 'entry' }).default([]) })
  .meta({ title: 'Partnerkit activity ledger', description: 'What each side did: content/activity/<slug>.yaml' });

export type ActivityEntry = z.output<typeof ActivityEntrySchema>;
export type ActivityFileInput = z.input<typeof ActivityFileSchema>;
export type ActivityFile = z.output<typeof ActivityFileSchema>;
