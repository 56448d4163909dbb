// Small content folders written by the test that uses them. A test states the program, partners
// and ledgers its expectations follow from, next to those expectations, instead of leaning on
// the numbers of the demo in content/. Only what a test sets matters; the rest is filler that
// passes validation: each partner gets a plain SVG logo at logos/<slug>.svg, a website and a summary.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { afterAll } from 'vitest';
import type { Content } from '../../src/loader/content-types.ts';
import { buildModel } from '../../src/model/build-model.ts';
import type { Model } from '../../src/model/model-types.ts';
import { load, NOW, PROJECT_ROOT } from './content-fixture.ts';

type Fields = Record<string, unknown>;

export interface Scenario {
  /** Fields of program.yaml, over SCENARIO_PROGRAM (a field given here replaces the default whole). */
  program?: Fields;
  /** partners/<slug>.yaml: fields over the filler of scenarioPartner(). */
  partners?: Record<string, Fields>;
  /** apps/<slug>.yaml: fields over the filler of scenarioApp() (the partner must be one of the scenario's). */
  apps?: Record<string, Fields>;
  /** activity/<slug>.yaml: the ledger's entries, or its entries and metric values. */
  activity?: Record<string, Fields[] | { entries?: Fields[]; metrics?: Fields[] }>;
  /** news/<file> (.md or .mdx): front matter and body. */
  news?: Record<string, { front: Fields; body?: string }>;
  /** case-studies/<file>.mdx: front matter and body. */
  caseStudies?: Record<string, { front: Fields; body?: string }>;
  /** brand/brand.yaml's assets. */
  brand?: Fields[];
  /** Any other file, by its path in the content folder (a logo, a brand asset…). */
  files?: Record<string, string | Buffer>;
}

/** A program with two partner types and two tiers, and nothing else: a scenario adds what it tests. */
export const SCENARIO_PROGRAM = {
  name: 'Example Partners',
  tagline: 'Build with Example.',
  purpose: 'Why the program exists.',
  // Colours of the scenario's own, which pass the contrast check on white.
  site: { url: 'https://partners.example', colors: { primary: '#3346d3', accent: '#0f7a5f', background: '#ffffff', text: '#1b1f2a' } },
  partnerTypes: [
    { id: 'technology', name: 'Technology partner' },
    { id: 'agency', name: 'Agency' },
  ],
  tiers: [
    { id: 'silver', name: 'Silver', description: 'The first tier.' },
    { id: 'gold', name: 'Gold', description: 'The second tier.' },
  ],
};

/** The logo every scenario partner gets unless the scenario gives one: 64×32, so it is 2:1 when optimised. */
export const SCENARIO_LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32" width="64" height="32"><rect width="64" height="32" fill="#3346d3"/></svg>\n';

/** "acme-cloud" → "Acme Cloud". */
export const nameOf = (slug: string) =>
  slug
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Block-style YAML, dates unquoted (CORE_SCHEMA has no timestamps), as people write it. */
const yaml = (data: unknown) => dump(data, { lineWidth: -1, schema: CORE_SCHEMA });
/** The first line editors read the JSON Schema from; the loader warns without it. */
const schemaLine = (kind: string) => `# yaml-language-server: $schema=${path.join(PROJECT_ROOT, 'schemas', 'json', `${kind}.schema.json`)}\n`;
const withFrontMatter = ({ front, body = 'Text.\n' }: { front: Fields; body?: string }) => `---\n${yaml(front)}---\n\n${body}`;

/**
 * The partner file a scenario writes for `slug`: its fields over the filler, which is a name made
 * from the slug, tier silver, type technology, a website, a summary, logos/<slug>.svg, and a
 * recent review date (without one, a partner listed for over a year draws a warning).
 */
export function scenarioPartner(slug: string, fields: Fields = {}): Fields {
  const name = (fields.name as string | undefined) ?? nameOf(slug);
  return {
    name,
    tier: 'silver',
    types: ['technology'],
    website: `https://${slug}.example`,
    summary: `${name} builds on Example.`,
    logo: `logos/${slug}.svg`,
    reviewed: '2026-11-01',
    ...fields,
  };
}

