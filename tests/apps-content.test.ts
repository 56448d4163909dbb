// apps/<slug>.yaml: an app or integration in the marketplace. Each test writes a small program and
// its apps, and states what the loader must say about them, at file:line:col.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../src/cli/pr-summary.ts';
import type { Problem } from '../src/loader/problem.ts';
import { programAudit } from '../src/model/audit.ts';
import { load, PROJECT_ROOT, positionOf, readContentFile, run } from './helpers/content-fixture.ts';
import { scenarioContent, writeScenario } from './helpers/scenario.ts';

const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message} → ${p.fix}`);
const at = (text: string, needle: string) => `${positionOf(text, needle).line}:${positionOf(text, needle).column}`;

/** Two categories, two regions and one app certification: what the apps below choose from. */
const PROGRAM = {
  vocabularies: {
    regions: [
      { id: 'europe', name: 'Europe' },
      { id: 'north-america', name: 'North America' },
    ],
    integrationCategories: [
      { id: 'crm', name: 'CRM' },
      { id: 'payments', name: 'Payments' },
    ],
  },
  appCertifications: [
    {
      id: 'built-for-example',
      name: 'Built for Example',
      criteria: ['Uses webhooks instead of polling', 'Handles retries idempotently'],
      validityMonths: 12,
    },
  ],
};

describe('apps in the marketplace', () => {
  it('loads an app with what it names: its partner, categories, regions, languages and certification', async () => {
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      apps: {
        'acme-sync': {
          partner: 'acme-cloud',
          kind: 'connector',
          categories: ['crm', 'payments'],
          pricing: { model: 'paid', from: { amount: 29, currency: 'EUR', period: 'month' }, details: '14-day free trial' },
          regions: ['europe'],
          languages: ['en', 'pt-BR'],
          usesApis: ['Payments API: creates refunds from the CRM'],
          certifications: [{ id: 'built-for-example', earned: '2026-03-01' }],
        },
      },
    });
    const { content, problems } = await load(root);
    expect(brief(problems)).toEqual([]);
    expect(content!.apps).toEqual([
      expect.objectContaining({
        slug: 'acme-sync',
        file: 'apps/acme-sync.yaml',
        partner: 'acme-cloud',
        kind: 'connector',
        categories: ['crm', 'payments'],
        pricing: { model: 'paid', from: { amount: 29, currency: 'EUR', period: 'month' }, details: '14-day free trial' },
        languages: ['en', 'pt-BR'],
        screenshots: [],
        featured: false,
      }),
    ]);
    // The icon is in the inventory of what the build may publish, checked as a logo.
    expect([...content!.published.keys()]).toContain('logo:images/apps/acme-sync.svg');
  });

  it('refuses an unknown partner, category, region and certification at file:line:col, with a did-you-mean', async () => {
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      apps: {
        'acme-sync': {
          partner: 'acme-clod',
          categories: ['payment'],
          regions: ['antarctica'],
          certifications: [{ id: 'built-for-exampel', earned: '2026-03-01' }],
        },
      },
    });
    const text = await readContentFile(root, 'apps/acme-sync.yaml');
    const { content, problems } = await load(root);
    expect(content).toBeUndefined();
    expect(brief(problems)).toEqual([
      `apps/acme-sync.yaml:${at(text, 'payment\n')} error categories[0]: "payment" is not a category of this program → did you mean "payments"?`,
      `apps/acme-sync.yaml:${at(text, 'acme-clod')} error partner: "acme-clod" is not a partner of this program → did you mean "acme-cloud"?`,
      `apps/acme-sync.yaml:${at(text, 'antarctica')} error regions[0]: "antarctica" is not a region of this program → use one of: europe, north-america (defined in vocabularies.regions in program.yaml)`,
      `apps/acme-sync.yaml:${at(text, 'built-for-exampel')} error certifications[built-for-exampel].id: "built-for-exampel" is not an app certification of this program → did you mean "built-for-example"?`,
    ]);
  });

  it('refuses the fields a new user tries that are not fields of an app, and a pricing model it does not know', async () => {
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      apps: { 'acme-sync': { partner: 'acme-cloud', installs: 5000, pricing: { model: 'cheap' }, languages: ['English'] } },
    });
    const text = await readContentFile(root, 'apps/acme-sync.yaml');
    // In the order of the file's lines.
    expect(brief((await load(root)).problems)).toEqual([
      `apps/acme-sync.yaml:${at(text, 'cheap')} error pricing.model: "cheap" is not one of free, freemium, paid, contact → use one of: free, freemium, paid, contact`,
      `apps/acme-sync.yaml:${at(text, 'installs')} error installs: unknown field "installs" → did you mean "install"?`,
      `apps/acme-sync.yaml:${at(text, 'English')} error languages[0]: "English" is not a language code → did you mean "en" (English)?`,
    ]);
  });

  it('refuses a price finer than its currency, as tier fees are: the page would print another price', async () => {
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      apps: { 'acme-sync': { partner: 'acme-cloud', pricing: { model: 'paid', from: { amount: 29.5, currency: 'JPY', period: 'month' } } } },
    });
    const text = await readContentFile(root, 'apps/acme-sync.yaml');
    expect(brief((await load(root)).problems)).toEqual([
      `apps/acme-sync.yaml:${at(text, '29.5')} error pricing.from.amount: 29.5 has more decimals than amounts in JPY have (none), so the site would print another amount → round it to whole JPY`,
    ]);
  });

  it('checks the icon and screenshots through the same file checks as logos, at the field that names them', async () => {
    const tiny = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      apps: {
        'acme-sync': {
          partner: 'acme-cloud',
          icon: 'images/apps/evil.svg',
          screenshots: [
            { file: 'images/apps/tiny.png', caption: 'The sync settings' },
            { file: 'images/apps/gone.png', caption: 'The log' },
          ],
        },
      },
      files: {
        'images/apps/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n<script>alert(1)</script></svg>\n',
        'images/apps/tiny.png': tiny,
      },
    });
    const text = await readContentFile(root, 'apps/acme-sync.yaml');
    expect(brief((await load(root)).problems)).toEqual([
      `apps/acme-sync.yaml:${at(text, 'images/apps/tiny.png')} error screenshots[0].file: "images/apps/tiny.png" is 20×20 pixels, too small to look sharp → use an image at least 64 pixels on each side, or SVG`,
      expect.stringMatching(
        new RegExp(
          `^apps/acme-sync.yaml:${at(text, 'images/apps/gone.png')} error screenshots\\[1\\].file: the file "images/apps/gone.png" does not exist → add it to .*/content/images/apps/, or correct the path$`,
        ),
      ),
      // A problem inside the icon is reported in the icon, naming the field of the app file.
      'apps/evil.svg:2:1 error icon: <script> is not allowed in a logo → remove the <script>: logos cannot run code',
    ]);
  });

  it('warns, as for partners, when an app certification expires within 30 days of the build date', async () => {
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      // Earned 2025-12-10, valid 12 months: expires 2026-12-10, 19 days after the build date 2026-11-21.
      apps: { 'acme-sync': { partner: 'acme-cloud', certifications: [{ id: 'built-for-example', earned: '2025-12-10' }] } },
    });
    const text = await readContentFile(root, 'apps/acme-sync.yaml');
    expect(brief((await load(root, '2026-11-21')).problems)).toEqual([
      `apps/acme-sync.yaml:${at(text, '2025-12-10')} warning certifications[built-for-example].earned: the Built for Example certification expires on 2026-12-10, in 19 days → renew it and update "earned" and "expires", or its badge will show it as expired`,
    ]);
  });

  it('names apps added, changed and removed in the pull request summary, by their names as written', async () => {
    const root = await writeScenario({
      program: PROGRAM,
      partners: { 'acme-cloud': {} },
      apps: { 'acme-sync': { partner: 'acme-cloud', name: 'Acme Sync' }, 'acme-reports': { partner: 'acme-cloud', name: 'Acme Reports' } },
    });
    const changes = [
      { status: 'added' as const, file: 'apps/acme-sync.yaml' },
      { status: 'changed' as const, file: 'apps/acme-reports.yaml' },
      { status: 'removed' as const, file: 'apps/old-tool.yaml' },
      { status: 'added' as const, file: 'images/apps/acme-sync.svg' },
    ];
    const markdown = await summaryMarkdown(changes, root, '2026-11-21');
    expect(markdown).toContain('**Apps added:** Acme Sync (`apps/acme-sync.yaml`)');
    expect(markdown).toContain('**Apps changed:** Acme Reports (`apps/acme-reports.yaml`)');
    // A removed file is named by its slug: its name is gone with it.
    expect(markdown).toContain('**Apps removed:** old-tool (`apps/old-tool.yaml`)');
    expect(markdown).toContain('- added: `images/apps/acme-sync.svg`');
  });

  it('counts the marketplace in the audit: listed apps (of active partners), app certifications, featured apps', async () => {
    const content = await scenarioContent(
      await writeScenario({
        program: PROGRAM,
        partners: { 'acme-cloud': {}, 'beta-labs': {}, 'gone-corp': { status: 'alumni' } },
        apps: {
          'acme-sync': { partner: 'acme-cloud', certifications: [{ id: 'built-for-example', earned: '2026-03-01' }] },
          'acme-reports': { partner: 'acme-cloud' },
          'beta-pay': { partner: 'beta-labs' },
          'gone-widget': { partner: 'gone-corp' },
        },
      }),
    );
    const marketplace = programAudit(content).find((area) => area.area === 'Marketplace')!;
    expect(marketplace.blocks.map((block) => [block.name, block.present, block.detail])).toEqual([
      ['App listings', true, '3 apps by 2 partners'],
      ['App certifications', true, '1 defined, held by 1 app'],
      ['Featured apps', false, ''],
    ]);
  });

  it('npm run new:app writes a valid app file and its icon from options, and refuses an unknown partner or language with a did-you-mean', async () => {
    const root = await writeScenario({ program: PROGRAM, partners: { 'acme-cloud': {} } });
    const icon = path.join(PROJECT_ROOT, 'content/images/apps/ledgerlink.svg');
    const options = ['--content', root, '--yes', '--kind', 'connector', '--categories', 'crm,payments', '--summary', 'Syncs contacts.'];
    const more = ['--pricing', 'freemium', '--install', 'https://acme-cloud.example/sync', '--icon', icon, '--languages', 'en, de'];
    const wrong = run(['src/cli/new-app.ts', ...options, ...more, '--name', 'Acme Sync', '--partner', 'acme-clod']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--partner: "acme-clod" is not a partner → did you mean "acme-cloud"?');
    // Languages are checked as validate checks them (languageTag), with the code someone meant.
    const language = run(['src/cli/new-app.ts', ...options, ...more, '--name', 'Acme Sync', '--partner', 'acme-cloud', '--languages', 'en, English']);
    expect(language.code).toBe(2);
    expect(language.stderr).toContain('--languages: "English" is not a language code → did you mean "en"?');
    const made = run(['src/cli/new-app.ts', ...options, ...more, '--name', 'Acme Sync', '--partner', 'acme-cloud']);
    expect(made.stdout).toContain('apps/acme-sync.yaml is valid.');
    expect(made.code).toBe(0);
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.apps).toEqual([
      expect.objectContaining({
        slug: 'acme-sync',
        partner: 'acme-cloud',
        kind: 'connector',
        categories: ['crm', 'payments'],
        pricing: { model: 'freemium' },
        languages: ['en', 'de'],
        icon: 'images/apps/acme-sync.svg',
        listedSince: '2026-11-21',
      }),
    ]);
  });

  it('npm run from-issue turns an app submission issue into a valid app file, with its icon', async () => {
    const root = await writeScenario({ program: PROGRAM, partners: { 'acme-cloud': {} } });
    // The body GitHub writes for the app submission form: "### Label", then the answer.
    const answers: Array<[string, string]> = [
      ['App name', 'Acme Sync'],
      ['Partner', 'acme-cloud'],
      ['Kind', 'Connector (connector)'],
      ['Categories', 'CRM (crm), Payments (payments)'],
      ['Summary', 'Keeps contacts in step.'],
      ['What it does with the APIs', '- Customers API: creates a customer per contact\n- Webhooks: updates contacts'],
      ['Pricing', 'Paid (paid)'],
      ['Install link', 'https://acme-cloud.example/sync'],
      ['Documentation link', '_No response_'],
      ['Privacy policy link', '_No response_'],
      ['Regions where it is available', 'Europe (europe)'],
      ['Languages', 'en, pt-BR'],
      ['About the app', '_No response_'],
      ['Icon', '![acme-sync](https://github.com/user-attachments/assets/acme-sync.svg)'],
    ];
    const bodyFile = path.join(path.dirname(root), 'issue.md');
    await writeFile(bodyFile, answers.map(([label, answer]) => `### ${label}\n\n${answer}\n`).join('\n'));
    const icon = path.join(PROJECT_ROOT, 'content/images/apps/ledgerlink.svg');
    const result = run(['src/cli/from-issue.ts', '--content', root, '--body', bodyFile, '--logo', icon]);
    expect(result.stdout).toContain('apps/acme-sync.yaml is valid.');
    expect(result.code).toBe(0);
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.apps).toEqual([
      expect.objectContaining({
        slug: 'acme-sync',
        partner: 'acme-cloud',
        kind: 'connector',
        categories: ['crm', 'payments'],
        usesApis: ['Customers API: creates a customer per contact', 'Webhooks: updates contacts'],
        pricing: { model: 'paid' },
        regions: ['europe'],
        languages: ['en', 'pt-BR'],
        icon: 'images/apps/acme-sync.svg',
      }),
    ]);
  });
});
