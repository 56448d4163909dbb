// The maintainer's tools: new:partner, from-issue, the issue form, the PR summary, audit, and
// listing lifecycle rules. Most run on a small program written here (helpers/scenario.ts);
// from-issue reads the demo, which the committed issue form and its fixtures are written for.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseVersion, contentChanges, summaryMarkdown } from '../src/cli/pr-summary.ts';
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
    // The types come before the tier: they decide the track, and so the tiers to choose from.
    const answers = ['Wombat Works', 'agency', 'silvr', 'silver', 'wombat.example', 'https://wombat.example', 'Wombat builds things.', LOGO, '', ''].join('\n');
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
      // The types are asked for before the tier: they decide its track.
      stderr: 'new:partner: missing --types → give it as an option, or run without --yes to be asked\n',
    });
    expect(cli('new-partner.ts', ['--help']).stdout).toContain('Usage: npm run new:partner');
  });

  const QUOKKA = ['--name', 'Quokka Cloud', '--website', 'https://quokka.example', '--summary', 'Quokka Cloud hosts Example apps.', '--logo', LOGO];

  it('checks headquarters, languages and founded year as validate does, with its did-you-mean, and writes them', async () => {
    const root = await withAcme();
    const refused = (option: string, value: string) =>
      cli('new-partner.ts', ['--content', root, '--yes', ...QUOKKA, '--tier', 'gold', '--types', 'agency', option, value]);
    expect(refused('--headquarters', 'UK')).toMatchObject({
      code: 2,
      stderr: 'new:partner: --headquarters: "UK" is not a country code → did you mean "GB" (United Kingdom)?\n',
    });
    expect(refused('--headquarters', 'Atlantis')).toMatchObject({
      code: 2,
      stderr:
        'new:partner: --headquarters: "Atlantis" is not a country code → write the two-letter ISO 3166-1 code in capitals, e.g. "GB" for the United Kingdom or "DE" for Germany\n',
    });
    expect(refused('--languages', 'en,German')).toMatchObject({
      code: 2,
      stderr: 'new:partner: --languages: "German" is not a language code → did you mean "de" (German)?\n',
    });
    expect(refused('--founded', '2062')).toMatchObject({
      code: 2,
      stderr: 'new:partner: --founded: the company cannot have been founded in 2062: that is after this year (2026) → check the year: it is 2026 or earlier\n',
    });
    expect(refused('--founded', 'nineteen')).toMatchObject({
      code: 2,
      stderr: 'new:partner: --founded: "founded" should be a number, not the text "nineteen" → write a number without quotes or units\n',
    });
    // Nothing was written by the refused runs.
    await expect(readContentFile(root, 'partners/quokka-cloud.yaml')).rejects.toThrow();

    const written = cli('new-partner.ts', [
      '--content',
      root,
      '--yes',
      ...QUOKKA,
      '--tier',
      'gold',
      '--types',
      'agency',
      '--headquarters',
      'GB',
      '--languages',
      'en, pt-BR',
      '--founded',
      '2014',
    ]);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(await readContentFile(root, 'partners/quokka-cloud.yaml')).toContain('headquarters: GB\nlanguages:\n  - en\n  - pt-BR\nfounded: 2014\n');
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.partners.find((p) => p.slug === 'quokka-cloud')).toMatchObject({ headquarters: 'GB', languages: ['en', 'pt-BR'], founded: 2014 });
  });

  it('asks again for a country, languages or year validate would refuse, and leaves out the ones not answered', async () => {
    const root = await withAcme();
    const answers = [
      'Wombat Works',
      'agency',
      'silver',
      'https://wombat.example',
      'Wombat builds things.',
      LOGO,
      '',
      '',
      'uk',
      'GB',
      'English',
      'en',
      '2062',
      '2015',
    ];
    const result = cli('new-partner.ts', ['--content', root], `${answers.join('\n')}\n`);
    expect(result.stderr).toBe(
      [
        '  "uk" is not a country code → did you mean "GB" (United Kingdom)?',
        '  "English" is not a language code → did you mean "en" (English)?',
        '  the company cannot have been founded in 2062: that is after this year (2026) → check the year: it is 2026 or earlier',
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(0);
    expect(await readContentFile(root, 'partners/wombat-works.yaml')).toContain('headquarters: GB\nlanguages:\n  - en\nfounded: 2015\n');

    // The optional questions may go unanswered: the file has none of these fields.
    const skipped = cli(
      'new-partner.ts',
      ['--content', root],
      `${['Numbat Co', 'agency', 'silver', 'https://numbat.example', 'Numbat.', LOGO, '', '', '', '', ''].join('\n')}\n`,
    );
    expect(skipped).toMatchObject({ code: 0, stderr: '' });
    expect(await readContentFile(root, 'partners/numbat-co.yaml')).not.toMatch(/headquarters|languages|founded/);
  });

  /** Technology partners climb silver → gold → platinum (invitation only); agencies have silver only; Acme Cloud, an agency, is gold. */
  const withTracks = () =>
    writeScenario({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.' },
          { id: 'gold', name: 'Gold', description: 'The second tier.' },
          { id: 'platinum', name: 'Platinum', description: 'By invitation.', invitationOnly: true },
        ],
        tracks: [
          { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['silver', 'gold', 'platinum'] },
          { id: 'solutions', name: 'Solutions track', partnerTypes: ['agency'], tiers: ['silver'] },
        ],
      },
      partners: { 'acme-cloud': { types: ['agency'], tier: 'gold' } },
    });

  it('refuses a tier off the track of the partner types, and an invitation-only tier, with the tiers to choose from', async () => {
    const root = await withTracks();
    const offTrack =
      "Gold is not a tier of Solutions track, the track for partner type agency → use a tier of that track: silver, or change the partner's types";
    const withTier = (types: string, tier: string) => cli('new-partner.ts', ['--content', root, '--yes', ...QUOKKA, '--types', types, '--tier', tier]);
    expect(withTier('agency', 'gold')).toMatchObject({
      code: 2,
      stderr: `new:partner: --tier: ${offTrack}\n`,
    });
    expect(withTier('technology', 'platinum')).toMatchObject({
      code: 2,
      stderr:
        'new:partner: --tier: Platinum is by invitation only → choose one of silver, gold; when the program invites the partner, change "tier" in its file\n',
    });
    // Validate says the same of Acme Cloud's file.
    expect((await load(root)).problems.map((p) => `${p.entry} › ${p.path}: ${p.message} → ${p.fix}`)).toEqual([`partners/acme-cloud › tier: ${offTrack}`]);
    // A technology agency may be gold: the technology track has it.
    expect(withTier('technology,agency', 'gold')).toMatchObject({ code: 0, stderr: '' });

    // Asked, the tier question offers the tiers of the track for the types given.
    const asked = cli(
      'new-partner.ts',
      ['--content', root, '--name', 'Wombat Works'],
      `${['agency', 'gold', 'silver', 'https://q.example', 'Q.', LOGO].join('\n')}\n`,
    );
    expect(asked.stdout).toContain('Tier (silver): gold\nTier (silver): silver\n');
    expect(asked.stderr).toBe(`  ${offTrack}\n`);
    expect(asked.code).toBe(0);
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
      // Answered "Australia", "English, ja" and "2015": names are written as the codes the file takes.
      headquarters: 'AU',
      languages: ['en', 'ja'],
      founded: 2015,
    });
  });

  it('an incomplete application lists what is missing, from stdin', async () => {
    const root = await copyOfDemo();
    const result = cli('from-issue.ts', ['--content', root], await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/issues/incomplete.md'), 'utf8'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"Summary" is not answered');
    expect(result.stderr).toContain('"Tier you apply for": diamond is not an option of this program');
    // Answered "UK", "English, Klingon" and "2062": each bad answer names its question and the fix, and is left out of the file.
    expect(result.stderr).toContain(
      '  "Languages you work in": "Klingon" is not a language code → write a language code such as "en", "de" or "pt-BR"\n' +
        '  "Year founded": the company cannot have been founded in 2062: that is after this year (2026) → check the year: it is 2026 or earlier\n',
    );
    const written = await readContentFile(root, 'partners/bilby-sons.yaml');
    expect(written).toContain('headquarters: GB\n');
    expect(written).not.toMatch(/languages|founded/);
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
    // Acme Cloud: a tier mistyped, and a headquarters country and languages added.
    const changed = await editFile(content, 'partners/acme-cloud.yaml', (t) => t.replace('tier: gold', 'tier: gld\nheadquarters: GB\nlanguages: [en, de]'));
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
    const markdown = await summaryMarkdown(changes, content, NOW, baseVersion('main', content, repo));
    expect(markdown).toContain('**Partners added:** New Co (`partners/new-co.yaml`)');
    // A changed partner names the fields that changed, and only their names.
    expect(markdown).toContain('**Partners changed:** Acme Cloud (`partners/acme-cloud.yaml`: tier, headquarters, languages)');
    // Without the base version, the fields are not named.
    expect(await summaryMarkdown(changes, content, NOW)).toContain('**Partners changed:** Acme Cloud (`partners/acme-cloud.yaml`)');
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
