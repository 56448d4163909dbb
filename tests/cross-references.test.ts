// Rules that need more than one file, each with a failing fixture: a small program written here,
// so every id a message lists or suggests is one the test wrote.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/loader/problem.ts';
import { load, positionOf, readContentFile } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';

const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message} → ${p.fix}`);
const at = (text: string, needle: string) => `${positionOf(text, needle).line}:${positionOf(text, needle).column}`;
/** Where a partner file's website value starts. */
const websiteAt = (text: string) => at(text, /^website: (.*)$/m.exec(text)![1]!);

const SITE_FIX = 'each partner is listed once: keep one of the two files, and check which company owns the domain';

describe('cross-references', () => {
  it('checks program-defined values on a partner, with suggestions', async () => {
    const root = await writeScenario({
      program: {
        partnerTypes: [
          { id: 'technology', name: 'Technology partner' },
          { id: 'agency', name: 'Agency' },
          { id: 'reseller', name: 'Reseller' },
        ],
        vocabularies: {
          regions: [
            { id: 'europe', name: 'Europe' },
            { id: 'asia-pacific', name: 'Asia Pacific' },
          ],
          industries: [
            { id: 'healthcare', name: 'Healthcare' },
            { id: 'retail', name: 'Retail' },
          ],
          integrationCategories: [
            { id: 'payments', name: 'Payments' },
            { id: 'messaging', name: 'Messaging' },
          ],
        },
        certifications: [{ id: 'solutions-architect', name: 'Solutions Architect', description: 'Designs systems.', validityMonths: 24 }],
      },
      partners: {
        'acme-cloud': {
          tier: 'diamond',
          types: ['agency', 'resseller'],
          regions: ['antarctica'],
          industries: ['helthcare'],
          integrations: [{ name: 'Acme sync', category: 'crm-sync' }],
          certifications: [{ id: 'solution-architect', earned: '2025-09-01' }],
        },
      },
    });
    const text = await readContentFile(root, 'partners/acme-cloud.yaml');
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    // A close id is suggested; otherwise every id the program defines is listed.
    expect(brief(problems)).toEqual([
      `partners/acme-cloud.yaml:${at(text, 'diamond')} error tier: "diamond" is not a tier of this program → use one of: silver, gold (defined in tiers in program.yaml)`,
      `partners/acme-cloud.yaml:${at(text, 'resseller')} error types[1]: "resseller" is not a partner type of this program → did you mean "reseller"?`,
      `partners/acme-cloud.yaml:${at(text, 'antarctica')} error regions[0]: "antarctica" is not a region of this program → use one of: europe, asia-pacific (defined in vocabularies.regions in program.yaml)`,
      `partners/acme-cloud.yaml:${at(text, 'helthcare')} error industries[0]: "helthcare" is not an industry of this program → did you mean "healthcare"?`,
      `partners/acme-cloud.yaml:${at(text, 'crm-sync')} error integrations[0].category: "crm-sync" is not an integration category of this program → use one of: payments, messaging (defined in vocabularies.integrationCategories in program.yaml)`,
      `partners/acme-cloud.yaml:${at(text, 'solution-architect')} error certifications[solution-architect].id: "solution-architect" is not a certification of this program → did you mean "solutions-architect"?`,
    ]);
  });

  it('refuses duplicate partner names (at both files) and website domains, case-insensitively', async () => {
    const root = await writeScenario({
      partners: { 'acme-cloud': { name: 'Acme Cloud' }, 'beta-labs': { name: 'ACME CLOUD', website: 'https://www.Acme-Cloud.example/about' } },
    });
    const acme = await readContentFile(root, 'partners/acme-cloud.yaml');
    const beta = await readContentFile(root, 'partners/beta-labs.yaml');
    const fix = "each partner is listed once: keep one of the two files, or tell them apart with each company's full legal name";
    expect(brief((await load(root)).problems)).toEqual([
      `partners/acme-cloud.yaml:${at(acme, 'Acme Cloud')} error name: another partner has the same name: "ACME CLOUD" (partners/beta-labs.yaml) → ${fix}`,
      `partners/acme-cloud.yaml:${websiteAt(acme)} error website: acme-cloud.example is also the website of partners/beta-labs.yaml → ${SITE_FIX}`,
      `partners/beta-labs.yaml:${at(beta, 'ACME CLOUD')} error name: another partner has the same name: "Acme Cloud" (partners/acme-cloud.yaml) → ${fix}`,
      `partners/beta-labs.yaml:${at(beta, 'https://www.Acme')} error website: acme-cloud.example is also the website of partners/acme-cloud.yaml → ${SITE_FIX}`,
    ]);
  });

  it("refuses a website whose domain looks like another partner's (look-alike letters, punycode), at both files", async () => {
    // "аcorn" with a Cyrillic а is xn--corn-ledger-xij in the address bar's encoding.
    const root = await writeScenario({
      partners: {
        'acorn-ledger': { name: 'Acorn Ledger', website: 'https://acorn-ledger.example' },
        'acorn-group': { name: 'Acorn Group', website: 'https://\u0430corn-ledger.example' },
      },
    });
    const real = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const copy = await readContentFile(root, 'partners/acorn-group.yaml');
    expect(brief((await load(root)).problems).filter((line) => line.includes('website:'))).toEqual([
      `partners/acorn-group.yaml:${websiteAt(copy)} error website: \u0430corn-ledger.example (xn--corn-ledger-xij.example) looks like acorn-ledger.example, the website of partners/acorn-ledger.yaml → ${SITE_FIX}`,
      `partners/acorn-ledger.yaml:${websiteAt(real)} error website: acorn-ledger.example looks like \u0430corn-ledger.example (xn--corn-ledger-xij.example), the website of partners/acorn-group.yaml → ${SITE_FIX}`,
    ]);
  });

  it('refuses case studies, news and ledgers about unknown partners', async () => {
    const root = await writeScenario({
      partners: { 'acme-cloud': {} },
      caseStudies: { 'story.mdx': { front: { title: 'A story', summary: 'How it went.', partners: ['acme-cloud', 'acme-clod'], published: '2026-01-01' } } },
      news: { 'launch.md': { front: { title: 'Launch', summary: 'We launched.', published: '2026-01-01', partners: ['ghost-co'] } } },
      activity: { 'ghost-co': [{ date: '2026-01-01', type: 'blog-pots', by: 'partner', title: 'Hello' }] },
    });
    const [ledger, story, launch] = await Promise.all(
      ['activity/ghost-co.yaml', 'case-studies/story.mdx', 'news/launch.md'].map((file) => readContentFile(root, file)),
    );
    expect(brief((await load(root)).problems)).toEqual([
      'activity/ghost-co.yaml:1:1 error : there is no partner "ghost-co" for this ledger → name the file after the partner: activity/<slug>.yaml for partners/<slug>.yaml',
      `activity/ghost-co.yaml:${at(ledger!, 'blog-pots')} error entries[0].type: "blog-pots" is not an activity type of this program → did you mean "blog-post"?`,
      `case-studies/story.mdx:${at(story!, 'acme-clod')} error partners[1]: "acme-clod" is not a partner of this program → did you mean "acme-cloud"?`,
      `news/launch.md:${at(launch!, 'ghost-co')} error partners[0]: "ghost-co" is not a partner of this program → use one of: acme-cloud (defined in partners/ (the file names))`,
    ]);
  });

  it('checks ids inside program.yaml: duplicates and references to tiers and activity types', async () => {
    const root = await writeScenario({
      program: {
        // The third type meant "academic", but repeats the id "agency"; uni-lab uses "academic".
        partnerTypes: [
          { id: 'technology', name: 'Technology partner' },
          { id: 'agency', name: 'Agency' },
          { id: 'agency', name: 'Academic partner' },
        ],
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.' },
          {
            id: 'gold',
            name: 'Gold',
            description: 'The second tier.',
            requirements: [{ description: 'Referrals', measure: { activity: 'referal', count: 2, per: 'year' } }],
          },
        ],
        access: { earlyAccess: { title: 'Early access', summary: 'New endpoints first.', tiers: ['gold', 'platinium'] } },
      },
      partners: { 'uni-lab': { types: ['academic'] } },
    });
    expect((await load(root)).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'types[0]: "academic" is not a partner type of this program',
      'partnerTypes[agency].id: the partner type id "agency" is used twice (first at partnerTypes[1])',
      'tiers[gold].requirements[0].measure.activity: "referal" is not an activity type of this program',
      'access.earlyAccess.tiers[1]: "platinium" is not a tier of this program',
    ]);
  });

  it('reports a missing logo with the closest file name, at the logo field', async () => {
    // The scenario writes logos/acme-cloud.svg; the partner file names another.
    const root = await writeScenario({ partners: { 'acme-cloud': { logo: 'logos/acme-clod.svg' } } });
    const text = await readContentFile(root, 'partners/acme-cloud.yaml');
    expect(brief((await load(root)).problems)).toEqual([
      `partners/acme-cloud.yaml:${at(text, 'logos/acme-clod')} error logo: the file "logos/acme-clod.svg" does not exist → did you mean "logos/acme-cloud.svg"?`,
    ]);
  });

  it('refuses a file name that is not a kebab-case slug, and stray files', async () => {
    const root = await writeScenario({ partners: { 'acme-cloud': {} }, files: { 'partners/Acme Corp.yaml': '# x\nname: x\n', 'partners/notes.txt': 'hello' } });
    const { problems } = await load(root);
    const names = problems.filter((p) => p.message.includes('kebab-case') || p.message.includes('notes.txt'));
    expect(brief(names)).toEqual([
      'partners/Acme Corp.yaml:1:1 error : the file name "Acme Corp.yaml" is not a kebab-case slug → rename it to acme-corp.yaml: the file name becomes the page\'s URL',
      'partners/notes.txt:1:1 error : "notes.txt" is not a .yaml file → rename it to end in .yaml, or move it out of partners/',
    ]);
  });

  it('requires program.yaml', async () => {
    const root = await writeScenario({ partners: { 'acme-cloud': {} } });
    await rm(path.join(root, 'program.yaml'));
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(problems.find((p) => p.file.endsWith('program.yaml'))?.message).toMatch(/^program\.yaml is missing from /);
  });

  it("warns when an active partner's certification expires within 30 days, and not otherwise", async () => {
    const root = await writeScenario({
      program: { certifications: [{ id: 'solutions-architect', name: 'Example Solutions Architect', description: 'Designs systems.', validityMonths: 24 }] },
      partners: { 'acme-cloud': { certifications: [{ id: 'solutions-architect', earned: '2025-09-01', expires: '2027-09-01' }] } },
    });
    const text = await readContentFile(root, 'partners/acme-cloud.yaml');
    // 2027-08-20 is 12 days before the end; 2027-07-01 is 62 days before.
    const warned = await load(root, '2027-08-20');
    expect(brief(warned.problems)).toEqual([
      `partners/acme-cloud.yaml:${at(text, '2027-09-01')} warning certifications[solutions-architect].expires: the Example Solutions Architect certification expires on 2027-09-01, in 12 days → renew it and update "earned" and "expires", or its badge will show it as expired`,
    ]);
    expect(warned.content).toBeDefined();
    expect((await load(root, '2027-07-01')).problems).toEqual([]);
  });
});

describe('brand colours', () => {
  it('warns, with a readable suggestion, when a colour pair fails WCAG AA contrast', async () => {
    // #8ab4ff has a relative luminance of 0.453; on white that is (1 + 0.05) / (0.453 + 0.05) = 2.09:1.
    const root = await writeScenario({
      program: { site: { url: 'https://partners.example', colors: { primary: '#8ab4ff', accent: '#0f7a5f', background: '#ffffff', text: '#1b1f2a' } } },
    });
    const { problems, content } = await load(root);
    expect(content).toBeDefined();
    expect(problems.map((p) => `${p.severity} ${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      'warning site.colors.primary: primary #8ab4ff on #ffffff has a contrast ratio of 2.09:1, below the 4.5:1 WCAG AA needs for links on the background → pick another primary colour with more contrast, e.g. #5a75a6',
      'warning site.colors.primary: white button labels on primary #8ab4ff have a contrast ratio of 2.09:1, below 4.5:1 → pick a darker primary colour, e.g. #5a75a6',
    ]);
  });
});
