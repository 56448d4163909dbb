// The maintainer's tools: new:partner, from-issue, the issue form, the PR summary, audit, and
// listing lifecycle rules. Most run on a small program written here (helpers/scenario.ts);
// from-issue reads the demo, which the committed issue form and its fixtures are written for.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChanges, summaryMarkdown } from '../src/cli/pr-summary.ts';
import { routes } from '../src/routes.ts';
import { copyOfDemo, editFile, load, NOW, PROJECT_ROOT, positionOf, readContentFile, run } from './helpers/content-fixture.ts';
import { demoPartners } from './helpers/demo-content.ts';
import { repoWithFeatureBranch } from './helpers/git-repo.ts';
import { writeScenario } from './helpers/scenario.ts';
import { page, siteDir } from './helpers/site.ts';

const cli = (script: string, args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [`src/cli/${script}`, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PARTNERKIT_NOW: NOW, NO_COLOR: '1' },
    encoding: 'utf8',
    input: input ?? '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const LOGO = path.join(PROJECT_ROOT, 'content/logos/fennel-labs.svg');

/** Tiers silver and gold, three partner types, one region, and Acme Cloud already listed. */
const withAcme = () =>
  writeScenario({
    program: {
      partnerTypes: [
        { id: 'technology', name: 'Technology partner' },
        { id: 'integration', name: 'Integration partner' },
        { id: 'agency', name: 'Agency' },
      ],
      vocabularies: { regions: [{ id: 'europe', name: 'Europe' }] },
    },
    partners: { 'acme-cloud': { name: 'Acme Cloud' } },
  });

describe('npm run new:partner', () => {
  it('writes a valid partner file and logo from options', async () => {
    const root = await withAcme();
    const result = cli('new-partner.ts', [
      '--content',
      root,
      '--yes',
      '--name',
      'Quokka Cloud',
      '--tier',
      'gold',
      '--types',
      'technology,integration',
      '--website',
      'https://quokka.example',
      '--summary',
      'Quokka Cloud hosts Example apps.',
      '--logo',
      LOGO,
      '--regions',
      'europe',
    ]);
    expect(result.stdout).toContain('partners/quokka-cloud.yaml is valid.');
    expect(result.code).toBe(0);
    const text = await readContentFile(root, 'partners/quokka-cloud.yaml');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*partner\.schema\.json$/);
    expect(text).toContain('types:\n  - technology\n  - integration');
    expect(text).toContain(`since: ${NOW}`);
    const { content } = await load(root);
    expect(content!.partners.find((p) => p.slug === 'quokka-cloud')).toMatchObject({ tier: 'gold', logo: 'logos/quokka-cloud.svg', regions: ['europe'] });
  });

  it('asks for what is missing, re-asks on a wrong answer, and accepts piped answers', async () => {
    const root = await withAcme();
    const answers = ['Wombat Works', 'silvr', 'silver', 'agency', 'wombat.example', 'https://wombat.example', 'Wombat builds things.', LOGO, '', ''].join('\n');
    const result = cli('new-partner.ts', ['--content', root], `${answers}\n`);
    expect(result.stderr).toContain('"silvr" is not a tier → did you mean "silver"?');
    expect(result.stderr).toContain('write the whole link, starting with https://');
    expect(result.code).toBe(0);
    expect(await readContentFile(root, 'partners/wombat-works.yaml')).toContain('website: https://wombat.example');
  });

  it('explains what is wrong and writes nothing', async () => {
    const root = await withAcme();
    expect(
      cli('new-partner.ts', [
        '--content',
        root,
        '--yes',
        '--name',
        'Acme Cloud',
        '--tier',
        'gold',
        '--types',
        'agency',
        '--website',
        'https://x.example',
        '--summary',
        'x',
        '--logo',
        LOGO,
      ]),
    ).toMatchObject({ code: 2, stderr: 'new:partner: partners/acme-cloud.yaml already exists → edit it instead, or pick another name\n' });
    expect(cli('new-partner.ts', ['--content', root, '--yes', '--name', 'New Co', '--tier', 'diamond'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--tier: "diamond" is not a tier'),
    });
    expect(cli('new-partner.ts', ['--content', root, '--yes', '--name', 'New Co'])).toMatchObject({
      code: 2,
      stderr: 'new:partner: missing --tier → give it as an option, or run without --yes to be asked\n',
    });
    expect(cli('new-partner.ts', ['--help']).stdout).toContain('Usage: npm run new:partner');
  });
});

describe('partner applications', () => {
  it('the committed issue form is generated from the partner schema and program.yaml', () => {
    expect(cli('issue-form.ts', ['--check'])).toMatchObject({
      code: 0,
      stdout: 'The partner application form is up to date.\nThe app submission form is up to date.\n',
    });
  });

  it('an application issue body becomes a partner file that validates', async () => {
    const root = await copyOfDemo();
    const result = cli('from-issue.ts', ['--content', root, '--body', 'tests/fixtures/issues/complete.md', '--logo', LOGO]);
    expect(result.stdout).toContain('partners/numbat-networks.yaml is valid.');
    expect(result.code).toBe(0);
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.partners.find((p) => p.slug === 'numbat-networks')).toMatchObject({
      name: 'Numbat Networks',
      tier: 'silver',
      types: ['integration', 'technology'],
      regions: ['asia-pacific'],
      services: ['Call-centre integration', 'Migration services'],
      contacts: [{ name: 'Noor Haddad', email: 'noor@numbat.example', visibility: 'public' }],
    });
  });

  it('an incomplete application lists what is missing, from stdin', async () => {
    const root = await copyOfDemo();
    const result = cli('from-issue.ts', ['--content', root], await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/issues/incomplete.md'), 'utf8'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"Summary" is not answered');
    expect(result.stderr).toContain('"Tier you apply for": diamond is not an option of this program');
    expect(result.stdout).toMatch(/partners\/bilby-sons\.yaml:\d+:\d+ error partners\/bilby-sons › website: "bilby\.example" is not a full web link/);
  });
});

