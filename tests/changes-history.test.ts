// The change events from a real git history: a small program committed step by step on fixed
// dates (join, tier change, rename with formerSlugs, an edit, a certification, an app, a status
// change, a partner added then removed), read with readContentHistory and built into the model, then
// into a real site. A shallow clone and a folder without git give a baseline; hostile commits
// (a file that does not parse, markup in a tier, an odd file name) neither crash nor leak.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ChangePageSchema } from '../schemas/api/v1.ts';
import { type ContentHistory, readContentHistory } from '../src/loader/content-history.ts';
import { buildModel } from '../src/model/build-model.ts';
import { changesNotice } from '../src/model/changes.ts';
import { appId, newsId, partnerId } from '../src/model/entity-ids.ts';
import type { Model } from '../src/model/model-types.ts';
import { archivePages } from '../src/model/paging.ts';
import { changePage, eventPages } from '../src/render/changes-api.ts';
import { atomFeed, jsonFeed } from '../src/render/feeds.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { NOW } from './helpers/content-fixture.ts';
import { commitAllOn, gitIn } from './helpers/git-repo.ts';
import { appFileText, partnerFileText, scenarioContent, writeScenario } from './helpers/scenario.ts';
import { parseXml } from './helpers/xml.ts';

const PROGRAM = {
  certifications: [{ id: 'api-developer', name: 'API Developer', description: 'Builds integrations.', validityMonths: 24 }],
  vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
};
const PRIVATE_EMAIL = 'billing-desk@acme-cloud.example';
const acme = (fields: Record<string, unknown> = {}) =>
  partnerFileText('acme-cloud', { contacts: [{ name: 'Billing desk', email: PRIVATE_EMAIL, visibility: 'private' }], ...fields });

const absolute = (sitePath: string) => `https://partners.example${sitePath}`;
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The model of `root` as of NOW with its history read, and the history. */
async function modelWithHistory(root: string): Promise<{ model: Model; history: ContentHistory }> {
  const history = await readContentHistory(root);
  const content = await scenarioContent(root);
  const { model } = await buildModel(content, { today: NOW, history, logoCache: path.join(path.dirname(root), 'logo-cache') });
  return { model, history };
}

/** The repository (the content folder's parent, so the content is a subfolder of it) and its content folder. */
let repo = '';
let root = '';
let head = '';
const write = (file: string, text: string) => writeFile(path.join(root, file), text);

