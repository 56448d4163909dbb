// The change events without git: histories written out by hand (what readContentHistory would
// return), the events src/model/changes.ts computes from them, and the paging that cuts them into
// archive pages that never change.
import { describe, expect, it } from 'vitest';
import type { ContentHistory, FileChange, HistoryCommit } from '../src/loader/content-history.ts';
import { type ChangeEvent, type CurrentContent, contentTimeline } from '../src/model/changes.ts';
import { partnerId } from '../src/model/entity-ids.ts';
import { archivePages } from '../src/model/paging.ts';
import { apiPageSize, SettingsError } from '../src/settings.ts';

const TODAY = '2026-11-21';
/** A program with two tiers and one certification valid 12 months; partners and posts as each test sets. */
const current = (partners: CurrentContent['partners'] = [], news: CurrentContent['news'] = []): CurrentContent => ({
  today: TODAY,
  certifications: new Map([['api-developer', { validityMonths: 12 }]]),
  partners,
  apps: [],
  caseStudies: [],
  news,
});
const partnerNow = (slug: string, fields: Partial<CurrentContent['partners'][number]> = {}): CurrentContent['partners'][number] => ({
  slug,
  name: slug,
  formerSlugs: [],
  status: 'active',
  certifications: [],
  ...fields,
});

const commit = (day: string, changes: FileChange[], hash = `commit-${day}`): HistoryCommit => ({ hash, date: `${day}T10:00:00Z`, baseline: false, changes });
const history = (...commits: HistoryCommit[]): ContentHistory => ({ state: 'full', commits, revision: commits.at(-1)?.hash, unreadable: 0, reason: undefined });
const added = (slug: string, data: unknown): FileChange => ({ kind: 'partner', before: undefined, after: { slug, data } });
const changed = (slug: string, before: unknown, after: unknown, newSlug = slug): FileChange => ({
  kind: 'partner',
  before: { slug, data: before },
  after: { slug: newSlug, data: after },
});
const deleted = (slug: string, data: unknown): FileChange => ({ kind: 'partner', before: { slug, data }, after: undefined });

/** Type, slug, date (day) and the type's own fields of each event, newest first. */
const summary = (events: readonly ChangeEvent[]) =>
  events.toReversed().map(({ id: _id, entity, date, ...rest }) => ({ ...rest, slug: entity.slug, day: date.slice(0, 10) }));