/** The icon every scenario app gets unless the scenario gives one: square, as icons are. */
export const SCENARIO_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#0f7a5f"/></svg>\n';

/**
 * The app file a scenario writes for `slug`: its fields over the filler, which is a name made from
 * the slug, kind app, the first integration category of the program (a scenario that has apps
 * defines some), a summary, free pricing, an install link, images/apps/<slug>.svg and a listing date.
 */
export function scenarioApp(slug: string, fields: Fields = {}): Fields {
  const name = (fields.name as string | undefined) ?? nameOf(slug);
  return {
    name,
    kind: 'app',
    categories: ['crm'],
    summary: `${name} connects to Example.`,
    pricing: { model: 'free' },
    install: `https://${slug}.example/install`,
    icon: `images/apps/${slug}.svg`,
    listedSince: '2026-10-01',
    ...fields,
  };
}

/** The text of partners/<slug>.yaml as writeScenario writes it: for tests that change a file after writing the scenario. */
export const partnerFileText = (slug: string, fields: Fields = {}) => schemaLine('partner') + yaml(scenarioPartner(slug, fields));
/** The text of apps/<slug>.yaml as writeScenario writes it. */
export const appFileText = (slug: string, fields: Fields = {}) => schemaLine('app') + yaml(scenarioApp(slug, fields));

/** Writes the scenario to a new folder (removed after the test file) and returns its path. */
export async function writeScenario(scenario: Scenario = {}): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'partnerkit-scenario-'));
  created.push(folder);
  // The content in a folder of its own, so what a test writes beside it (a cache, a build) is not content.
  const root = path.join(folder, 'content');
  const files = new Map<string, string | Buffer>();
  files.set('program.yaml', schemaLine('program') + yaml({ ...SCENARIO_PROGRAM, ...scenario.program }));
  for (const [slug, fields] of Object.entries(scenario.partners ?? {})) {
    files.set(`partners/${slug}.yaml`, partnerFileText(slug, fields));
    files.set(`logos/${slug}.svg`, SCENARIO_LOGO);
  }
  for (const [slug, fields] of Object.entries(scenario.apps ?? {})) {
    files.set(`apps/${slug}.yaml`, appFileText(slug, fields));
    files.set(`images/apps/${slug}.svg`, SCENARIO_ICON);
  }
  for (const [slug, ledger] of Object.entries(scenario.activity ?? {}))
    files.set(`activity/${slug}.yaml`, schemaLine('activity') + yaml(Array.isArray(ledger) ? { entries: ledger } : ledger));
  for (const [file, post] of Object.entries(scenario.news ?? {})) files.set(`news/${file}`, withFrontMatter(post));
  for (const [file, study] of Object.entries(scenario.caseStudies ?? {})) files.set(`case-studies/${file}`, withFrontMatter(study));
  if (scenario.brand) files.set('brand/brand.yaml', schemaLine('brand') + yaml({ assets: scenario.brand }));
  for (const [file, text] of Object.entries(scenario.files ?? {})) files.set(file, text);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

/** The content of a scenario that must be valid: any problem fails the test, printed. */
export async function scenarioContent(root: string, today = NOW): Promise<Content> {
  const { content, problems } = await load(root, today);
  if (!content || problems.length > 0)
    throw new Error(
      `the scenario is not valid content:\n${problems.map((p) => `${path.relative(root, p.file)}:${p.line}:${p.column} ${p.path}: ${p.message}`).join('\n')}`,
    );
  return content;
}

/** The model of a scenario's content (which a test may have changed), its logos optimised beside the content folder. */
export function modelOf(content: Content, today = NOW): Promise<{ model: Model; files: Map<string, string> }> {
  return buildModel(content, { today, logoCache: path.join(path.dirname(content.root), 'logo-cache') });
}

/** Writes a scenario and builds its model as of `today` (NOW unless given). */
export async function scenarioModel(scenario: Scenario, today = NOW): Promise<{ model: Model; files: Map<string, string>; root: string }> {
  const root = await writeScenario(scenario);
  return { ...(await modelOf(await scenarioContent(root, today), today)), root };
}