beforeAll(async () => {
  // 2026-01-05: the program starts with two partners and a post.
  root = await writeScenario({
    program: PROGRAM,
    partners: { 'beta-labs': {} },
    news: { 'hello.md': { front: { title: 'Hello partners', summary: 'The program opens.', published: '2026-01-05' } } },
    files: { 'partners/acme-cloud.yaml': acme(), 'logos/acme-cloud.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"/>\n' },
  });
  repo = path.dirname(root);
  commitAllOn(repo, '2026-01-05');
  await write('partners/acme-cloud.yaml', acme({ tier: 'gold' }));
  commitAllOn(repo, '2026-02-01');
  // A rename: the file moves and its old slug goes into formerSlugs, so its id stays.
  await rename(path.join(root, 'partners/beta-labs.yaml'), path.join(root, 'partners/beta-works.yaml'));
  await rename(path.join(root, 'logos/beta-labs.svg'), path.join(root, 'logos/beta-works.svg'));
  await write('partners/beta-works.yaml', partnerFileText('beta-works', { name: 'Beta Labs', logo: 'logos/beta-works.svg', formerSlugs: ['beta-labs'] }));
  commitAllOn(repo, '2026-03-01');
  // A summary edit, and a private contact's email: only the summary is a change anyone may see.
  await write(
    'partners/acme-cloud.yaml',
    acme({ tier: 'gold', summary: 'Acme Cloud runs Example at scale.' }).replace(PRIVATE_EMAIL, 'billing@acme-cloud.example'),
  );
  commitAllOn(repo, '2026-04-01');
  await write(
    'partners/acme-cloud.yaml',
    acme({ tier: 'gold', summary: 'Acme Cloud runs Example at scale.', certifications: [{ id: 'api-developer', earned: '2026-04-10' }] }),
  );
  commitAllOn(repo, '2026-04-15');
  await mkdir(path.join(root, 'apps'));
  await mkdir(path.join(root, 'images/apps'), { recursive: true });
  await write('apps/acme-sync.yaml', appFileText('acme-sync', { partner: 'acme-cloud' }));
  await writeFile(path.join(root, 'images/apps/acme-sync.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"/>\n');
  commitAllOn(repo, '2026-05-01');
  await write(
    'partners/beta-works.yaml',
    partnerFileText('beta-works', { name: 'Beta Labs', logo: 'logos/beta-works.svg', formerSlugs: ['beta-labs'], status: 'alumni' }),
  );
  commitAllOn(repo, '2026-06-01');
  await write('partners/gamma-co.yaml', partnerFileText('gamma-co', { logo: 'logos/beta-works.svg' }));
  commitAllOn(repo, '2026-07-01');
  await rm(path.join(root, 'partners/gamma-co.yaml'));
  head = commitAllOn(repo, '2026-08-01');
  // Not committed: not an event.
  await write('partners/acme-cloud.yaml', acme({ tier: 'gold', summary: 'Uncommitted.', certifications: [{ id: 'api-developer', earned: '2026-04-10' }] }));
});

const ACME = partnerId('acme-cloud');
const BETA = partnerId('beta-labs');
const GAMMA = partnerId('gamma-co');
/** What happened, newest first; events of the same commit in the order of their ids. */
const EXPECTED = [
  { type: 'partner.left', date: '2026-08-01T10:00:00Z', entity: { kind: 'partner', id: GAMMA, slug: 'gamma-co', name: 'Gamma Co' } },
  {
    type: 'partner.joined',
    date: '2026-07-01T10:00:00Z',
    entity: { kind: 'partner', id: GAMMA, slug: 'gamma-co', name: 'Gamma Co' },
    tier: 'silver',
    status: 'active',
  },
  {
    type: 'partner.status-changed',
    date: '2026-06-01T10:00:00Z',
    entity: { kind: 'partner', id: BETA, slug: 'beta-works', name: 'Beta Labs' },
    from: 'active',
    to: 'alumni',
  },
  { type: 'app.listed', date: '2026-05-01T10:00:00Z', entity: { kind: 'app', id: appId('acme-sync'), slug: 'acme-sync', name: 'Acme Sync' } },
  {
    type: 'certification.earned',
    date: '2026-04-15T10:00:00Z',
    entity: { kind: 'partner', id: ACME, slug: 'acme-cloud', name: 'Acme Cloud' },
    certification: { id: 'api-developer', earned: '2026-04-10', expires: null },
  },
  {
    type: 'partner.updated',
    date: '2026-04-15T10:00:00Z',
    entity: { kind: 'partner', id: ACME, slug: 'acme-cloud', name: 'Acme Cloud' },
    fields: ['certifications'],
  },
  { type: 'partner.updated', date: '2026-04-01T10:00:00Z', entity: { kind: 'partner', id: ACME, slug: 'acme-cloud', name: 'Acme Cloud' }, fields: ['summary'] },
  // The new file name's website and logo path changed with it.
  {
    type: 'partner.updated',
    date: '2026-03-01T10:00:00Z',
    entity: { kind: 'partner', id: BETA, slug: 'beta-works', name: 'Beta Labs' },
    fields: ['website', 'logo'],
  },
  {
    type: 'partner.renamed',
    date: '2026-03-01T10:00:00Z',
    entity: { kind: 'partner', id: BETA, slug: 'beta-works', name: 'Beta Labs' },
    from: 'beta-labs',
    to: 'beta-works',
  },
  {
    type: 'partner.tier-changed',
    date: '2026-02-01T10:00:00Z',
    entity: { kind: 'partner', id: ACME, slug: 'acme-cloud', name: 'Acme Cloud' },
    from: 'silver',
    to: 'gold',
  },
  {
    type: 'partner.joined',
    date: '2026-01-05T10:00:00Z',
    entity: { kind: 'partner', id: ACME, slug: 'acme-cloud', name: 'Acme Cloud' },
    tier: 'silver',
    status: 'active',
  },
  {
    type: 'partner.joined',
    date: '2026-01-05T10:00:00Z',
    entity: { kind: 'partner', id: BETA, slug: 'beta-labs', name: 'Beta Labs' },
    tier: 'silver',
    status: 'active',
  },
  { type: 'news.published', date: '2026-01-05T10:00:00Z', entity: { kind: 'news', id: newsId('hello'), slug: 'hello', name: null } },
];
/** The events as a sorted list of their JSON, ids left out: what happened, whatever the order. */
const canonical = (events: ReadonlyArray<object>) =>
  events
    .map((event) => {
      const { id: _id, ...rest } = event as { id?: string };
      return JSON.stringify(rest);
    })
    .sort();

describe('change events from the content’s git history', () => {
  it('lists every committed change once, typed, newest first by (date, id); uncommitted edits are not events', async () => {
    const { model, history } = await modelWithHistory(root);
    expect(history).toMatchObject({ state: 'full', revision: head, unreadable: 0 });
    expect(history.commits).toHaveLength(9);
    expect(canonical(model.changes)).toEqual(canonical(EXPECTED));
    const keys = model.changes.map((event) => `${event.date} ${event.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
    // Every event fits the published contract.
    expect(() => ChangePageSchema.parse({ version: 'v1', page: null, events: model.changes, next: null })).not.toThrow();
    expect(JSON.stringify(model.changes)).not.toContain('billing');
    expect(JSON.stringify(model.changes)).not.toContain('Uncommitted');
  });

  it('fills the dates the model states as facts: statusSince, updated, contentDate', async () => {
    const { model } = await modelWithHistory(root);
    const partner = (slug: string) => model.partners.find((p) => p.slug === slug)!;
    expect(partner('acme-cloud')).toMatchObject({ id: ACME, statusSince: '2026-01-05', updated: '2026-04-15' });
    expect(partner('beta-works')).toMatchObject({ id: BETA, statusSince: '2026-06-01', updated: '2026-06-01' });
    expect(model.apps.find((app) => app.slug === 'acme-sync')!.updated).toBe('2026-05-01');
    expect(model.contentDate).toBe('2026-08-01');
    expect(model.history).toEqual({ state: 'full', commits: 9, revision: head });
    expect(changesNotice(await readContentHistory(root), model.changes.length, 'content')).toBe('changes: 13 events from 9 commits');
  });

  it('gives every event the same id in every build, and leaves full archive pages as they were after a new commit', async () => {
    const first = (await modelWithHistory(root)).model.changes;
    const again = (await modelWithHistory(root)).model.changes;
    expect(again).toEqual(first);
    const pagesBefore = archivePages(first.toReversed(), 5);
    // Pages of 5 from the oldest: 13 events make two full pages and a head of 3.
    expect(pagesBefore.archives.map((page) => page.length)).toEqual([5, 5]);
    expect(pagesBefore.head.map((event) => event.type)).toEqual(['partner.left', 'partner.joined', 'partner.status-changed']);

    const clone = await cloneOf(repo);
    await writeFile(
      path.join(clone, 'content/partners/beta-works.yaml'),
      partnerFileText('beta-works', { name: 'Beta Labs', logo: 'logos/beta-works.svg', formerSlugs: ['beta-labs'] }),
    );
    commitAllOn(clone, '2026-09-01');
    const after = (await modelWithHistory(path.join(clone, 'content'))).model.changes;
    const pagesAfter = archivePages(after.toReversed(), 5);
    expect(pagesAfter.archives).toEqual(pagesBefore.archives);
    expect(pagesAfter.head.map((event) => event.type)).toEqual(['partner.status-changed', 'partner.left', 'partner.joined', 'partner.status-changed']);
    expect(after[0]).toMatchObject({ type: 'partner.status-changed', from: 'alumni', to: 'active', date: '2026-09-01T10:00:00Z' });
  });

  it('reads the content’s own repository even when the build runs with GIT_DIR pointing elsewhere (a git hook)', async () => {
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = path.join(tmpdir(), 'not-a-repository');
    try {
      expect(await readContentHistory(root)).toMatchObject({ state: 'full', revision: head });
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  it('reads no ledger and no file outside the content: a commit that only changes those is not a commit of the content', async () => {
    const clone = await cloneOf(repo);
    await mkdir(path.join(clone, 'content/activity'), { recursive: true });
    await writeFile(
      path.join(clone, 'content/activity/acme-cloud.yaml'),
      'entries:\n  - { date: 2026-09-01, type: referral, by: platform, title: Secret deal }\n',
    );
    await writeFile(path.join(clone, 'README.md'), 'Code, not content.\n');
    commitAllOn(clone, '2026-09-01');
    const history = await readContentHistory(path.join(clone, 'content'));
    expect(history.commits).toHaveLength(9);
    expect(history.revision).toBe(head);
    expect(history.commits.at(-1)!.date).toBe('2026-08-01T10:00:00Z');
  });

  it('dates a change merged from a branch when it was merged (published), not when it was written on the branch', async () => {
    const clone = await cloneOf(repo);
    const at = (date: string) => ({ GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` });
    gitIn(clone)('checkout', '-q', '-b', 'tier-change');
    const file = path.join(clone, 'content/partners/acme-cloud.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tier: gold', 'tier: silver'));
    commitAllOn(clone, '2026-09-01');
    gitIn(clone)('checkout', '-q', 'main');
    gitIn(clone, at('2026-09-05'))('merge', '-q', '--no-ff', '-m', 'Merge the tier change', 'tier-change');
    const { model } = await modelWithHistory(path.join(clone, 'content'));
    expect(model.changes.filter((event) => event.date > '2026-08-02')).toEqual([
      expect.objectContaining({ type: 'partner.tier-changed', date: '2026-09-05T10:00:00Z', from: 'gold', to: 'silver' }),
    ]);
    expect(model.history.commits).toBe(10);
  });

  it('gives the same changes.json and feeds on another day when nothing happened in between: no build date in them', async () => {
    const history = await readContentHistory(root);
    const content = await scenarioContent(root);
    const on = async (today: string) => (await buildModel(content, { today, history, logoCache: path.join(path.dirname(root), 'logo-cache') })).model;
    const [today, tomorrow] = await Promise.all([on(NOW), on('2026-11-22')]);
    expect(JSON.stringify(changePage(eventPages(tomorrow).head, absolute))).toBe(JSON.stringify(changePage(eventPages(today).head, absolute)));
    expect(atomFeed(tomorrow, absolute)).toBe(atomFeed(today, absolute));
    expect(jsonFeed(tomorrow, absolute)).toBe(jsonFeed(today, absolute));
  });

  it('a first former slug added to a file that was never renamed gives the partner a new id: the old one leaves, the new one joins, and the feed says so plainly', async () => {
    const clone = await cloneOf(repo);
    const file = path.join(clone, 'content/partners/acme-cloud.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tier: gold', 'tier: gold\nformerSlugs: [acme]'));
    commitAllOn(clone, '2026-09-01');
    const { model } = await modelWithHistory(path.join(clone, 'content'));
    const newest = model.changes.filter((event) => event.date.startsWith('2026-09-01'));
    expect(newest.map((event) => `${event.type} ${event.entity.id}`).sort()).toEqual([`partner.joined ${partnerId('acme')}`, `partner.left ${ACME}`]);
    const titles = JSON.parse(jsonFeed(model, absolute))
      .items.slice(0, 2)
      .map((item: { title: string }) => item.title)
      .sort();
    expect(titles).toEqual(['Acme Cloud joined as Gold', "Acme Cloud's earlier listing was replaced by its current one"]);
  });

  it('pages changes.json and the feeds alike: the head links to the newest full page, each page to the one before, page 1 to none', async () => {
    const { model } = await modelWithHistory(root);
    // The model's page size is the default (1000): everything is in the head.
    const pages = eventPages(model);
    expect(pages.archives).toEqual([]);
    const head = changePage(pages.head, absolute);
    expect(head).toMatchObject({ version: 'v1', page: null, next: null });
    expect(head.events).toHaveLength(13);
    const { errors, elements } = parseXml(atomFeed(model, absolute));
    expect(errors).toEqual([]);
    const titles = elements.filter((e) => e.name === 'title' && e.attributes.type === 'html').map((e) => e.text);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Acme Cloud joined as Silver',
        'Acme Cloud is now Gold',
        'Beta Labs moved from /partners/beta-labs/ to /partners/beta-works/',
        'Beta Labs is now a former partner',
        'Acme Cloud updated its profile (summary)',
        'Acme Cloud earned API Developer',
        'New in the marketplace: Acme Sync',
        'Gamma Co joined as Silver',
        'Gamma Co left the program',
        'Hello partners',
      ]),
    );
    // The feed's date is its newest event's, never the build date.
    expect(elements.find((e) => e.name === 'updated')!.text).toBe('2026-08-01T10:00:00.000Z');
    const json = JSON.parse(jsonFeed(model, absolute)) as { items: Array<{ title: string; url: string; id: string }>; next_url?: string };
    expect(json.next_url).toBeUndefined();
    expect(json.items[0]).toMatchObject({ title: 'Gamma Co left the program', url: absolute('/partners/') });
    expect(json.items.find((item) => item.title === 'Beta Labs is now a former partner')!.url).toBe(absolute('/verify/beta-works/'));
  });
});

