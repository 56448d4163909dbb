// Rules that need more than one file, each with a failing fixture.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/loader/problem.ts';
import { copyOfDemo, editFile, load, positionOf, readContentFile, writeContentFile } from './helpers/content-fixture.ts';

const brief = (problems: Problem[]) => problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message} → ${p.fix}`);

describe('cross-references', () => {
  it('checks program-defined values on a partner, with suggestions', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t
        .replace('types: [agency, reseller]', 'types: [agency, resseller]')
        .replace('regions: [north-america]', 'regions: [antarctica]')
        .replace('industries: [healthcare]', 'industries: [helthcare]')
        .replace('  - id: solutions-architect', '  - id: solution-architect')
        .replace('tier: platinum', 'tier: diamond')
        .replace('services:', 'integrations:\n  - name: Acme sync\n    category: crm-sync\nservices:'),
    );
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(brief(problems)).toEqual([
      `partners/acorn-ledger.yaml:${positionOf(text, 'diamond').line}:7 error tier: "diamond" is not a tier of this program → use one of: registered, silver, gold, platinum (defined in tiers in program.yaml)`,
      `partners/acorn-ledger.yaml:4:${positionOf(text, 'resseller').column} error types[1]: "resseller" is not a partner type of this program → did you mean "reseller"?`,
      `partners/acorn-ledger.yaml:${positionOf(text, 'antarctica').line}:${positionOf(text, 'antarctica').column} error regions[0]: "antarctica" is not a region of this program → use one of: north-america, latin-america, europe, middle-east-africa, asia-pacific (defined in vocabularies.regions in program.yaml)`,
      `partners/acorn-ledger.yaml:${positionOf(text, 'helthcare').line}:${positionOf(text, 'helthcare').column} error industries[0]: "helthcare" is not an industry of this program → did you mean "healthcare"?`,
      `partners/acorn-ledger.yaml:${positionOf(text, 'crm-sync').line}:${positionOf(text, 'crm-sync').column} error integrations[0].category: "crm-sync" is not an integration category of this program → use one of: payments, messaging, analytics, crm, identity, commerce, devops, data-warehouse (defined in vocabularies.integrationCategories in program.yaml)`,
      `partners/acorn-ledger.yaml:${positionOf(text, 'solution-architect').line}:${positionOf(text, 'solution-architect').column} error certifications[solution-architect].id: "solution-architect" is not a certification of this program → did you mean "solutions-architect"?`,
    ]);
  });

  it('refuses duplicate partner names (at both files) and website domains, case-insensitively', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace('name: "Brightwave Studio"', 'name: "ACORN LEDGER"').replace('https://brightwave-studio.example', 'https://www.Acorn-Ledger.example/about'));
    const { problems } = await load(root);
    const at = (needle: string) => `${positionOf(text, needle).line}:${positionOf(text, needle).column}`;
    const fix = "each partner is listed once: keep one of the two files, or tell them apart with each company's full legal name";
    expect(brief(problems)).toEqual([
      `partners/acorn-ledger.yaml:2:7 error name: another partner has the same name: "ACORN LEDGER" (partners/brightwave-studio.yaml) → ${fix}`,
      `partners/brightwave-studio.yaml:${at('"ACORN')} error name: another partner has the same name: "Acorn Ledger" (partners/acorn-ledger.yaml) → ${fix}`,
      `partners/brightwave-studio.yaml:${at('https://www.Acorn')} error website: acorn-ledger.example is already the website of partners/acorn-ledger.yaml → each partner is listed once: edit the existing file instead`,
    ]);
  });

  it('refuses case studies, news and ledgers about unknown partners', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'case-studies/one-view-of-every-shipment.mdx', (t) => t.replace(/^partners: \[(.*)\]$/m, 'partners: [$1, acorn-leger]'));
    await editFile(root, 'news/new-platinum-partners.md', (t) => t.replace('partners: [', 'partners: [ghost-co, '));
    await writeContentFile(root, 'activity/ghost-co.yaml', '# yaml-language-server: $schema=../../schemas/json/activity.schema.json\nentries:\n  - { date: 2026-01-01, type: blog-pots, by: partner, title: Hello }\n');
    const { problems } = await load(root);
    expect(brief(problems)).toEqual([
      'activity/ghost-co.yaml:1:1 error : there is no partner "ghost-co" for this ledger → name the file after the partner: activity/<slug>.yaml for partners/<slug>.yaml',
      'activity/ghost-co.yaml:3:31 error entries[0].type: "blog-pots" is not an activity type of this program → did you mean "blog-post"?',
      expect.stringMatching(/^case-studies\/one-view-of-every-shipment\.mdx:4:\d+ error partners\[1\]: "acorn-leger" is not a partner of this program → did you mean "acorn-ledger"\?$/),
      expect.stringMatching(/^news\/new-platinum-partners\.md:5:\d+ error partners\[0\]: "ghost-co" is not a partner of this program → use one of: .* \(defined in partners\/ \(the file names\)\)$/),
    ]);
  });

  it('checks ids inside program.yaml: duplicates and references to tiers and activity types', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'program.yaml', (t) =>
      t.replace('  - id: academic\n', '  - id: agency\n').replace('tiers: [gold, platinum]\n  partnerApis', 'tiers: [gold, platinium]\n  partnerApis').replace('activity: referral', 'activity: referal'),
    );
    const { problems } = await load(root);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      // The umberfield-university-lab partner uses the type whose id was overwritten.
      'types[0]: "academic" is not a partner type of this program',
      'partnerTypes[agency].id: the partner type id "agency" is used twice (first at partnerTypes[2])',
      'tiers[platinum].requirements[3].measure.activity: "referal" is not an activity type of this program',
      'access.earlyAccess.tiers[1]: "platinium" is not a tier of this program',
    ]);
  });

  it('reports a missing logo with the closest file name, at the logo field', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('logo: logos/acorn-ledger.svg', 'logo: logos/acorn-ledgr.svg'));
    const { problems } = await load(root);
    expect(brief(problems)).toEqual([
      `partners/acorn-ledger.yaml:${positionOf(text, 'logos/acorn-ledgr').line}:7 error logo: the file "logos/acorn-ledgr.svg" does not exist → did you mean "logos/acorn-ledger.svg"?`,
    ]);
  });

  it('refuses a file name that is not a kebab-case slug, and stray files', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'partners/Acme Corp.yaml', '# x\nname: x\n');
    await writeContentFile(root, 'partners/notes.txt', 'hello');
    const { problems } = await load(root);
    const names = problems.filter((p) => p.message.includes('kebab-case') || p.message.includes('notes.txt'));
    expect(brief(names)).toEqual([
      'partners/Acme Corp.yaml:1:1 error : the file name "Acme Corp.yaml" is not a kebab-case slug → rename it to acme-corp.yaml: the file name becomes the page\'s URL',
      'partners/notes.txt:1:1 error : "notes.txt" is not a .yaml file → rename it to end in .yaml, or move it out of partners/',
    ]);
  });

  it('requires program.yaml', async () => {
    const root = await copyOfDemo();
    await rm(path.join(root, 'program.yaml'));
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(problems.find((p) => p.file.endsWith('program.yaml'))?.message).toMatch(/^program\.yaml is missing from /);
  });

  it('warns when an active partner\'s certification expires within 30 days, and not otherwise', async () => {
    const root = await copyOfDemo();
    // acorn-ledger's solutions-architect certification expires on 2027-09-01.
    const text = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const warned = await load(root, '2027-08-20');
    expect(brief(warned.problems.filter((p) => p.file.endsWith('acorn-ledger.yaml') && p.path.startsWith('certifications')))).toEqual([
      `partners/acorn-ledger.yaml:${positionOf(text, '2027-09-01').line}:14 warning certifications[solutions-architect].expires: the Quillstack Solutions Architect certification expires on 2027-09-01, in 12 days → renew it and update "earned" and "expires", or its badge will show it as expired`,
    ]);
    expect(warned.content).toBeDefined();
    const quiet = await load(root, '2027-07-01');
    expect(quiet.problems.filter((p) => p.file.endsWith('acorn-ledger.yaml') && p.path.startsWith('certifications'))).toEqual([]);
  });
});

describe('brand colours', () => {
  it('warns, with a readable suggestion, when a colour pair fails WCAG AA contrast', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'program.yaml', (t) => t.replace('primary: "#3346d3"', 'primary: "#8ab4ff"'));
    const { problems, content } = await load(root);
    expect(content).toBeDefined();
    expect(problems.map((p) => `${p.severity} ${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      'warning site.colors.primary: primary #8ab4ff on #ffffff has a contrast ratio of 2.09:1, below the 4.5:1 WCAG AA needs for links on the background → pick a primary colour with more contrast, e.g. #5a75a6',
      'warning site.colors.primary: white button labels on primary #8ab4ff have a contrast ratio of 2.09:1, below 4.5:1 → pick a darker primary colour, e.g. #5a75a6',
    ]);
  });
});
