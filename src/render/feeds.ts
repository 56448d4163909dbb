// The program's feed: news posts and partner events (joined, certification earned) taken from
// dates in the content, as Atom and JSON Feed (through the `feed` library).
import { Feed } from 'feed';
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import type { Absolute } from './api-v1.ts';

export interface FeedEvent {
  id: string;
  kind: 'news' | 'joined' | 'certified';
  title: string;
  date: string;
  url: string;
  summary: string;
}

/** Newest first, at most `limit`, none after the build date. */
export function feedEvents(model: Model, absolute: Absolute, limit = 50): FeedEvent[] {
  const events: FeedEvent[] = [
    ...model.news.map((post) => ({ id: absolute(post.path), kind: 'news' as const, title: post.title, date: post.published, url: absolute(post.path), summary: post.summary })),
    ...model.activePartners.flatMap((partner) => [
      ...(partner.since ? [{ id: `${absolute(partner.path)}#joined`, kind: 'joined' as const, title: `${partner.name} joined as a partner`, date: partner.since, url: absolute(partner.path), summary: partner.summary }] : []),
      ...partner.certifications.map((c) => ({ id: `${absolute(partner.verifyPath)}#${c.id}-${c.earned}`, kind: 'certified' as const, title: `${partner.name} earned ${c.name}`, date: c.earned, url: absolute(partner.verifyPath), summary: `Valid until ${c.expires}.` })),
    ]),
  ];
  return events
    .filter((event) => event.date <= model.today)
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

export function programFeed(model: Model, absolute: Absolute): Feed {
  const { program } = model;
  const events = feedEvents(model, absolute);
  const feed = new Feed({
    title: `${program.name}: news and partners`,
    description: program.tagline,
    id: absolute(routes.home),
    link: absolute(routes.home),
    language: program.site.language,
    updated: new Date(`${events[0]?.date ?? model.today}T00:00:00Z`),
    feedLinks: { atom: absolute(routes.atomFeed), json: absolute(routes.jsonFeed) },
    copyright: program.name,
  });
  for (const event of events) {
    feed.addItem({ id: event.id, title: event.title, link: event.url, date: new Date(`${event.date}T00:00:00Z`), description: event.summary, category: [{ name: event.kind }] });
  }
  return feed;
}