/** A full clone of `source` in a new folder. */
async function cloneOf(source: string, ...options: string[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'partnerkit-clone-'));
  temporary.push(folder);
  const clone = path.join(folder, 'repo');
  execFileSync('git', ['clone', '-q', ...options, `file://${source}`, clone]);
  return clone;
}

describe('without full history', () => {
  it('a shallow clone lists its oldest commit as a baseline, not as partners joining, and what came after as events', async () => {
    const clone = await cloneOf(repo, '--depth', '2');
    const { model, history } = await modelWithHistory(path.join(clone, 'content'));
    expect(history.state).toBe('shallow');
    expect(history.commits.map((commit) => commit.baseline)).toEqual([true, false]);
    const types = model.changes.map((event) => `${event.type} ${event.entity.slug}`);
    expect(types[0]).toBe('partner.left gamma-co');
    // The oldest commit of the clone (2026-07-01) holds four entities: a baseline each.
    expect(types.filter((type) => type.startsWith('baseline')).sort()).toEqual([
      'baseline acme-cloud',
      'baseline acme-sync',
      'baseline beta-works',
      'baseline gamma-co',
      'baseline hello',
    ]);
    expect(types.some((type) => type.startsWith('partner.joined'))).toBe(false);
    // What happened before the clone's first commit is not known: no date is made up.
    expect(model.partners.find((p) => p.slug === 'acme-cloud')).toMatchObject({ statusSince: undefined, updated: undefined });
    expect(changesNotice(history, model.changes.length, 'content')).toBe(
      'changes: 6 events; content is a shallow clone, so changes.json starts with a baseline of its oldest commit (publish with full history: actions/checkout fetch-depth: 0)',
    );
  });

  it('content outside git is a baseline of what there is now, and the build says so', async () => {
    const plain = await writeScenario({ partners: { 'acme-cloud': {}, 'beta-labs': { status: 'inactive' } } });
    const { model, history } = await modelWithHistory(plain);
    expect(history).toMatchObject({ state: 'none', commits: [] });
    expect(model.changes.map((event) => [event.type, event.entity.slug, event.date])).toEqual(
      expect.arrayContaining([
        ['baseline', 'acme-cloud', `${NOW}T00:00:00Z`],
        ['baseline', 'beta-labs', `${NOW}T00:00:00Z`],
      ]),
    );
    expect(model.changes).toHaveLength(2);
    expect(model.contentDate).toBe(NOW);
    expect(model.partners.every((partner) => partner.statusSince === undefined && partner.updated === undefined)).toBe(true);
    expect(changesNotice(history, model.changes.length, 'content')).toBe(
      'changes: no git history for content (the content folder is not in a git repository with commits) → changes.json lists a baseline of the current content (publish with full history: actions/checkout fetch-depth: 0)',
    );
  });
});

