// The demo program as its files say it, read straight from content/ with js-yaml and folder
// listings: not through the loader, the model or the site. Tests that check the built demo is
// complete ("every active partner has a profile") take the expected set from here, so a mistake in
// the code under test cannot change what the test expects. Defaults are the schema's documented
// ones (status: active, lists empty), written out here by hand.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

/** content/: found here, not taken from content-fixture.ts (a vitest-only module), so scripts outside the tests (bench/screenshots.ts) can read it too. */
const DEMO_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');

/** Plain YAML, dates kept as written (CORE_SCHEMA has no timestamp type). */
const readYaml = (relative: string) => load(readFileSync(path.join(DEMO_CONTENT, relative), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, any>;

export interface DemoPartner {
  slug: string;
  name: string;
  status: 'active' | 'inactive' | 'alumni';
  tier: string;
  types: string[];
  website: string;
  summary: string;
  description?: string;
  regions: string[];
  services: string[];
  contacts: Array<{ name: string; email?: string; visibility: 'public' | 'private' }>;
  certifications: Array<{ id: string; earned: string; expires?: string }>;
  certifiedPeople: Array<{ certification: string; earned: string; expires?: string; name?: string }>;
  links: Array<{ label: string; url: string }>;
  formerSlugs: string[];
  since?: string;
}

interface Named {
  id: string;
  name: string;
}

export interface DemoProgram {
  name: string;
  site: { url: string; repository?: string; license?: { name: string; url: string } };
  tiers: Array<Named & { fees?: Array<{ amount: number; currency: string; period: string; label?: string }>; invitationOnly?: boolean; color?: string }>;
  tracks?: Array<Named & { partnerTypes: string[]; tiers: string[] }>;
  partnerTypes: Named[];
  vocabularies: { regions: Named[] };
  certifications: Array<Named & { validityMonths: number }>;
  branding?: { colors?: Array<{ hex: string }> };
  [block: string]: unknown;
}

/** Names of the files in a content folder, without their extension, sorted. */
export function demoFileNames(folder: string, extension: RegExp): string[] {
  return readdirSync(path.join(DEMO_CONTENT, folder))
    .filter((file) => extension.test(file))
    .map((file) => file.replace(extension, ''))
    .sort();
}

export function demoProgram(): DemoProgram {
  return readYaml('program.yaml') as DemoProgram;
}

/** Every partner file, in file-name order. */
export function demoPartners(): DemoPartner[] {
  return demoFileNames('partners', /\.yaml$/).map((slug) => {
    const data = readYaml(`partners/${slug}.yaml`) as Partial<DemoPartner>;
    return {
      regions: [],
      services: [],
      contacts: [],
      certifications: [],
      certifiedPeople: [],
      links: [],
      formerSlugs: [],
      ...data,
      status: data.status ?? 'active',
      slug,
    } as DemoPartner;
  });
}

export const activeDemoPartners = () => demoPartners().filter((partner) => partner.status === 'active');

export interface DemoApp {
  slug: string;
  name: string;
  partner: string;
  kind: string;
  summary: string;
  pricing: { model: string };
  categories: string[];
  languages: string[];
  certifications: Array<{ id: string; earned: string }>;
}

/** Every app file, in file-name order. */
export function demoApps(): DemoApp[] {
  return demoFileNames('apps', /\.yaml$/).map(
    (slug) => ({ languages: [], certifications: [], ...(readYaml(`apps/${slug}.yaml`) as Partial<DemoApp>), slug }) as DemoApp,
  );
}

/** The apps the marketplace lists (README: apps of active partners). */
export function listedDemoApps(): DemoApp[] {
  const active = new Set(activeDemoPartners().map((partner) => partner.slug));
  return demoApps().filter((app) => active.has(app.partner));
}

/** How the directory orders partners (README: "every active partner by name"): by name, ignoring case and accents. */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/** The brand assets in brand/brand.yaml. */
export const demoBrandAssets = () => (readYaml('brand/brand.yaml').assets ?? []) as Array<{ id: string; file: string }>;

/** The demo's news posts and case studies (front matter), by file. */
export function demoFrontMatter(folder: 'news' | 'case-studies'): Array<{ slug: string } & Record<string, any>> {
  return demoFileNames(folder, /\.mdx?$/).map((slug) => {
    const file = readdirSync(path.join(DEMO_CONTENT, folder)).find((name) => name.replace(/\.mdx?$/, '') === slug)!;
    const text = readFileSync(path.join(DEMO_CONTENT, folder, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
    return { ...(load(front, { schema: CORE_SCHEMA }) as Record<string, any>), slug };
  });
}

export interface DemoLedgerEntry {
  date: string;
  type: string;
  by: 'platform' | 'partner';
  title: string;
  notes?: string;
}

/** Every activity ledger, by partner slug. */
export function demoLedgers(): Map<string, DemoLedgerEntry[]> {
  return new Map(demoFileNames('activity', /\.yaml$/).map((slug) => [slug, (readYaml(`activity/${slug}.yaml`).entries ?? []) as DemoLedgerEntry[]]));
}
