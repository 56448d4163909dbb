// The program's feeds, built from the change events (src/model/changes.ts) as Atom and JSON Feed
// (through the `feed` library), and the news alone as RSS 2.0 (through @astrojs/rss). The feeds
// are paged as changes.json is: /feed.xml and /feed.json hold the newest events and link to full
// archive pages (RFC 5005 prev-archive; JSON Feed next_url) that never change. A feed's date is its
// newest event's, never the build date. Content is plain text; each format is told so in its own terms.
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import { escapeXml, xmlText } from '../shared/escape-xml.ts';
import type { Absolute } from './api-v1.ts';
import { changeWording } from './change-wording.ts';
import { type EventPage, eventPages } from './changes-api.ts';

/** One page of a feed: the head (page null) or an archive page by number. */
export type FeedPage = number | null;

/** The archive pages the feeds have, by number: the same as changes.json's. */
export function feedArchivePages(model: Model): number[] {
  return eventPages(model).archives.map((page) => page.page!);
}

function pageOf(model: Model, page: FeedPage): EventPage {
  const pages = eventPages(model);
  const found = page === null ? pages.head : pages.archives[page - 1];
  if (!found) throw new Error(`the feeds have no archive page ${page}`);
  return found;
}

/** How plain text is handed to the `feed` library: in text elements, as entry titles, as entry summaries. */
interface Writing {
  text: (text: string) => string;
  title: (text: string) => string;
  summary: (text: string) => string;
}

function programFeed(model: Model, absolute: Absolute, as: Writing, page: EventPage, self: string): Feed {
  const { program } = model;
  const word = changeWording(model);
  const newest = page.events[0]?.date ?? model.changes[0]?.date ?? `${model.contentDate}T00:00:00Z`;
  const feed = new Feed({
    title: as.text(`${program.name}: news and partners`),
    description: as.text(program.tagline),
    id: absolute(routes.home),
    link: absolute(routes.home),
    language: program.site.language,
    updated: new Date(newest),
    feedLinks: { atom: self === 'atom' ? absolute(pageUrl('atom', page.page)) : absolute(routes.atomFeed), json: absolute(pageUrl('json', page.page)) },
    copyright: as.text(model.organization.name),
  });
  for (const event of page.events) {
    const { title, path, summary } = word(event);
    feed.addItem({
      id: `urn:uuid:${event.id}`,
      title: as.title(title),
      link: absolute(path),
      date: new Date(event.date),
      description: summary === undefined ? undefined : as.summary(summary),
      category: [{ name: event.type }],
    });
  }
  return feed;
}

const pageUrl = (format: 'atom' | 'json', page: FeedPage) =>
  format === 'atom' ? (page === null ? routes.atomFeed : routes.atomFeedArchive(page)) : page === null ? routes.jsonFeed : routes.jsonFeedArchive(page);

/**
 * Atom. The library (through xml-js) keeps characters XML forbids, and turns a written "&amp;"
 * into "&" before escaping, so "&" is doubled here to come out as written. Entry titles and
 * summaries are type="html": escaped as HTML, a name like "<b>Acme</b>" shows as written instead
 * of being rendered, and no "]]>" can reach the CDATA section the library wraps them in.
 */
export function atomFeed(model: Model, absolute: Absolute, pageNumber: FeedPage = null): string {
  const text = (value: string) => xmlText(value).replace(/&/g, '&amp;');
  const page = pageOf(model, pageNumber);
  const xml = programFeed(model, absolute, { text, title: escapeXml, summary: escapeXml }, page, 'atom').atom1();
  // RFC 5005: an archive page says it is one and links to the current feed; every page links to the archive before it.
  const links = [
    ...(page.page === null
      ? []
      : ['<fh:archive xmlns:fh="http://purl.org/syndication/history/1.0"/>', `<link rel="current" href="${escapeXml(absolute(routes.atomFeed))}"/>`]),
    ...(page.older === null ? [] : [`<link rel="prev-archive" href="${escapeXml(absolute(routes.atomFeedArchive(page.older)))}"/>`]),
  ];
  return xml.replace(/<feed\b[^>]*>/, (open) => `${open}\n    ${links.join('\n    ')}`);
}

/** JSON Feed: titles are plain text; the library publishes the summary as `content_html`; `next_url` is the archive page before this one. */
export function jsonFeed(model: Model, absolute: Absolute, pageNumber: FeedPage = null): string {
  const asWritten = (value: string) => value;
  const page = pageOf(model, pageNumber);
  const feed = JSON.parse(programFeed(model, absolute, { text: asWritten, title: asWritten, summary: escapeXml }, page, 'json').json1()) as Record<
    string,
    unknown
  >;
  if (page.older !== null) feed.next_url = absolute(routes.jsonFeedArchive(page.older));
  return JSON.stringify(feed, null, 4);
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
