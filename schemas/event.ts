// events/<slug>.yaml: an event of the program (a throwaway kind, to show what adding one takes).
import { z } from 'zod';
import { isoDate, line, link } from './common.ts';

export const EventSchema = z
  .strictObject({
    title: line(120),
    date: isoDate(),
    url: link().optional(),
  })
  .meta({ title: 'Partnerkit event', description: 'content/events/<slug>.yaml' });