describe('hostile history', () => {
  it('a file that does not parse, markup in a tier or status, and an odd file name neither crash nor reach an event or a feed', async () => {
    const hostile = await writeScenario({ partners: { 'acme-cloud': {} } });
    const hostileRepo = path.dirname(hostile);
    commitAllOn(hostileRepo, '2026-01-05');
    await writeFile(path.join(hostile, 'partners/broken.yaml'), 'name: [unclosed\ntier: gold\n');
    await writeFile(path.join(hostile, 'partners/marked.yaml'), partnerFileText('marked', { tier: '<script>alert(1)</script>', status: '<b>bogus</b>' }));
    await writeFile(path.join(hostile, 'logos/marked.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"/>\n');
    await writeFile(path.join(hostile, 'partners/odd "name"\n\u001e\u202eé.yaml'), partnerFileText('odd', {}));
    commitAllOn(hostileRepo, '2026-02-01');
    await rm(path.join(hostile, 'partners/broken.yaml'));
    await rm(path.join(hostile, 'partners/odd "name"\n\u001e\u202eé.yaml'));
    await writeFile(path.join(hostile, 'partners/marked.yaml'), partnerFileText('marked', { tier: 'gold' }));
    commitAllOn(hostileRepo, '2026-03-01');

    const { model, history } = await modelWithHistory(hostile);
    expect(history.unreadable).toBe(1);
    const marked = model.changes.filter((event) => event.entity.slug === 'marked').map(({ id: _id, entity: _entity, ...event }) => event);
    expect(marked).toEqual(
      expect.arrayContaining([
        { type: 'partner.joined', date: '2026-02-01T10:00:00Z', tier: null, status: null },
        { type: 'partner.tier-changed', date: '2026-03-01T10:00:00Z', from: null, to: 'gold' },
        { type: 'partner.status-changed', date: '2026-03-01T10:00:00Z', from: null, to: 'active' },
      ]),
    );
    expect(model.changes.every((event) => /^[a-z0-9-]+$/.test(event.entity.slug))).toBe(true);
    const published = [JSON.stringify(changePage(eventPages(model).head, absolute)), atomFeed(model, absolute), jsonFeed(model, absolute)];
    for (const text of published) {
      expect(text).not.toContain('<script');
      expect(text).not.toContain('bogus');
      expect(text).not.toContain('\u202e');
    }
    expect(changesNotice(history, model.changes.length, 'content')).toContain('(1 old partner or app file did not parse and were left out)');
  });
});

describe('a site built from a git history', () => {
  it('publishes changes.json and the feeds in pages, says where the events came from, and keeps every page to the contract', async () => {
    const build = await astroBuild(root, { PARTNERKIT_API_PAGE_SIZE: '5' });
    expect(build.code, build.stderr.slice(-2000)).toBe(0);
    expect(build.stdout).toContain('changes: 13 events from 9 commits');
    const read = (file: string) => readFile(path.join(build.outDir, file), 'utf8');
    const head = ChangePageSchema.parse(JSON.parse(await read('api/v1/changes.json')));
    const page2 = ChangePageSchema.parse(JSON.parse(await read('api/v1/changes/2.json')));
    const page1 = ChangePageSchema.parse(JSON.parse(await read('api/v1/changes/1.json')));
    expect([head, page2, page1].map((page) => [page.page, page.events.length, page.next])).toEqual([
      [null, 3, 'https://partners.example/api/v1/changes/2.json'],
      [2, 5, 'https://partners.example/api/v1/changes/1.json'],
      [1, 5, null],
    ]);
    // Following next from the head gives every event once, newest first.
    const all = [...head.events, ...page2.events, ...page1.events];
    expect(new Set(all.map((event) => event.id)).size).toBe(13);
    expect(all.map((event) => event.date)).toEqual(
      all
        .map((event) => event.date)
        .sort()
        .reverse(),
    );

    const atom = parseXml(await read('feed.xml'));
    expect(atom.errors).toEqual([]);
    const links = (elements: typeof atom.elements) => elements.filter((e) => e.name === 'link').map((e) => `${e.attributes.rel} ${e.attributes.href}`);
    expect(links(atom.elements)).toContain('prev-archive https://partners.example/feed/2.xml');
    const archive = parseXml(await read('feed/1.xml'));
    expect(archive.errors).toEqual([]);
    expect(archive.elements.some((e) => e.name === 'archive')).toBe(true);
    expect(links(archive.elements)).toContain('current https://partners.example/feed.xml');
    expect(links(archive.elements).some((link) => link.startsWith('prev-archive'))).toBe(false);
    expect(JSON.parse(await read('feed.json')).next_url).toBe('https://partners.example/feed/2.json');
    expect(JSON.parse(await read('feed/2.json')).next_url).toBe('https://partners.example/feed/1.json');
    expect(JSON.parse(await read('feed/1.json')).next_url).toBeUndefined();
    expect(head.events.map((event) => event.type)).toEqual(['partner.left', 'partner.joined', 'partner.status-changed']);
  });
});

describe('syncing from changes.json between two builds', () => {
  it('a client that follows next from the head until the last event it applied gets exactly the new events, and the full pages it cached are byte for byte the same', async () => {
    const clone = await cloneOf(repo);
    const content = path.join(clone, 'content');
    const before = await astroBuild(content, { PARTNERKIT_API_PAGE_SIZE: '4' });
    expect(before.code, before.stderr.slice(-2000)).toBe(0);
    const file = (build: { outDir: string }, sitePath: string) => readFile(path.join(build.outDir, sitePath), 'utf8');
    const lastApplied = ChangePageSchema.parse(JSON.parse(await file(before, 'api/v1/changes.json'))).events[0]!.id;

    // Three more commits: a partner joins, an app is delisted, a partner changes tier.
    await writeFile(path.join(content, 'partners/delta-co.yaml'), partnerFileText('delta-co', { logo: 'logos/beta-works.svg' }));
    commitAllOn(clone, '2026-09-01');
    await rm(path.join(content, 'apps/acme-sync.yaml'));
    commitAllOn(clone, '2026-09-02');
    const acmeFile = path.join(content, 'partners/acme-cloud.yaml');
    await writeFile(acmeFile, (await readFile(acmeFile, 'utf8')).replace('tier: gold', 'tier: silver'));
    commitAllOn(clone, '2026-09-03');
    const after = await astroBuild(content, { PARTNERKIT_API_PAGE_SIZE: '4' });
    expect(after.code, after.stderr.slice(-2000)).toBe(0);

    // The client's walk: the head, then `next` until it meets the event it applied last.
    const fresh: Array<{ type: string; slug: string }> = [];
    let page: z.output<typeof ChangePageSchema> | undefined = ChangePageSchema.parse(JSON.parse(await file(after, 'api/v1/changes.json')));
    walk: while (page) {
      for (const event of page.events) {
        if (event.id === lastApplied) break walk;
        fresh.push({ type: event.type, slug: event.entity.slug });
      }
      page = page.next ? ChangePageSchema.parse(JSON.parse(await file(after, new URL(page.next).pathname))) : undefined;
    }
    expect(fresh).toEqual([
      { type: 'partner.tier-changed', slug: 'acme-cloud' },
      { type: 'app.delisted', slug: 'acme-sync' },
      { type: 'partner.joined', slug: 'delta-co' },
    ]);
    // 13 events made three full pages of 4 before; the same three files are unchanged after.
    for (const archive of ['api/v1/changes/1.json', 'api/v1/changes/2.json', 'api/v1/changes/3.json', 'feed/1.xml', 'feed/3.json']) {
      expect(await file(after, archive), archive).toBe(await file(before, archive));
    }
  });
});
