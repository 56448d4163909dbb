// Every XML output is well-formed whatever the text in the content: the Atom feed, the news RSS,
// every badge, the activity charts. Built from a model whose names hold characters XML forbids and
// markup, bypassing the loader on purpose (outputs must not rely on it), and read back with a
// strict parser: the text must come back as written, minus the characters XML cannot carry.

import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { ContentHistory } from '../src/loader/content-history.ts';
import type { Content } from '../src/loader/content-types.ts';
import { buildModel } from '../src/model/build-model.ts';
import type { Model } from '../src/model/model-types.ts';
import { badgeRenderers } from '../src/render/badge-files.ts';
import { barChart } from '../src/render/bar-chart.ts';
import { atomFeed, jsonFeed, newsRss } from '../src/render/feeds.ts';
import { NOW } from './helpers/content-fixture.ts';
import { scenarioContent, writeScenario } from './helpers/scenario.ts';
import { parseXml, type XmlElement } from './helpers/xml.ts';

/** A control character, an escape sequence, a CDATA end, markup, entities, an unpaired surrogate, a noncharacter and replacement patterns. */
const HOSTILE = "Acme\u0001\u001b[2J ]]> <script>alert(1)</script> & &amp; \ud800 \uffff \"q\" 's' $& $' end";
/**
 * A partner's name from an old commit, as hostile as the rule for names lets through (markup, entities,
 * replacement patterns; no control characters): the feeds' partner events name a partner as its file did then.
 */
const MARKUP_NAME = "Acme ]]> <script>alert(1)</script> & &amp; \"q\" 's' $& $' end";
/** HOSTILE as an XML reader must see it: the forbidden characters gone, everything else as written. */
const HOSTILE_IN_XML = "Acme[2J ]]> <script>alert(1)</script> & &amp;   \"q\" 's' $& $' end";

const absolute = (path: string) => `https://partners.example${path}`;

/** A Gold partner holding a certification, and a news post, with hostile text in every name a feed or badge shows. */
async function hostileModel(): Promise<Model> {
  const root = await writeScenario({
    program: { certifications: [{ id: 'api-developer', name: 'API Developer', description: 'Builds integrations.', validityMonths: 24 }] },
    partners: { 'acme-cloud': { tier: 'gold', certifications: [{ id: 'api-developer', earned: '2026-01-01' }] }, 'beta-labs': {} },
    news: { 'hello.md': { front: { title: 'Hello', summary: 'The program opens.', published: '2026-05-01' } } },
  });
  const content = structuredClone(await scenarioContent(root)) as Content;
  content.program.name = HOSTILE;
  content.program.tagline = HOSTILE;
  content.program.certifications[0]!.name = HOSTILE;
  const partner = content.partners.find((p) => p.slug === 'acme-cloud')!;
  Object.assign(partner, { name: HOSTILE, summary: HOSTILE, since: NOW });
  partner.certifications[0]!.earned = NOW;
  Object.assign(content.news[0]!, { title: HOSTILE, summary: HOSTILE, published: NOW });
  return (await buildModel(content, { today: NOW, history: HISTORY, logoCache: path.join(path.dirname(content.root), 'logo-cache') })).model;
}

/** The feeds' events: Acme joins, then earns its certification; the post is published. */
const HISTORY: ContentHistory = {
  state: 'full',
  revision: undefined,
  unreadable: 0,
  reason: undefined,
  commits: [
    {
      hash: 'c1',
      date: '2026-01-05T10:00:00Z',
      baseline: false,
      changes: [
        { kind: 'partner', before: undefined, after: { slug: 'acme-cloud', data: { name: MARKUP_NAME, tier: 'gold' } } },
        { kind: 'news', before: undefined, after: { slug: 'hello', data: undefined } },
      ],
    },
    {
      hash: 'c2',
      date: '2026-02-01T10:00:00Z',
      baseline: false,
      changes: [
        {
          kind: 'partner',
          before: { slug: 'acme-cloud', data: { name: MARKUP_NAME, tier: 'gold' } },
          after: { slug: 'acme-cloud', data: { name: MARKUP_NAME, tier: 'gold', certifications: [{ id: 'api-developer', earned: NOW }] } },
        },
      ],
    },
  ],
};

const textOf = (elements: XmlElement[], name: string) => elements.filter((e) => e.name === name).map((e) => e.text);
/** What an HTML-aware reader shows for text a feed marks as HTML. */
const htmlText = (html: string) => parseHtml(html).text;

