// An integrator's incremental sync, end to end: a program committed in git and built; a client
// typed from the published openapi.json (openapi-typescript) downloads everything; the program
// changes in new commits (a tier, a rename, a partner leaving, one joining with an app, an edit,
// a case study, an app removed) and is built again; the client applies changes.json since its last
// sync and must hold exactly what a full download of the new site holds, reading again only
// the records the events name.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_TYPES, typesOf } from './helpers/api-client/generate-types.ts';
import { type SyncedState, syncClient } from './helpers/api-client/sync-client.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { commitAllOn } from './helpers/git-repo.ts';
import { appFileText, partnerFileText, SCENARIO_ICON, SCENARIO_LOGO, writeScenario } from './helpers/scenario.ts';
import { serveSite } from './helpers/site.ts';

const SITE = 'https://partners.example';
const PROGRAM = {
  certifications: [{ id: 'api-developer', name: 'API Developer', description: 'Builds integrations.', validityMonths: 24 }],
  vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
};

/** A fetch that sends the site's public URLs (in next and movedTo links) to the local server. */
const fetchVia =
  (local: string): typeof fetch =>
  (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return fetch(url.replace(SITE, local), input instanceof Request ? input : init);
  };

/** A state as plain sorted data, so two states compare field by field. */
const plain = (state: SyncedState) => ({
  partners: [...state.partners.entries()].sort(([a], [b]) => a.localeCompare(b)),
  apps: [...state.apps.entries()].sort(([a], [b]) => a.localeCompare(b)),
  cursor: state.cursor,
});

let before = '';
let after = '';
let root = '';
const servers: Array<{ close: () => Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

async function built(env: Record<string, string> = {}) {
  const build = await astroBuild(root, { PARTNERKIT_API_PAGE_SIZE: '2', ...env });
  expect(build.code, build.stderr.slice(-3000)).toBe(0);
  return build.outDir;
}

async function served(dir: string) {
  const server = await serveSite(dir);
  servers.push(server);
  return syncClient(`${server.url}/api/v1`, fetchVia(server.url));
}

beforeAll(async () => {
  root = await writeScenario({
    program: PROGRAM,
    partners: {
      'acme-cloud': { certifications: [{ id: 'api-developer', earned: '2026-02-01' }] },
      'beta-labs': {},
      'gamma-ops': {},
      'delta-data': {},
      'zeta-quiet': {},
    },
    apps: { 'acme-sync': { partner: 'acme-cloud' }, 'gamma-link': { partner: 'gamma-ops' }, 'delta-bridge': { partner: 'delta-data' } },
  });
  const repo = path.dirname(root);
  commitAllOn(repo, '2026-03-02');
  before = await built();

  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  // A tier change and a certification earned.
  await write('partners/acme-cloud.yaml', partnerFileText('acme-cloud', { tier: 'gold', certifications: [{ id: 'api-developer', earned: '2026-02-01' }] }));
  commitAllOn(repo, '2026-04-01');
  // A rename, with the old slug kept.
  await rename(path.join(root, 'partners/beta-labs.yaml'), path.join(root, 'partners/beta-works.yaml'));
  await rename(path.join(root, 'logos/beta-labs.svg'), path.join(root, 'logos/beta-works.svg'));
  await write('partners/beta-works.yaml', partnerFileText('beta-works', { name: 'Beta Labs', logo: 'logos/beta-works.svg', formerSlugs: ['beta-labs'] }));
  commitAllOn(repo, '2026-05-01');
  // A partner leaves (its app is no longer listed), one joins with an app, an app is removed.
  await write('partners/gamma-ops.yaml', partnerFileText('gamma-ops', { status: 'alumni' }));
  await write('partners/epsilon-io.yaml', partnerFileText('epsilon-io'));
  await write('logos/epsilon-io.svg', SCENARIO_LOGO);
  await write('apps/epsilon-hub.yaml', appFileText('epsilon-hub', { partner: 'epsilon-io' }));
  await write('images/apps/epsilon-hub.svg', SCENARIO_ICON);
  await rm(path.join(root, 'apps/delta-bridge.yaml'));
  await rm(path.join(root, 'images/apps/delta-bridge.svg'));
  commitAllOn(repo, '2026-06-01');
  // An edit of a profile, and a case study naming two partners (their records list it).
  await write('partners/delta-data.yaml', partnerFileText('delta-data', { summary: 'Delta Data moves data between Example and your warehouse.' }));
  await write(
    'case-studies/warehouse.mdx',
    [
      '---',
      'title: A warehouse in a week',
      'summary: How a retailer synced Example with its warehouse.',
      'published: 2026-07-01',
      'partners: [delta-data, beta-works]',
      '---',
      '',
      'The retailer connected Example to its warehouse.',
      '',
    ].join('\n'),
  );
  commitAllOn(repo, '2026-07-01');
  after = await built();
}, 600_000);

describe('incremental sync from changes.json', () => {
  it('ends identical to a full download of the new site, reading again only the records the events name', async () => {
    const first = await (await served(before)).sync(undefined);
    expect(first.report.mode).toBe('full');
    expect(first.state.partners.size).toBe(5);
    expect(first.state.apps.size).toBe(3);

    const client = await served(after);
    const synced = await client.sync(first.state);
    const full = await client.sync(undefined);
    expect(synced.report.mode).toBe('incremental');
    expect(synced.report.events).toBeGreaterThan(0);
    expect(plain(synced.state)).toEqual(plain(full.state));
    // Only what the events name is read again: the partner nothing happened to is not.
    const quiet = (report: { requested: string[] }) => report.requested.filter((url) => url.endsWith('/partners/zeta-quiet.json'));
    expect(quiet(full.report)).toHaveLength(1);
    expect(quiet(synced.report), JSON.stringify(synced.report.requested)).toEqual([]);

    // What changed is what the client now holds: the renamed partner under the same id, the
    // former partner with its status, the new partner and its app, no removed app.
    const byName = (name: string) => [...synced.state.partners.values()].find((partner) => partner.name === name);
    const beta = byName('Beta Labs');
    expect(beta?.slug).toBe('beta-works');
    expect(beta?.id).toBe([...first.state.partners.values()].find((partner) => partner.name === 'Beta Labs')?.id);
    expect(byName('Gamma Ops')?.status).toBe('former');
    expect(byName('Epsilon Io')?.status).toBe('active');
    expect([...synced.state.apps.values()].map((app) => app.slug).sort()).toEqual(['acme-sync', 'epsilon-hub']);
  });

  it('uses a client whose types are generated from the openapi.json the site publishes', async () => {
    const document = JSON.parse(await readFile(path.join(after, 'api', 'v1', 'openapi.json'), 'utf8'));
    const generated = await typesOf(document);
    // The committed types are what openapi-typescript makes of the published document: regenerate
    // them with `npm run api:client` when the API changes.
    expect(await readFile(GENERATED_TYPES, 'utf8')).toBe(generated);
  });
});
