// Two built sites compared byte by byte, and each differing file put in a group by what it is
// (the changed partner's own files, list pages, feeds, the search index…): what
// bench/stability.ts reports and tests/site-stability.test.ts asserts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

async function filesOf(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Files whose bytes differ, and files only one site has, as site paths. */
export async function differingFiles(before: string, after: string): Promise<{ compared: number; differing: string[] }> {
  const [a, b] = await Promise.all([filesOf(before), filesOf(after)]);
  const [inA, inB] = [new Set(a), new Set(b)];
  const differing = [...a.filter((file) => !inB.has(file)), ...b.filter((file) => !inA.has(file))];
  for (const file of a.filter((name) => inB.has(name))) {
    const [x, y] = await Promise.all([readFile(path.join(before, file)), readFile(path.join(after, file))]);
    if (!x.equals(y)) differing.push(file);
  }
  return { compared: new Set([...a, ...b]).size, differing: differing.sort() };
}

export const GROUPS = ['status file', "the partner's files", "other partners' files", 'list pages', 'feeds and changes', 'search index', 'other'] as const;
export type Group = (typeof GROUPS)[number];

/** Which kind of file a differing file is, for the report. */
/** `changed`: the slugs of the partner that changed and of its apps. */
export function groupOf(file: string, changed: readonly string[]): Group {
  if (file === 'api/v1/status.json') return 'status file';
  if (changed.some((slug) => ownFile(file, slug))) return "the partner's files";
  if (/^(feed\.(xml|json)|feed\/|news\/rss\.xml|api\/v1\/changes)/.test(file)) return 'feeds and changes';
  if (/^(apps\/)?pagefind\//.test(file)) return 'search index';
  if (
    // The API's documentation page shows live examples of the list endpoints; the directories' filter counts are one file each;
    // a case study shows the partners behind it (name, tier, summary).
    /^(index\.html|partners\/index\.html|partners\/page\/|apps\/index\.html|apps\/page\/|(partners|apps)\/filter-counts\.json$|tiers\/|showcase\/|case-studies\/|embed\/|partners\.csv|apps\.csv|sitemap|api\/index\.html|api\/v1\/(partners|apps|tiers|certifications)[^/]*\.(json|ndjson)$|api\/v1\/(partners|apps)\/page)/.test(
      file,
    )
  )
    return 'list pages';
  // Another partner's or app's own pages, badges and API files: these should never change here.
  if (/^(partners|apps|verify|badges|api\/v1\/partners|api\/v1\/apps)\/[^/]+/.test(file)) return "other partners' files";
  return 'other';
}

export function grouped(files: readonly string[], changed: readonly string[]): Record<Group, string[]> {
  const groups = Object.fromEntries(GROUPS.map((group) => [group, [] as string[]])) as Record<Group, string[]>;
  for (const file of files) groups[groupOf(file, changed)].push(file);
  return groups;
}

/** Whether a site path is one of a slug's own files: a path segment, or a file named after it (badges/acme.dark.svg). */
function ownFile(file: string, slug: string): boolean {
  return file.split('/').some((segment) => segment === slug || segment.startsWith(`${slug}.`));
}
