// changes.json and its archive pages (schemas/api/v1.ts ChangePage): the model's events cut into
// fixed pages from the oldest (src/model/paging.ts), so a full page never changes. Parsed with the
// strict schema, like every response: a field the contract does not name fails the build.
import type { z } from 'zod';
import { ChangePageSchema } from '../../schemas/api/v1.ts';
import type { ChangeEvent } from '../model/changes.ts';
import type { Model } from '../model/model-types.ts';
import { archivePages } from '../model/paging.ts';
import { routes } from '../routes.ts';
import type { Absolute } from './api-v1.ts';

/** One page of events, newest first: its number (null for the head) and the number of the page of the events before it. */
export interface EventPage {
  page: number | null;
  events: ChangeEvent[];
  older: number | null;
}

/** The model's events (newest first) in pages: `head` (changes.json, /feed.xml) and the archive pages, archives[0] being page 1. */
export function eventPages(model: Model): { head: EventPage; archives: EventPage[] } {
  const { head, archives } = archivePages(model.changes.toReversed());
  return {
    head: { page: null, events: head, older: archives.length > 0 ? archives.length : null },
    archives: archives.map((events, index) => ({ page: index + 1, events, older: index > 0 ? index : null })),
  };
}

export function changePage({ page, events, older }: EventPage, absolute: Absolute): z.output<typeof ChangePageSchema> {
  return ChangePageSchema.parse({
    version: 'v1',
    page,
    events,
    next: older === null ? null : absolute(routes.apiV1('changesArchive', String(older))),
  });
}
