// The v1 API of a small program built with two records a page: every partner listed once with its
// status (active, inactive, former), the pages chained by `next`, a former slug's path answering
// where the partner moved, the NDJSON export equal to the per-partner files, the certification
// index equal to the records, every file minified and valid against its published schema, and
// links in records of partners that are not active leading to pages the build wrote.
// The expectations are worked out from the content written here.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { appId, partnerId } from '../src/model/entity-ids.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { writeScenario } from './helpers/scenario.ts';

const SITE = 'https://partners.example';

const SCENARIO = {
  program: {
    // On the site itself, but the site has no /apply page: the published link must lead somewhere.
    onboarding: { overview: 'Apply, build, get listed.', signup: { label: 'Apply', url: `${SITE}/apply` } },
    certifications: [{ id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 }],
    vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
    appCertifications: [{ id: 'built-for-example', name: 'Built for Example', criteria: ['Uses webhooks'], validityMonths: 12 }],
  },
  partners: {
    // Renamed from "acme": its id is derived from "acme", and /api/v1/partners/acme.json says where it went.
    'acme-cloud': { tier: 'gold', formerSlugs: ['acme'], certifications: [{ id: 'api-developer', earned: '2025-06-01' }] },
    'beta-labs': {},
    'cobalt-works': { featured: true },
    // Paused: its certification does not outlive the partnership.
    'dusk-co': { tier: 'gold', status: 'inactive', certifications: [{ id: 'api-developer', earned: '2025-06-01' }] },
    // Ended: featured in its file, but a former partner is never featured.
    'echo-co': { tier: 'gold', status: 'alumni', featured: true },
  },
  apps: { 'acme-sync': { partner: 'acme-cloud', certifications: [{ id: 'built-for-example', earned: '2026-06-01' }] } },
};

/** The status each partner must have in the API, and the badge status that goes with it. */
const EXPECTED: Record<string, { status: string; badgeStatus: string; firstSlug: string }> = {
  'acme-cloud': { status: 'active', badgeStatus: 'active', firstSlug: 'acme' },
  'beta-labs': { status: 'active', badgeStatus: 'active', firstSlug: 'beta-labs' },
  'cobalt-works': { status: 'active', badgeStatus: 'active', firstSlug: 'cobalt-works' },
  'dusk-co': { status: 'inactive', badgeStatus: 'expired', firstSlug: 'dusk-co' },
  'echo-co': { status: 'former', badgeStatus: 'revoked', firstSlug: 'echo-co' },
};

let outDir: string;
const fileOf = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  const sitePath = url.slice(SITE.length);
  return path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
};
const exists = (url: string) =>
  stat(fileOf(url)).then(
    (info) => info.isFile(),
    () => false,
  );
const read = (url: string) => readFile(fileOf(url), 'utf8');
const readJson = async (url: string) => JSON.parse(await read(url));
/** Every page of a paged list, following `next` from page 1. */
async function allPages(firstUrl: string) {
  const pages = [];
  for (let url: string | null = firstUrl; url !== null; ) {
    const page = await readJson(url);
    pages.push(page);
    expect(pages.length, 'a page chain that never ends').toBeLessThan(20);
    url = page.next;
  }
  return pages;
}

beforeAll(async () => {
  const built = await astroBuild(await writeScenario(SCENARIO), { PARTNERKIT_API_PAGE_SIZE: '2' });
  if (built.code !== 0) throw new Error(`the scenario did not build:\n${built.stdout.slice(-3000)}\n${built.stderr.slice(-3000)}`);
  outDir = built.outDir;
}, 300_000);