describe('pull request summary', () => {
  it('lists the partners a branch adds, changes and removes, and the problems', async () => {
    const content = await writeScenario({
      partners: { 'acme-cloud': { name: 'Acme Cloud', tier: 'gold' }, 'beta-labs': { name: 'Beta Labs' }, 'cobalt-works': { name: 'Cobalt Works' } },
      activity: { 'cobalt-works': [{ date: '2026-10-01', type: 'blog-post', by: 'partner', title: 'A post' }] },
    });
    const repo = path.dirname(content);
    const git = repoWithFeatureBranch(repo, 'content');
    const changed = await editFile(content, 'partners/acme-cloud.yaml', (t) => t.replace('tier: gold', 'tier: gld'));
    await writeFile(
      path.join(content, 'partners/new-co.yaml'),
      (await readContentFile(content, 'partners/beta-labs.yaml'))
        .replace('name: Beta Labs', 'name: New Co')
        .replace('https://beta-labs.example', 'https://new-co.example'),
    );
    git('rm', '-q', 'content/partners/cobalt-works.yaml', 'content/activity/cobalt-works.yaml');
    git('add', 'content');
    git('commit', '-q', '-m', 'change');
    const changes = contentChanges('main', content, repo);
    expect(changes.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { status: 'removed', file: 'activity/cobalt-works.yaml' },
      { status: 'changed', file: 'partners/acme-cloud.yaml' },
      { status: 'removed', file: 'partners/cobalt-works.yaml' },
      { status: 'added', file: 'partners/new-co.yaml' },
    ]);
    const markdown = await summaryMarkdown(changes, content, NOW);
    expect(markdown).toContain('**Partners added:** New Co (`partners/new-co.yaml`)');
    expect(markdown).toContain('**Partners changed:** Acme Cloud (`partners/acme-cloud.yaml`)');
    expect(markdown).toContain('**Partners removed:** cobalt-works (`partners/cobalt-works.yaml`)');
    expect(markdown).toMatch(/❌ 1 error, 0 warnings in \d+ files:/);
    const { line, column } = positionOf(changed, 'gld');
    expect(markdown).toContain(`partners/acme-cloud.yaml:${line}:${column}\` | tier | ❌ "gld" is not a tier of this program | did you mean "gold"? |`);
  });
});

