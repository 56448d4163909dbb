// npm run migrate on a program.yaml in the older forms: a tier's single `fee` and the tiers'
// `benefits` lists. The result is compared with YAML written out by hand, comments and all, and
// must validate; --check reports the same changes and leaves the file alone.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, run, writeContentFile } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';

const migrate = (root: string, ...args: string[]) => run(['src/cli/migrate.ts', '--content', root, ...args]);

/** Older forms, with comments above, inside and after the fields that change. */
const OLD = `# Our program. The comment on the line above name stays.
name: Example Partners
tagline: Build with Example.
purpose: Why the program exists.
site:
  url: https://partners.example
partnerTypes:
  - id: technology
    name: Technology partner
tiers:
  # The first tier is free.
  - id: silver
    name: Silver
    description: The first tier.
    benefits:
      - Sandbox
      - Listing
  - id: gold
    name: Gold # the one most partners reach
    description: The second tier.
    fee:
      amount: 2500
      currency: USD
      period: year
    benefits: [Co-marketing]
    requirements:
      - description: Two case studies a year
  - id: platinum
    name: Platinum
    description: On its own.
    includesLowerTiers: false
    fee: { amount: 10000, currency: EUR, period: one-time }
    benefits:
      - Roadmap

# Support, by tier.
support:
  - name: Forum
    description: Questions and answers.
    tiers: [silver, gold, platinum]
`;

/** What the migration must write, worked out by hand: Sandbox and Listing reach Gold (it includes Silver), not Platinum (it does not). */
const NEW = `# Our program. The comment on the line above name stays.
name: Example Partners
tagline: Build with Example.
purpose: Why the program exists.
site:
  url: https://partners.example
partnerTypes:
  - id: technology
    name: Technology partner
tiers:
  # The first tier is free.
  - id: silver
    name: Silver
    description: The first tier.
  - id: gold
    name: Gold # the one most partners reach
    description: The second tier.
    fees:
      - { amount: 2500, currency: USD, period: year }
    requirements:
      - description: Two case studies a year
  - id: platinum
    name: Platinum
    description: On its own.
    fees:
      - { amount: 10000, currency: EUR, period: one-time }
benefits:
  - id: sandbox
    name: Sandbox
    values: { silver: true, gold: true }
  - id: listing
    name: Listing
    values: { silver: true, gold: true }
  - id: co-marketing
    name: Co-marketing
    values: { gold: true }
  - id: roadmap
    name: Roadmap
    values: { platinum: true }

# Support, by tier.
support:
  - name: Forum
    description: Questions and answers.
    tiers: [silver, gold, platinum]
`;

const CHANGES = [
  'tiers[gold].fee → tiers[gold].fees, a list of one fee',
  'tiers[platinum].fee → tiers[platinum].fees, a list of one fee',
  '4 benefits of tiers[silver], tiers[gold], tiers[platinum] → benefits, the matrix with a value per tier (give each a group, and values such as "4 hours" where a tier gets more)',
  'includesLowerTiers is gone from the tiers: the matrix says what each tier gets',
];

async function oldProgram(): Promise<string> {
  const root = await writeScenario();
  // The schema line the scenario writes, then the older forms.
  const schemaLine = (await readFile(path.join(root, 'program.yaml'), 'utf8')).split('\n')[0]!;
  await writeContentFile(root, 'program.yaml', `${schemaLine}\n${OLD}`);
  return root;
}

describe('npm run migrate', () => {
  it('rewrites the older forms into fees and the benefits matrix, keeping every other line, and says what it changed', async () => {
    const root = await oldProgram();
    const schemaLine = (await readFile(path.join(root, 'program.yaml'), 'utf8')).split('\n')[0]!;
    // The older forms validate as they are, and mean the same after migration.
    expect((await load(root)).problems).toEqual([]);
    const before = await load(root);

    const result = migrate(root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/program\.yaml: changed$/);
    expect(lines.slice(1, -1).map((line) => line.trim())).toEqual(CHANGES);
    expect(await readFile(path.join(root, 'program.yaml'), 'utf8')).toBe(`${schemaLine}\n${NEW}`);

    const after = await load(root);
    expect(after.problems).toEqual([]);
    // Each tier gets what it got before.
    const { program: old } = before.content!;
    const { program: migrated } = after.content!;
    expect(migrated.benefits.map((b) => [b.name, Object.keys(b.values)])).toEqual([
      ['Sandbox', ['silver', 'gold']],
      ['Listing', ['silver', 'gold']],
      ['Co-marketing', ['gold']],
      ['Roadmap', ['platinum']],
    ]);
    expect(migrated.tiers.map((tier) => tier.fees)).toEqual(old.tiers.map((tier) => (tier.fee ? [tier.fee] : undefined)));

    // A second run has nothing to do.
    const again = migrate(root);
    expect([again.code, again.stdout.trim()]).toEqual([0, expect.stringMatching(/program\.yaml: nothing to migrate, it uses the current forms$/)]);
  });

  it('--check reports the same changes, exits 1 and leaves the file as it was', async () => {
    const root = await oldProgram();
    const text = await readFile(path.join(root, 'program.yaml'), 'utf8');
    const result = migrate(root, '--check');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/program\.yaml: would change$/);
    expect(lines.slice(1, -1).map((line) => line.trim())).toEqual(CHANGES);
    expect(lines.at(-1)).toBe('Run `npm run migrate` to rewrite it.');
    expect(await readFile(path.join(root, 'program.yaml'), 'utf8')).toBe(text);
  });

  it('writes the file whole from its data, and says the comments went, when a tier is written in flow style', async () => {
    const root = await writeScenario();
    const schemaLine = (await readFile(path.join(root, 'program.yaml'), 'utf8')).split('\n')[0]!;
    await writeContentFile(
      root,
      'program.yaml',
      `${schemaLine}\n# A comment.\nname: Example\ntagline: Build.\npurpose: Why.\nsite: { url: "https://partners.example" }\npartnerTypes: [{ id: technology, name: Technology }]\ntiers: [{ id: silver, name: Silver, description: First., fee: { amount: 5, currency: EUR, period: month } }]\n`,
    );
    const result = migrate(root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('the file was written whole from its data: its comments could not be kept');
    expect(await readFile(path.join(root, 'program.yaml'), 'utf8')).toBe(
      `${schemaLine}\nname: Example\ntagline: Build.\npurpose: Why.\nsite:\n  url: https://partners.example\npartnerTypes:\n  - id: technology\n    name: Technology\ntiers:\n  - id: silver\n    name: Silver\n    description: First.\n    fees:\n      - amount: 5\n        currency: EUR\n        period: month\n`,
    );
    expect((await load(root)).problems).toEqual([]);
  });

  it('refuses a program with errors, in one line, without a stack trace', async () => {
    const root = await writeScenario({ program: { tiers: [{ id: 'silver', name: 'Silver' }] } });
    const result = migrate(root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('migrate: program.yaml has errors → run `npm run validate` and fix them first');
  });
});
