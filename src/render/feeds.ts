// The program's feeds: news posts, partner events (joined, certification earned) and new apps in
// the marketplace, taken from dates in the content, as Atom and JSON Feed (through the `feed` library), and the news alone as
// RSS 2.0 (through @astrojs/rss). Content is plain text; each format is told so in its own terms.
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import { escapeXml, xmlText } from '../shared/escape-xml.ts';
import type { Absolute } from './api-v1.ts';

export interface FeedEvent {
  id: string;
  kind: 'news' | 'joined' | 'certified' | 'app';
  title: string;
  date: string;
  url: string;
  summary: string;
}

/** Newest first, at most `limit`, none after the build date. */
export function feedEvents(model: Model, absolute: Absolute, limit = 50): FeedEvent[] {
  const events: FeedEvent[] = [
    ...model.news.map((post) => ({
      id: absolute(post.path),
      kind: 'news' as const,
      title: post.title,
      date: post.published,
      url: absolute(post.path),
      summary: post.summary,
    })),
    ...model.activePartners.flatMap((partner) => [
      ...(partner.since
        ? [
            {
              id: `${absolute(partner.path)}#joined`,
              kind: 'joined' as const,
              title: `${partner.name} joined as a partner`,
              date: partner.since,
              url: absolute(partner.path),
              summary: partner.summary,
            },
          ]
        : []),
      ...partner.certifications.map((c) => ({
        id: `${absolute(partner.verifyPath)}#${c.id}-${c.earned}`,
        kind: 'certified' as const,
        title: `${partner.name} earned ${c.name}`,
        date: c.earned,
        url: absolute(partner.verifyPath),
        summary: `Valid until ${c.expires}.`,
      })),
    ]),
    ...model.apps.map((app) => ({
      id: `${absolute(app.path)}#listed`,
      kind: 'app' as const,
      title: `New in the marketplace: ${app.name} by ${app.partner.name}`,
      date: app.listedSince,
      url: absolute(app.path),
      summary: app.summary,
    })),
  ];
  return events
    .filter((event) => event.date <= model.today)
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** How plain text is handed to the `feed` library: in text elements, as entry titles, as entry summaries. */
interface Writing {
  text: (text: string) => string;
  title: (text: string) => string;
  summary: (text: string) => string;
}

function programFeed(model: Model, absolute: Absolute, as: Writing): Feed {
  const { program } = model;
  const events = feedEvents(model, absolute);
  const feed = new Feed({
    title: as.text(`${program.name}: news and partners`),
    description: as.text(program.tagline),
    id: absolute(routes.home),
    link: absolute(routes.home),
    language: program.site.language,
    updated: new Date(`${events[0]?.date ?? model.today}T00:00:00Z`),
    feedLinks: { atom: absolute(routes.atomFeed), json: absolute(routes.jsonFeed) },
    copyright: as.text(model.organization.name),
  });
  for (const event of events) {
    feed.addItem({
      id: event.id,
      title: as.title(event.title),
      link: event.url,
      date: new Date(`${event.date}T00:00:00Z`),
      description: as.summary(event.summary),
      category: [{ name: event.kind }],
    });
  }
  return feed;
}

/**
 * Atom. The library (through xml-js) keeps characters XML forbids, and turns a written "&amp;"
 * into "&" before escaping, so "&" is doubled here to come out as written. Entry titles and
 * summaries are type="html": escaped as HTML, a name like "<b>Acme</b>" shows as written instead
 * of being rendered, and no "]]>" can reach the CDATA section the library wraps them in.
 */
export function atomFeed(model: Model, absolute: Absolute): string {
  const text = (value: string) => xmlText(value).replace(/&/g, '&amp;');
  return programFeed(model, absolute, { text, title: escapeXml, summary: escapeXml }).atom1();
}

/** JSON Feed: titles are plain text; the library publishes the summary as `content_html`. */
export function jsonFeed(model: Model, absolute: Absolute): string {
  const asWritten = (value: string) => value;
  return programFeed(model, absolute, { text: asWritten, title: asWritten, summary: escapeXml }).json1();
}

/** RSS 2.0 of the news. Readers treat an item's description as HTML, so the summary is escaped as such. */
export function newsRss(model: Model, absolute: Absolute): Promise<string> {
  const { program, news } = model;
  return getRssString({
    title: xmlText(`${program.name} news`),
    description: xmlText(program.tagline),
    site: absolute(routes.home),
    items: news.map((post) => ({
      title: xmlText(post.title),
      description: escapeXml(post.summary),
      pubDate: new Date(`${post.published}T00:00:00Z`),
      link: absolute(post.path),
    })),
  });
}