describe('XML outputs from hostile text', () => {
  it('the Atom feed is well-formed; titles and summaries read back as written, as text, not markup', async () => {
    const model = await hostileModel();
    const { errors, elements } = parseXml(atomFeed(model, absolute));
    expect(errors).toEqual([]);
    expect(textOf(elements, 'title')[0]).toBe(`${HOSTILE_IN_XML}: news and partners`);
    expect(textOf(elements, 'subtitle')).toEqual([HOSTILE_IN_XML]);
    const entries = elements.filter((e) => e.name === 'title' && e.attributes.type === 'html').map((e) => htmlText(e.text));
    expect(entries).toContain(`${MARKUP_NAME} joined as Gold`);
    expect(entries).toContain(HOSTILE_IN_XML);
    expect(entries).toContain(`${MARKUP_NAME} earned ${HOSTILE_IN_XML}`);
    expect(textOf(elements, 'summary').map(htmlText)).toContain(HOSTILE_IN_XML);
  });

  it('the JSON Feed keeps titles as plain text and escapes the summary it publishes as HTML', async () => {
    const feed = JSON.parse(jsonFeed(await hostileModel(), absolute)) as { items: Array<{ title: string; content_html: string }> };
    expect(feed.items.map((item) => item.title)).toContain(`${MARKUP_NAME} joined as Gold`);
    const post = feed.items.find((item) => item.title === HOSTILE)!;
    expect(post.content_html).not.toContain('<script>');
    expect(htmlText(post.content_html)).toBe(HOSTILE_IN_XML);
  });

  it('the news RSS is well-formed, with the title as text and the description escaped as HTML', async () => {
    const { errors, elements } = parseXml(await newsRss(await hostileModel(), absolute));
    expect(errors).toEqual([]);
    expect(textOf(elements, 'title')).toContain(`${HOSTILE_IN_XML} news`);
    expect(textOf(elements, 'title')).toContain(HOSTILE_IN_XML);
    expect(textOf(elements, 'description').map(htmlText)).toContain(HOSTILE_IN_XML);
  });

  it('every badge file is well-formed, its title says what it proves, and its shields.io JSON carries no forbidden character', async () => {
    const model = await hostileModel();
    const partner = model.partners.find((p) => p.name === HOSTILE)!;
    const renderers = badgeRenderers(model, undefined);
    const mine = [...renderers.keys()].filter((file) => file.startsWith('/badges/acme-cloud'));
    // The tier badge (light, dark, named, named dark, shields.io JSON) and the certification's (light, dark, JSON).
    expect(mine.sort()).toEqual(
      ['', '.dark', '.named', '.named.dark']
        .map((variant) => `/badges/acme-cloud${variant}.svg`)
        .concat(
          '/badges/acme-cloud.json',
          '/badges/acme-cloud/api-developer.svg',
          '/badges/acme-cloud/api-developer.dark.svg',
          '/badges/acme-cloud/api-developer.json',
        )
        .sort(),
    );
    for (const [file, render] of renderers) {
      if (file.endsWith('.json')) {
        const endpoint = JSON.parse(render()) as { label: string; message: string };
        expect(`${endpoint.label}${endpoint.message}`, file).not.toMatch(/[\u0000-\u0008\u001b\ud800\uffff]/);
        continue;
      }
      const { errors, elements } = parseXml(render());
      expect(errors, file).toEqual([]);
      if (file === partner.badgeFiles.named) {
        expect(textOf(elements, 'title')).toEqual([`${HOSTILE_IN_XML} is a Gold partner of ${HOSTILE_IN_XML}`]);
        expect(elements[0]!.attributes['aria-label']).toBe(textOf(elements, 'title')[0]);
        expect(textOf(elements, 'text').join(' ')).toContain(`${HOSTILE_IN_XML} · Gold partner`);
      }
    }
  });

  it('an activity chart is well-formed with hostile type names', () => {
    const { errors, elements } = parseXml(
      barChart({ id: 'c', title: HOSTILE, description: HOSTILE, categories: [HOSTILE], series: [{ name: HOSTILE, className: 'a', values: [1] }] }),
    );
    expect(errors).toEqual([]);
    expect(textOf(elements, 'title')).toEqual([HOSTILE_IN_XML]);
    expect(textOf(elements, 'text').filter((text) => text === HOSTILE_IN_XML)).toHaveLength(2);
  });
});