describe('the partner list', () => {
  it('lists every partner exactly once over pages of two, ordered by id, each with its id and status', async () => {
    const pages = await allPages(`${SITE}/api/v1/partners.json`);
    // Five partners, two a page: three pages, the last with one.
    expect(pages.map((p) => [p.page, p.pages, p.total, p.count])).toEqual([
      [1, 3, 5, 2],
      [2, 3, 5, 2],
      [3, 3, 5, 1],
    ]);
    expect(pages.map((p) => p.next)).toEqual([`${SITE}/api/v1/partners/page/2.json`, `${SITE}/api/v1/partners/page/3.json`, null]);
    const listed = pages.flatMap((p) => p.partners);
    expect(listed.map((p: { slug: string }) => p.slug).sort()).toEqual(Object.keys(EXPECTED));
    const ids = listed.map((p: { id: string }) => p.id);
    expect(ids).toEqual([...ids].sort());
    for (const partner of listed) {
      const expected = EXPECTED[partner.slug]!;
      expect(partner, partner.slug).toMatchObject({
        id: partnerId(expected.firstSlug),
        status: expected.status,
        badgeStatus: expected.badgeStatus,
        statusSince: null,
      });
    }
  });

  it('never shows a partner that is not active as current: no profile page, not featured, its certifications revoked', async () => {
    for (const slug of ['dusk-co', 'echo-co']) {
      const record = await readJson(`${SITE}/api/v1/partners/${slug}.json`);
      // No profile page is built for them: the record leads to the verify page, which says where they stand.
      expect(await exists(`${SITE}/partners/${slug}/`), slug).toBe(false);
      expect(record.profile, slug).toBe(`${SITE}/verify/${slug}/`);
      expect(record.featured, slug).toBe(false);
      expect(record.certifiedPeople, slug).toEqual([]);
      expect(
        record.certifications.map((c: { status: string }) => c.status),
        slug,
      ).toEqual(slug === 'dusk-co' ? ['revoked'] : []);
      expect(record.badgeDetails.message, slug).toBe(slug === 'dusk-co' ? 'partnership inactive' : 'former partner');
      // Every link in the record is to a file the build wrote.
      const urls = JSON.stringify(record).match(/https:\/\/partners\.example\/[^"]*/g) ?? [];
      expect(urls.length, slug).toBeGreaterThan(4);
      for (const url of urls) expect(await exists(url), `${slug}: ${url}`).toBe(true);
    }
    // An active partner keeps its profile and its certification's own status (earned 2025-06-01, 24 months: valid).
    const acme = await readJson(`${SITE}/api/v1/partners/acme-cloud.json`);
    expect(acme).toMatchObject({ profile: `${SITE}/partners/acme-cloud/`, certifications: [{ id: 'api-developer', status: 'valid' }] });
    expect(await exists(acme.profile)).toBe(true);
    expect((await readJson(`${SITE}/api/v1/partners/cobalt-works.json`)).featured).toBe(true);
  });

  it('answers at a former slug with where the partner moved, and that record is the same partner', async () => {
    const moved = await readJson(`${SITE}/api/v1/partners/acme.json`);
    expect(moved).toEqual({ movedTo: `${SITE}/api/v1/partners/acme-cloud.json`, id: partnerId('acme'), slug: 'acme-cloud' });
    expect(await readJson(moved.movedTo)).toMatchObject({ id: moved.id, slug: 'acme-cloud' });
  });
});

describe('exports', () => {
  it('partners.ndjson has every partner, one record a line, each equal to its own file', async () => {
    const text = await read(`${SITE}/api/v1/partners.ndjson`);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines.length).toBe(5);
    for (const line of lines) {
      const record = JSON.parse(line);
      expect(record, record.slug).toEqual(await readJson(`${SITE}/api/v1/partners/${record.slug}.json`));
    }
  });

  it('certifications.json holds every certification of the records, with its holder, over pages of two', async () => {
    const pages = await allPages(`${SITE}/api/v1/certifications.json`);
    const holdings = pages.flatMap((p) => p.certifications);
    // acme-cloud's and dusk-co's api-developer, and acme-sync's built-for-example: three, on two pages.
    expect(pages.map((p) => [p.page, p.pages, p.total, p.count])).toEqual([
      [1, 2, 3, 2],
      [2, 2, 3, 1],
    ]);
    const fromRecords = [];
    for (const slug of Object.keys(EXPECTED)) {
      const record = await readJson(`${SITE}/api/v1/partners/${slug}.json`);
      for (const c of record.certifications)
        fromRecords.push({
          holder: { kind: 'partner', id: record.id, slug, name: record.name },
          certification: { id: c.id, name: c.name },
          earned: c.earned,
          expires: c.expires,
          status: c.status,
        });
    }
    const app = await readJson(`${SITE}/api/v1/apps/acme-sync.json`);
    expect(app.id).toBe(appId('acme-sync'));
    for (const c of app.certifications)
      fromRecords.push({
        holder: { kind: 'app', id: app.id, slug: 'acme-sync', name: app.name },
        certification: { id: c.id, name: c.name },
        earned: c.earned,
        expires: c.expires,
        status: c.status,
      });
    const key = (h: { holder: { id: string }; certification: { id: string } }) => `${h.holder.id} ${h.certification.id}`;
    expect(holdings.map(key)).toEqual(holdings.map(key).sort());
    expect([...holdings].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(fromRecords.sort((a, b) => key(a).localeCompare(key(b))));
    expect(holdings.find((h) => h.holder.slug === 'dusk-co')).toMatchObject({ status: 'revoked', earned: '2025-06-01', expires: '2027-06-01' });
  });
});

describe('every API file', () => {
  it('is minified JSON, valid against the JSON Schema the site publishes for its endpoint', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validators = new Map<string, ReturnType<typeof ajv.compile>>();
    const endpointOf = (file: string) =>
      /^partners(\.json|\/page\/)/.test(file)
        ? 'partners'
        : file.startsWith('partners/')
          ? 'partner'
          : /^apps(\.json|\/page\/)/.test(file)
            ? 'apps'
            : file.startsWith('apps/')
              ? 'app'
              : file.startsWith('certifications')
                ? 'certifications'
                : file.startsWith('changes/')
                  ? 'changesArchive'
                  : (
                      {
                        'program.json': 'program',
                        'tiers.json': 'tiers',
                        'case-studies.json': 'caseStudies',
                        'changes.json': 'changes',
                        '404.json': 'error',
                        'status.json': 'status',
                      } as Record<string, string>
                    )[file];
    const files = (await readdir(path.join(outDir, 'api/v1'), { recursive: true }))
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => file.endsWith('.json') && file !== 'openapi.json' && file !== 'contract.json');
    expect(files).toEqual(expect.arrayContaining(['partners/page/3.json', 'partners/acme.json', 'certifications/page/2.json', 'apps.json']));
    for (const file of files) {
      const text = await read(`${SITE}/api/v1/${file}`);
      expect(text, file).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
      const endpoint = endpointOf(file);
      expect(endpoint, file).toBeDefined();
      if (!validators.has(endpoint!)) validators.set(endpoint!, ajv.compile(await readJson(`${SITE}/schemas/api/v1/${endpoint}.schema.json`)));
      const validate = validators.get(endpoint!)!;
      expect(validate(JSON.parse(text)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("publishes a sign-up link that leads to a page of the site: program.yaml's /apply is not one, the join page is", async () => {
    const program = await readJson(`${SITE}/api/v1/program.json`);
    expect(await exists(`${SITE}/apply/`)).toBe(false);
    expect(program.signup).toBe(`${SITE}/join/`);
    expect(await exists(program.signup)).toBe(true);
    const home = await read(`${SITE}/`);
    expect(home).toContain(`href="${SITE}/join/"`);
    expect(home).not.toContain(`${SITE}/apply`);
  });

  it('declares in the OpenAPI document that a partner path answers with a Partner or, at a former slug, Moved', async () => {
    const document = await readJson(`${SITE}/api/v1/openapi.json`);
    expect(document.paths['/partners/{slug}.json'].get.responses['200'].content['application/json'].schema).toEqual({
      oneOf: [{ $ref: '#/components/schemas/Partner' }, { $ref: '#/components/schemas/Moved' }],
    });
    expect(document.components.schemas.Moved.required.sort()).toEqual(['id', 'movedTo', 'slug']);
    expect(Object.keys(document.paths)).toContain('/certifications.json');
  });
});