describe('events from a history', () => {
  it('a private contact or a certified person’s name changing is not an event; a public contact is, by field name only', () => {
    const acme = {
      tier: 'gold',
      contacts: [{ name: 'Billing', email: 'a@x.example', visibility: 'private' }],
      certifiedPeople: [{ certification: 'api-developer', earned: '2026-01-01', name: 'Ann' }],
    };
    const privateEdit = {
      ...acme,
      contacts: [{ name: 'Billing', email: 'b@x.example', visibility: 'private' }],
      certifiedPeople: [{ certification: 'api-developer', earned: '2026-01-01', name: 'Bob' }],
    };
    const publicEdit = { ...privateEdit, contacts: [...privateEdit.contacts, { name: 'Sales', visibility: 'public' }] };
    const { events } = contentTimeline(
      history(
        commit('2026-01-01', [added('acme', acme)]),
        commit('2026-02-01', [changed('acme', acme, privateEdit)]),
        commit('2026-03-01', [changed('acme', privateEdit, publicEdit)]),
      ),
      current([partnerNow('acme')]),
    );
    expect(summary(events)).toEqual([
      { type: 'partner.updated', fields: ['contacts'], slug: 'acme', day: '2026-03-01' },
      { type: 'partner.joined', tier: 'gold', status: 'active', slug: 'acme', day: '2026-01-01' },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Billing|Ann|Bob|Sales/);
  });

  it('a file deleted and another added in one commit with the old slug in formerSlugs is a rename, whether or not git paired them', () => {
    const { events, partners } = contentTimeline(
      history(
        commit('2026-01-01', [added('acme', { tier: 'silver' })]),
        commit('2026-02-01', [deleted('acme', { tier: 'silver' }), added('acme-cloud', { tier: 'silver', formerSlugs: ['acme'] })]),
      ),
      current([partnerNow('acme-cloud', { formerSlugs: ['acme'] })]),
    );
    expect(summary(events)).toEqual([
      { type: 'partner.renamed', from: 'acme', to: 'acme-cloud', slug: 'acme-cloud', day: '2026-02-01' },
      { type: 'partner.joined', tier: 'silver', status: 'active', slug: 'acme', day: '2026-01-01' },
    ]);
    expect(events.every((event) => event.entity.id === partnerId('acme'))).toBe(true);
    expect(partners.get(partnerId('acme'))).toEqual({ statusSince: '2026-01-01', updated: '2026-02-01' });
  });

  it('a version that did not parse is skipped: the next one is compared with the last one that did', () => {
    const { events } = contentTimeline(
      history(
        commit('2026-01-01', [added('acme', { tier: 'silver' })]),
        commit('2026-02-01', [changed('acme', { tier: 'silver' }, undefined)]),
        commit('2026-03-01', [changed('acme', undefined, { tier: 'gold' })]),
      ),
      current([partnerNow('acme')]),
    );
    expect(summary(events).map((event) => `${event.type} ${event.day}`)).toEqual(['partner.tier-changed 2026-03-01', 'partner.joined 2026-01-01']);
    expect(summary(events)[0]).toMatchObject({ from: 'silver', to: 'gold' });
  });

  it('copies no value that is not of its form: markup in a tier or certification id, an unknown status, a date that is none', () => {
    const bad = {
      name: 'Acme\u0007\u202e Cloud',
      tier: 'platinum<b>',
      status: 'paused',
      certifications: [
        { id: 'api-developer', earned: '2026-13-45' },
        { id: '<i>x</i>', earned: '2026-01-01' },
      ],
    };
    const { events } = contentTimeline(
      history(
        commit('2026-01-01', [added('acme', bad)]),
        commit('2026-02-01', [changed('acme', bad, { ...bad, certifications: [...bad.certifications, { id: 'x"><script>', earned: '2026-02-01' }] })]),
      ),
      current([partnerNow('acme')]),
    );
    expect(summary(events)).toEqual([
      { type: 'partner.updated', fields: ['certifications'], slug: 'acme', day: '2026-02-01' },
      { type: 'partner.joined', tier: null, status: null, slug: 'acme', day: '2026-01-01' },
    ]);
    // A name today's rule for names refuses (a control character, a direction change) is left out too.
    expect(events.map((event) => event.entity.name)).toEqual([null, null]);
  });

  it('keeps an event as it was when the program later drops the tier or certification it names: full pages never change', () => {
    const acme = { tier: 'platinum', certifications: [] };
    const earned = { tier: 'platinum', certifications: [{ id: 'retired-cert', earned: '2026-02-01' }] };
    const { events } = contentTimeline(
      history(commit('2026-01-01', [added('acme', acme)]), commit('2026-02-01', [changed('acme', acme, earned)])),
      current([partnerNow('acme')]), // the program has neither platinum nor retired-cert today
    );
    expect(
      summary(events)
        .map((event) => event.type)
        .sort(),
    ).toEqual(['certification.earned', 'partner.joined', 'partner.updated']);
    expect(summary(events).find((event) => event.type === 'partner.joined')).toMatchObject({ tier: 'platinum' });
    expect(summary(events).find((event) => event.type === 'certification.earned')).toMatchObject({
      certification: { id: 'retired-cert', earned: '2026-02-01' },
    });
  });

  it('a news post dated after its commit is announced on its date, and not before the build date reaches it', () => {
    const post = (slug: string): FileChange => ({ kind: 'news', before: undefined, after: { slug, data: undefined } });
    const { events } = contentTimeline(
      history(commit('2026-01-01', [post('hello'), post('launch'), post('later')])),
      current(
        [],
        [
          { slug: 'hello', published: '2025-12-01' },
          { slug: 'launch', published: '2026-03-01' },
          { slug: 'later', published: '2026-12-01' },
        ],
      ),
    );
    expect(summary(events)).toEqual([
      { type: 'news.published', slug: 'launch', day: '2026-03-01' },
      { type: 'news.published', slug: 'hello', day: '2026-01-01' },
    ]);
  });

  it('dates a commit whose clock was behind the one before it no earlier than that one: events stay in the order they were published', () => {
    const { events, contentDate } = contentTimeline(
      history(
        commit('2026-03-01', [added('acme', { tier: 'silver' })]),
        commit('2026-02-01', [changed('acme', { tier: 'silver' }, { tier: 'gold' })], 'late-clock'),
      ),
      current([partnerNow('acme')]),
    );
    expect(summary(events).map((event) => `${event.type} ${event.day}`)).toEqual(['partner.tier-changed 2026-03-01', 'partner.joined 2026-03-01']);
    // Oldest first, as the pages are cut: the join, then the tier change, though both carry the same date now.
    expect(events.map((event) => event.type)).toEqual(['partner.joined', 'partner.tier-changed']);
    expect(contentDate).toBe('2026-03-01');
  });

  it('gives each event an id from its commit, type and entity: the same in every build, another for another commit', () => {
    const run = (hash: string) =>
      contentTimeline(history(commit('2026-01-01', [added('acme', { tier: 'gold' })], hash)), current([partnerNow('acme')])).events[0]!.id;
    expect(run('aaa')).toBe(run('aaa'));
    expect(run('aaa')).not.toBe(run('bbb'));
  });
});

describe('certification status events', () => {
  const held = { certifications: [{ id: 'api-developer', earned: '2025-10-01' }] }; // + 12 months = 2026-10-01

  it('are dated the day a certification started expiring (30 days before) and the day it expired, once the build date has reached them', () => {
    const partners = [partnerNow('acme', held)];
    const before = contentTimeline(history(commit('2025-10-02', [added('acme', { tier: 'gold', ...held })])), { ...current(partners), today: '2026-09-10' });
    expect(summary(before.events).map((event) => `${event.type} ${event.day}`)).toEqual(['certification.expiring 2026-09-01', 'partner.joined 2025-10-02']);
    const after = contentTimeline(history(commit('2025-10-02', [added('acme', { tier: 'gold', ...held })])), current(partners));
    expect(summary(after.events)[0]).toEqual({
      type: 'certification.expired',
      certification: { id: 'api-developer', earned: '2025-10-01', expires: '2026-10-01' },
      slug: 'acme',
      day: '2026-10-01',
    });
    // The same events in both builds keep their ids.
    expect(after.events.find((event) => event.type === 'certification.expiring')!.id).toBe(
      before.events.find((event) => event.type === 'certification.expiring')!.id,
    );
  });

  it('are never dated before the commit that recorded the certification, so old pages do not change', () => {
    const { events } = contentTimeline(history(commit('2026-11-01', [added('dusk', { tier: 'gold', ...held })])), current([partnerNow('dusk', held)]));
    expect(
      summary(events)
        .filter((event) => event.type !== 'partner.joined')
        .map((event) => `${event.type} ${event.day}`)
        .sort(),
    ).toEqual(['certification.expired 2026-11-01', 'certification.expiring 2026-11-01']);
  });

  it('name the partner by the slug it had that day: a rename later does not rewrite them', () => {
    const { events } = contentTimeline(
      history(
        commit('2025-10-02', [added('acme', { tier: 'gold', ...held })]),
        commit('2026-11-01', [deleted('acme', { tier: 'gold', ...held }), added('acme-cloud', { tier: 'gold', formerSlugs: ['acme'], ...held })]),
      ),
      current([partnerNow('acme-cloud', { formerSlugs: ['acme'], ...held })]),
    );
    expect(
      events
        .filter((event) => event.type.startsWith('certification.'))
        .map((event) => `${event.type} ${event.entity.slug}`)
        .sort(),
    ).toEqual(['certification.expired acme', 'certification.expiring acme']);
  });

  it('keep what was published when a certification’s written end is moved later, and follow the new end from then on', () => {
    const ends = (expires: string) => ({ tier: 'gold', certifications: [{ id: 'api-developer', earned: '2025-10-01', expires }] });
    const { events } = contentTimeline(
      // Expiring from 2026-09-01; on 2026-09-10 it is renewed until 2026-11-10 (expiring from 2026-10-11, expired 2026-11-10).
      history(commit('2025-10-02', [added('acme', ends('2026-10-01'))]), commit('2026-09-10', [changed('acme', ends('2026-10-01'), ends('2026-11-10'))])),
      current([partnerNow('acme', ends('2026-11-10'))]),
    );
    expect(summary(events).map((event) => `${event.type} ${event.day}`)).toEqual([
      'certification.expired 2026-11-10',
      'certification.expiring 2026-10-11',
      'partner.updated 2026-09-10',
      'certification.expiring 2026-09-01',
      'partner.joined 2025-10-02',
    ]);
  });

  it('stay once published when the partner leaves or drops the certification later, and stop there', () => {
    const { events } = contentTimeline(
      history(
        commit('2025-10-02', [added('acme', { tier: 'gold', ...held }), added('echo', { tier: 'gold', ...held })]),
        // Acme drops it before it expires (2026-10-01), Echo leaves after.
        commit('2026-09-15', [changed('acme', { tier: 'gold', ...held }, { tier: 'gold' })]),
        commit('2026-10-15', [deleted('echo', { tier: 'gold', ...held })]),
      ),
      current([partnerNow('acme')]),
    );
    const certificationEvents = events.filter((event) => event.type.startsWith('certification.'));
    expect(certificationEvents.map((event) => `${event.type} ${event.entity.slug} ${event.date.slice(0, 10)}`).sort()).toEqual([
      'certification.expired echo 2026-10-01',
      'certification.expiring acme 2026-09-01',
      'certification.expiring echo 2026-09-01',
    ]);
  });
});

describe('archive pages', () => {
  it('cuts from the oldest into full pages that stay the same however many items come after; the head holds the rest, newest first', () => {
    const items = Array.from({ length: 23 }, (_, i) => i + 1);
    const pages = archivePages(items, 5);
    expect(pages.archives).toEqual([
      [5, 4, 3, 2, 1],
      [10, 9, 8, 7, 6],
      [15, 14, 13, 12, 11],
      [20, 19, 18, 17, 16],
    ]);
    expect(pages.head).toEqual([23, 22, 21]);
    for (let more = 24; more <= 40; more++) {
      const later = archivePages(
        Array.from({ length: more }, (_, i) => i + 1),
        5,
      );
      expect(later.archives.slice(0, 4)).toEqual(pages.archives);
    }
    expect(archivePages([1, 2, 3, 4, 5], 5)).toEqual({ head: [], archives: [[5, 4, 3, 2, 1]] });
    expect(archivePages([], 5)).toEqual({ head: [], archives: [] });
  });

  it('has 1000 items a page unless PARTNERKIT_API_PAGE_SIZE says otherwise, and says how to fix a size that is not one', () => {
    const saved = process.env.PARTNERKIT_API_PAGE_SIZE;
    try {
      delete process.env.PARTNERKIT_API_PAGE_SIZE;
      expect(apiPageSize()).toBe(1000);
      process.env.PARTNERKIT_API_PAGE_SIZE = '25';
      expect(apiPageSize()).toBe(25);
      process.env.PARTNERKIT_API_PAGE_SIZE = '0';
      expect(() => apiPageSize()).toThrow(SettingsError);
      expect(() => apiPageSize()).toThrow('PARTNERKIT_API_PAGE_SIZE="0" is not a number of items → set it to a whole number of at least 1');
    } finally {
      if (saved === undefined) delete process.env.PARTNERKIT_API_PAGE_SIZE;
      else process.env.PARTNERKIT_API_PAGE_SIZE = saved;
    }
  });
});
