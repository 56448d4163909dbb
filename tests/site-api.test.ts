// The technology partnership interface as built: every response valid against its published
// JSON Schema, a valid OpenAPI 3.1 document, feeds a real parser reads, a CSV that round-trips,
// counts equal to the content, a compatibility guard, the embeddable directory, and a client that
// knows only the OpenAPI document. What the content holds is read from content/ itself
// (helpers/demo-content.ts), not through the loader or the model that wrote the responses.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { breakingChanges, CONTRACT_FILE, type Contract, currentContract } from '../src/cli/api-contract.ts';
import { readContract } from '../src/render/api-contract-file.ts';
import { NOW } from './helpers/content-fixture.ts';
import { activeDemoPartners, byName, demoFileNames, demoFrontMatter, demoPartners, demoProgram } from './helpers/demo-content.ts';
import { servedSite } from './helpers/served-site.ts';
import { siteDir } from './helpers/site.ts';

const readJson = async (sitePath: string) => JSON.parse(await readFile(path.join(siteDir(), sitePath), 'utf8'));

describe('JSON responses', () => {
  it('each validates against its published JSON Schema', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    // Each schema names itself with its $id: compiled once, then reused.
    const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
    const validator = async (name: string) => {
      if (!compiled.has(name)) compiled.set(name, ajv.compile(await readJson(`schemas/api/v1/${name}.schema.json`)));
      return compiled.get(name)!;
    };
    // A renamed partner's former slug answers with its Moved stub, which the partner schema allows.
    const partnerFiles = (await readdir(path.join(siteDir(), 'api/v1/partners'))).map((file) => `api/v1/partners/${file}`);
    const checks: Array<[string, string]> = [
      ['program', 'api/v1/program.json'],
      ['tiers', 'api/v1/tiers.json'],
      ['partners', 'api/v1/partners.json'],
      ['caseStudies', 'api/v1/case-studies.json'],
      ['certifications', 'api/v1/certifications.json'],
      ['apps', 'api/v1/apps.json'],
      ['changes', 'api/v1/changes.json'],
      ...partnerFiles.map((file): [string, string] => ['partner', file]),
    ];
    for (const [name, file] of checks) {
      const validate = await validator(name);
      expect(validate(await readJson(file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(partnerFiles.length).toBeGreaterThan(30);
  });

  it('count what the content holds, with absolute URLs and ISO dates', async () => {
    // Every partner, whatever its status, on one page (1,000 a page); a file per slug it has or had.
    const partners = demoPartners();
    const program = demoProgram();
    const list = await readJson('api/v1/partners.json');
    expect(list).toMatchObject({ count: partners.length, total: partners.length, page: 1, pages: 1, next: null });
    expect(list.partners.map((p: { slug: string }) => p.slug).sort()).toEqual(partners.map((p) => p.slug).sort());
    expect(new Set(list.partners.map((p: { status: string }) => p.status))).toEqual(new Set(['active', 'inactive', 'former']));
    expect((await readdir(path.join(siteDir(), 'api/v1/partners'))).sort()).toEqual(
      partners.flatMap((p) => [p.slug, ...p.formerSlugs].map((slug) => `${slug}.json`)).sort(),
    );
    expect((await readJson('api/v1/case-studies.json')).caseStudies.map((c: { slug: string }) => c.slug).sort()).toEqual(
      demoFileNames('case-studies', /\.mdx$/),
    );
    expect((await readJson('api/v1/tiers.json')).tiers.map((t: { id: string }) => t.id)).toEqual(program.tiers.map((t) => t.id));
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/"(?:logo|profile|verify|badge|website)":"\//);
    for (const partner of list.partners)
      expect(partner.profile).toBe(`${program.site.url}/${partner.status === 'active' ? 'partners' : 'verify'}/${partner.slug}/`);
  });

  it('publish only public contacts', async () => {
    for (const partner of activeDemoPartners()) {
      const detail = await readJson(`api/v1/partners/${partner.slug}.json`);
      expect(detail.contacts.map((c: { name: string }) => c.name)).toEqual(partner.contacts.filter((c) => c.visibility === 'public').map((c) => c.name));
    }
  });
});

describe('OpenAPI', () => {
  it('is a valid OpenAPI 3.1 document describing every endpoint', async () => {
    const document = await readJson('api/v1/openapi.json');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    // The API under /api/v1, and the site's other machine-readable files at the site's root.
    const served = (server: string) =>
      Object.entries(document.paths as Record<string, { servers?: Array<{ url: string }> }>)
        .filter(([, item]) => (item.servers?.[0]?.url ?? document.servers[0].url) === server)
        .map(([path]) => path)
        .sort();
    expect(served(`${demoProgram().site.url}/api/v1`)).toEqual([
      '/apps.json',
      '/apps/{slug}.json',
      '/case-studies.json',
      '/certifications.json',
      '/changes.json',
      '/changes/{slug}.json',
      '/partners.json',
      '/partners/{slug}.json',
      '/program.json',
      '/status.json',
      '/tiers.json',
    ]);
    expect(served(demoProgram().site.url)).toEqual(
      [
        '/apps.csv',
        '/badges/apps/{slug}.json',
        '/badges/{slug}.json',
        '/badges/{slug}/{certification}.json',
        '/feed.json',
        '/feed.xml',
        '/feed/{page}.json',
        '/feed/{page}.xml',
        '/partners.csv',
        // At the site's root server, as the exports are: its path is under /api/v1 all the same.
        '/api/v1/partners.ndjson',
      ].sort(),
    );
  });
});

describe('/api/v1/status.json', () => {
  it('states when the demo was built and from which commit of content/, the one file that changes with every build', async () => {
    // The demo is built from this checkout's content/, which is in git: the last commit to its records and that commit's date (UTC).
    const records = ['content/program.yaml', 'content/partners', 'content/apps', 'content/case-studies', 'content/news'];
    const [commit, seconds] = execFileSync('git', ['log', '-1', '--first-parent', '--format=%H %ct', '--', ...records], { encoding: 'utf8' })
      .trim()
      .split(' ');
    expect(await readJson('api/v1/status.json')).toEqual({
      version: 'v1',
      generatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      buildDate: NOW,
      contentRevision: commit,
      contentDate: new Date(Number(seconds) * 1000).toISOString().slice(0, 10),
      apiVersion: (await readJson('api/v1/openapi.json')).info.version,
    });
  });
});

describe('the v1 compatibility guard', () => {
  const committed = async () => (await readContract(CONTRACT_FILE)).schemas as Contract;
  const clone = (contract: Contract) => JSON.parse(JSON.stringify(contract)) as Contract;

  it('finds no breaking change between the committed contract and the schemas', async () => {
    expect(breakingChanges(await committed(), currentContract())).toEqual([]);
  });

  it('fails on a field removed, renamed, retyped or made optional, and on a narrowed enum', async () => {
    const base = await committed();
    const summary = (c: Contract) =>
      (c.partners as { $defs: Record<string, { properties: Record<string, unknown>; required: string[] }> }).$defs.PartnerSummary!;
    const removed = clone(base);
    delete summary(removed).properties.website;
    expect(breakingChanges(base, removed)).toContain('partners.partners[].website was removed (or renamed)');
    const retyped = clone(base);
    summary(retyped).properties.featured = { type: 'string' };
    expect(breakingChanges(base, retyped)).toContain('partners.partners[].featured changed type from boolean to string');
    const optional = clone(base);
    summary(optional).required = summary(optional).required.filter((name) => name !== 'summary');
    expect(breakingChanges(base, optional)).toContain('partners.partners[].summary may now be missing');
    const narrowed = clone(base);
    (narrowed.partners as { $defs: Record<string, { enum: string[] }> }).$defs.BadgeStatus!.enum = ['active', 'expired'];
    expect(breakingChanges(base, narrowed)).toContain('partners.partners[].badgeStatus no longer returns "expiring", "revoked"');
  });

  it('allows additions', async () => {
    const base = await committed();
    const added = clone(base);
    (added.partners as { $defs: Record<string, { properties: Record<string, unknown> }> }).$defs.PartnerSummary!.properties.newField = { type: 'string' };
    added.newEndpoint = { type: 'object' };
    expect(breakingChanges(base, added)).toEqual([]);
  });
});

describe('feeds and exports', () => {
  it('the Atom feed and the JSON Feed parse, and hold the same events as changes.json, newest first', async () => {
    const atom = await new Parser().parseString(await readFile(path.join(siteDir(), 'feed.xml'), 'utf8'));
    // Entry titles are type="html": a reader decodes them ("Kiln &amp; Copper" shows as "Kiln & Copper").
    for (const item of atom.items) item.title = parseHtml(item.title ?? '').text;
    expect(atom.title).toBe(`${demoProgram().name}: news and partners`);
    // The feeds are built from the change events: one entry per event of changes.json's page, by the event's id.
    const changes = (await readJson('api/v1/changes.json')) as { events: Array<{ id: string; date: string }> };
    expect(atom.items.map((item) => (item as { id?: string }).id)).toEqual(changes.events.map((event) => `urn:uuid:${event.id}`));
    // Whether the demo was built with its git history (events) or without (a baseline), every post and active partner is named.
    const titles = atom.items.map((item) => item.title ?? '');
    for (const post of demoFrontMatter('news').filter((post) => (post.published as string) <= NOW)) expect(titles).toContain(post.title);
    for (const partner of activeDemoPartners())
      expect(
        titles.some((title) => title.startsWith(partner.name)),
        partner.name,
      ).toBe(true);
    const published = atom.items.map((item) => item.isoDate!);
    expect(published).toEqual([...published].sort().reverse());
    // The feed's date is its newest event's, not the build date.
    expect(new Date(atom.lastBuildDate ?? '').toISOString()).toBe(new Date(changes.events[0]!.date).toISOString());
    const jsonFeed = await readJson('feed.json');
    expect(jsonFeed.version).toBe('https://jsonfeed.org/version/1');
    expect(jsonFeed.items.map((item: { title: string }) => item.title)).toEqual(atom.items.map((item) => item.title));
  });

  it('partners.csv round-trips through a CSV parser, one row per active partner by name, each cell as written', async () => {
    const rows = parseCsv(await readFile(path.join(siteDir(), 'partners.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    // No demo text starts like a spreadsheet formula, so no cell is changed.
    const expected = activeDemoPartners().sort(byName);
    expect(expected.every((p) => !/^[=+\-@\t\r]/.test(p.name) && !/^[=+\-@\t\r]/.test(p.summary))).toBe(true);
    expect(rows.map((row) => [row.slug, row.name, row.summary, row.website, row.since, row.badge_status])).toEqual(
      expected.map((p) => [p.slug, p.name, p.summary, p.website, p.since ?? '', 'active']),
    );
  });
});

describe('served', () => {
  const served = servedSite();

  it('a program that knows only the OpenAPI document lists partners, reads one, and checks its badge', async () => {
    const canonical = (await readJson('api/v1/program.json')).url.replace(/\/$/, '');
    // The site is published at its canonical address; here it is served locally, so requests to
    // that address are sent to the local server, as a hosts-file entry would.
    const get = async (url: string) => (await fetch(url.replace(canonical, served.url()))).json();

    const spec = await get(`${served.url()}/api/v1/openapi.json`);
    const server = spec.servers[0].url as string;
    const operation = (id: string) =>
      Object.entries(spec.paths as Record<string, { get: { operationId: string } }>).find(([, item]) => item.get.operationId === id)![0];
    const list = await get(`${server}${operation('partners')}`);
    expect(list.partners.length).toBe(list.count);
    const first = list.partners.find((partner: { status: string }) => partner.status === 'active');
    const detail = await get(`${server}${operation('partner').replace('{slug}', first.slug)}`);
    expect(detail.name).toBe(first.name);
    expect(detail.badgeDetails).toMatchObject({ status: 'active', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const shields = await get(detail.badgeDetails.shields);
    expect(shields.message).toBe(detail.badgeDetails.message);
  });

  it('the embeddable directory has no site chrome and filters by the query string inside an iframe', async () => {
    const gold = activeDemoPartners()
      .filter((p) => p.tier === 'gold')
      .map((p) => p.name)
      .sort();
    const context = await served.browser().newContext();
    const page = await context.newPage();
    await page.setContent(`<iframe src="${served.url()}/embed/partners/?tier=gold" title="Partners" width="400" height="600"></iframe>`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForFunction(() => document.querySelector('[data-embed-status]')?.textContent?.includes(' of '));
    const shown = await frame!.$$eval('[data-embed-list] > li:not([hidden]) a', (links) => links.map((a) => a.textContent!.trim()).sort());
    expect(shown).toEqual(gold);
    expect(await frame!.$('header, nav, footer')).toBeNull();
    // Drawn once filtered: the rows it removed were never on screen, so nothing shifted.
    expect(await frame!.$eval('[data-embed-list]', (list) => [list.hasAttribute('data-filtering'), getComputedStyle(list).visibility])).toEqual([
      false,
      'visible',
    ]);
    await context.close();
  });

  it('the embeddable directory lists every partner without JavaScript too, after at most a second', async () => {
    const context = await served.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.url()}/embed/partners/?tier=gold`);
    const visibility = () => page.$eval('[data-embed-list]', (list) => getComputedStyle(list).visibility);
    // Polled from outside: with scripting off, page.waitForFunction cannot run in the page.
    await expect.poll(visibility, { timeout: 3000, interval: 100 }).toBe('visible');
    expect(await page.$$eval('[data-embed-list] > li:not([hidden])', (items) => items.length)).toBe(activeDemoPartners().length);
    await context.close();
  });
});