describe('npm run audit', () => {
  it('lists what a program has and lacks, area by area, with a suggestion for each gap', async () => {
    // Of the business blocks, only discounts; no communications channels.
    const root = await writeScenario({ program: { business: { discounts: { title: 'Partner pricing', summary: 'Lower prices for partners.' } } } });
    const table = run(['src/cli/audit.ts', '--content', root]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Business\s+has\s+Discounts\s+Partner pricing$/m);
    expect(table.stdout).toMatch(/^\s+lacks\s+Grants\s+consider `business\.grants`$/m);
    expect(table.stdout).toMatch(/The program has (\d+) of (\d+) building blocks\./);
    const md = run(['src/cli/audit.ts', '--format', 'md', '--content', root]).stdout;
    expect(md).toContain('| Business | Grants | ❌ lacks | consider `business.grants` |');
    expect(md).toContain('| Communications | Channels | ❌ lacks | list `communications` channels: newsletter, forum, chat |');
    expect(md).toContain('## What to add');
    for (const area of [
      'Purpose',
      'On-boarding',
      'Access',
      'Education',
      'Business',
      'Innovation',
      'Exposure',
      'Marketing',
      'Branding',
      'Communications',
      'Events',
      'Support',
      'Platform',
      'Observability',
      'Accreditation',
      'Partner types',
      'Requirements',
    ]) {
      expect(md, area).toContain(`| ${area} |`);
    }
  });

  it('counts a block once the program adds it', async () => {
    const root = await writeScenario({ program: { communications: [{ name: 'Partner newsletter', description: 'Monthly news.' }] } });
    const md = run(['src/cli/audit.ts', '--format', 'md', '--content', root]).stdout;
    expect(md).not.toContain('| Communications | Channels | ❌ lacks');
    expect(md).toMatch(/\| Communications \| Channels \| ✅ has \|/);
  });
});

describe('listing lifecycle', () => {
  it('warns when an active listing has not been reviewed for 12 months', async () => {
    // Reviewed 2025-10-01, and 2025-11-22 is the last day that is within 12 months of NOW = 2026-11-21.
    const root = await writeScenario({
      partners: { 'acme-cloud': { since: '2024-03-01', reviewed: '2025-10-01' }, 'beta-labs': { since: '2024-03-01', reviewed: '2025-11-22' } },
    });
    const { problems } = await load(root);
    expect(problems.map((p) => `${p.severity} ${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      `warning reviewed: this listing was last reviewed on 2025-10-01, more than 12 months ago → check the details with the partner, then set "reviewed: ${NOW}"`,
    ]);
  });

  it('refuses a former slug that belongs to a current partner', async () => {
    const root = await writeScenario({ partners: { 'acme-cloud': {}, 'beta-labs': { formerSlugs: ['beta', 'acme-cloud'] } } });
    expect((await load(root)).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'formerSlugs[1]: "acme-cloud" is the slug of a current partner (partners/acme-cloud.yaml)',
    ]);
  });

  it("keeps every renamed demo partner's old profile, verify page and badges working", async () => {
    const renamed = demoPartners().flatMap((partner) => partner.formerSlugs.map((old) => ({ old, slug: partner.slug, active: partner.status === 'active' })));
    expect(renamed.length).toBeGreaterThan(0);
    for (const { old, slug, active } of renamed) {
      const moves = [[routes.verify(old), routes.verify(slug)], ...(active ? [[routes.partner(old), routes.partner(slug)]] : [])];
      for (const [from, target] of moves) {
        const { document } = await page(from!);
        expect(document.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content'), from).toBe(`0;url=${target}`);
      }
      const badge = (file: string) => readFile(path.join(siteDir(), file), 'utf8');
      expect(await badge(routes.tierBadges(old).light)).toBe(await badge(routes.tierBadges(slug).light));
    }
  });
});

describe('every command on a mistyped command line', () => {
  const commands = [
    ['validate', 'validate'],
    ['audit', 'audit'],
    ['report', 'report'],
    ['from-issue', 'from-issue'],
    ['new-partner', 'new:partner'],
    ['pr-summary', 'pr-summary'],
  ] as const;

  const generators = [
    ['generate-json-schemas', 'schemas'],
    ['api-contract', 'api:contract'],
    ['issue-form', 'issue-form'],
  ] as const;

  it.each([...commands, ...generators])('%s refuses an unknown option with its usage, exit 2 and no stack trace', (file, name) => {
    const result = run([`src/cli/${file}.ts`, '--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${name}: Unknown option '--colour'`);
    expect(result.stderr).toContain('Usage:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(commands)('%s explains a bad PARTNERKIT_NOW, exit 2 and no stack trace', (file, name) => {
    const result = run([`src/cli/${file}.ts`], { PARTNERKIT_NOW: '2026-13-01' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${name}: PARTNERKIT_NOW="2026-13-01" is not a date`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
