// Byte stability (issue 16): a site changes only where what it describes changed, so integrators
// can sync by comparing bytes or ETags. A small program in a git repository is built as
// `npm run build` builds it (astro build, then the search index) on two days with the same content:
// only /api/v1/status.json, the one file that states when the site was built, may differ. Then one
// partner changes in a new commit: no other partner's files may differ.
// The dates: 2026-11-21 and 2026-11-22 are in the same month and quarter, and no certification
// below changes status between them (each is worked out beside it).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { differingFiles, grouped } from '../bench/site-diff.ts';
import { API_V1_VERSION } from '../schemas/api/v1.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { PROJECT_ROOT, run } from './helpers/content-fixture.ts';
import { commitAllOn } from './helpers/git-repo.ts';
import { writeScenario } from './helpers/scenario.ts';

const DAY_ONE = '2026-11-21';
const DAY_TWO = '2026-11-22';

const SCENARIO = {
  program: {
    certifications: [
      { id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 },
      { id: 'security', name: 'Example Security Practitioner', description: 'Reviews integrations.', validityMonths: 12 },
    ],
    appCertifications: [{ id: 'reviewed', name: 'Example Reviewed', description: 'Reviewed by the team.', criteria: ['Uses webhooks'], validityMonths: 12 }],
    vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
    reciprocity: { publish: { activeThisQuarter: true, totals: true } },
    activityTypes: [
      { id: 'referral', name: 'Referral', weight: 4 },
      { id: 'blog-post', name: 'Blog post', weight: 2 },
    ],
  },
  partners: {
    'acme-cloud': {
      tier: 'gold',
      since: '2024-03-01',
      formerSlugs: ['acme'],
      certifications: [
        { id: 'api-developer', earned: '2025-01-10' }, // until 2027-01-10: valid on both days
        { id: 'security', earned: '2025-12-01', expires: '2026-12-05' }, // 14 and 13 days left: expiring on both days
      ],
    },
    'beta-labs': { tier: 'silver', since: '2025-06-01' },
    'cobalt-works': { tier: 'gold' },
    'dusk-co': { status: 'inactive', certifications: [{ id: 'api-developer', earned: '2025-06-01' }] },
    'echo-co': { status: 'alumni' },
  },
  apps: {
    'acme-sync': { partner: 'acme-cloud', certifications: [{ id: 'reviewed', earned: '2026-03-01' }] }, // until 2027-03-01
    'beta-bridge': { partner: 'beta-labs' },
  },
  activity: {
    // 2025-11-21 is inside a rolling 12 months on DAY_ONE and outside on DAY_TWO; the public totals
    // count whole months (from 2025-12-01 on both days), so they do not move.
    'acme-cloud': [
      { date: '2025-11-21', type: 'blog-post', by: 'partner', title: 'An old post' },
      { date: '2026-11-10', type: 'blog-post', by: 'partner', title: 'A recent post' },
    ],
    'beta-labs': [{ date: '2026-11-01', type: 'referral', by: 'platform', title: 'A referral' }],
    'cobalt-works': [{ date: '2026-10-02', type: 'blog-post', by: 'partner', title: 'A post' }],
  },
  news: { 'hello.md': { front: { title: 'Hello partners', summary: 'The program opens.', published: '2026-05-01' } } },
  caseStudies: { 'acme-at-scale.mdx': { front: { title: 'Acme at scale', summary: 'How Acme grew.', partners: ['acme-cloud'], published: '2026-07-01' } } },
};

/** The public site as `npm run build` builds it: astro build, then the search index. */
async function build(content: string, today: string): Promise<string> {
  const site = await astroBuild(content, { PARTNERKIT_NOW: today });
  if (site.code !== 0) throw new Error(`the scenario did not build:\n${site.stdout.slice(-3000)}\n${site.stderr.slice(-3000)}`);
  const index = run(['--import', path.join(PROJECT_ROOT, 'src/cli/compile-cache.ts'), path.join(PROJECT_ROOT, 'src/cli/search-index.ts'), site.outDir]);
  if (index.code !== 0) throw new Error(`the search index failed:\n${index.stderr}`);
  return site.outDir;
}

const status = async (site: string) => JSON.parse(await readFile(path.join(site, 'api/v1/status.json'), 'utf8')) as Record<string, unknown>;

let content = '';
let firstCommit = '';
let dayOne = '';
let dayTwo = '';
beforeAll(async () => {
  content = await writeScenario(SCENARIO);
  firstCommit = commitAllOn(path.dirname(content), '2026-11-20', 'The program');
  dayOne = await build(content, DAY_ONE);
  dayTwo = await build(content, DAY_TWO);
}, 300_000);

describe('two builds of the same content on different days', () => {
  it('differ only in /api/v1/status.json', async () => {
    const { differing } = await differingFiles(dayOne, dayTwo);
    expect(differing).toEqual(['api/v1/status.json']);
  });

  it('state the build date, the content revision and its date in /api/v1/status.json alone', async () => {
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    const facts = {
      version: 'v1',
      contentRevision: firstCommit,
      contentDate: '2026-11-20',
      apiVersion: API_V1_VERSION,
      generatedAt: expect.stringMatching(rfc3339),
    };
    expect(await status(dayOne)).toEqual({ ...facts, buildDate: DAY_ONE });
    expect(await status(dayTwo)).toEqual({ ...facts, buildDate: DAY_TWO });
  });
});

describe('after one partner changes', () => {
  it("changes that partner's files, the lists it is on, and nothing of any other partner", async () => {
    const file = path.join(content, 'partners', 'beta-labs.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tier: silver', 'tier: gold').replace(/^summary: .*$/m, 'summary: A new summary.'));
    const second = commitAllOn(path.dirname(content), '2026-11-22', 'beta Labs moves up');
    const changed = await build(content, DAY_TWO);

    const groups = grouped((await differingFiles(dayTwo, changed)).differing, ['beta-labs', 'beta-bridge']);
    expect(groups["other partners' files"]).toEqual([]);
    expect(groups.other).toEqual([]);
    expect(groups['status file']).toEqual(['api/v1/status.json']);
    // Its profile, badges and verify page, and its app's pages (which name its tier).
    expect(groups["the partner's files"]).toEqual(
      expect.arrayContaining([
        'partners/beta-labs/index.html',
        'badges/beta-labs.svg',
        'verify/beta-labs/index.html',
        'api/v1/partners/beta-labs.json',
        'apps/beta-bridge/index.html',
      ]),
    );
    // The tiers it left and joined, and the directory.
    expect(groups['list pages']).toEqual(expect.arrayContaining(['partners/index.html', 'tiers/silver/index.html', 'tiers/gold/index.html']));
    expect(await status(changed)).toMatchObject({ contentRevision: second, contentDate: '2026-11-22', buildDate: DAY_TWO });
    // The guide describes program.yaml alone: still dated by its commit.
    expect(await readFile(path.join(changed, 'guide/index.html'), 'utf8')).toContain('The program as of <time datetime="2026-11-20">November 20, 2026</time>');
  });
});
