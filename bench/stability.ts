// `npm run bench:stability -- [--partners 2000] [--keep]`: how many files of the public site change
// when nothing in the content did (two builds a day apart), and when one partner did (its summary
// and tier, in a new commit). Issue 16: an output should change only when what it describes
// changes, so that integrators can sync by comparing bytes or ETags.
//
// Generates a synthetic program (bench/synthetic-content.ts, with apps) in a temporary git
// repository, builds it as `npm run build` does (validate, astro build, search index) three times,
// and compares the sites byte by byte. The build dates are 2026-11-21 and 2026-11-22: no synthetic
// certification expires or comes within 30 days of expiry near them (they expire in 2027 and 2028),
// and both days are in the same month and quarter, so no date-dependent status may change.
// Progress goes to stderr; the report to stdout, its last line one JSON object.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commitAllOn } from '../tests/helpers/git-repo.ts';
import { differingFiles, GROUPS, type Group, grouped } from './site-diff.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { partners: { type: 'string', default: '2000' }, keep: { type: 'boolean' } } });
const partners = Number(values.partners);
if (!Number.isInteger(partners) || partners < 20) {
  console.error('bench:stability: --partners takes a whole number from 20, e.g. --partners 2000');
  process.exit(2);
}

const DAY_ONE = '2026-11-21';
const DAY_TWO = '2026-11-22';
/** The partner that changes: one with an app (every 10th partner has one), so its app's pages count as its files. */
const CHANGED = 'partner-000010';
const OWNED = [CHANGED, `app-${CHANGED}`];
const started = performance.now();
const progress = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

function run(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} failed (${code}):\n${output.slice(-3000)}`))));
  });
}

/** The public site, built as `npm run build` builds it, into `dist`. */
async function build(label: string, content: string, dist: string, cache: string, today: string) {
  const env = { PARTNERKIT_CONTENT: content, PARTNERKIT_NOW: today, PARTNERKIT_CACHE_DIR: cache, PARTNERKIT_AUDIENCE: 'public' };
  const preload = ['--import', path.join(ROOT, 'src/cli/compile-cache.ts')];
  const node = process.execPath;
  progress(`build ${label} (PARTNERKIT_NOW=${today}): validate`);
  await run(node, [...preload, path.join(ROOT, 'src/cli/validate.ts')], env);
  progress(`build ${label}: astro build`);
  await run(node, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], env);
  progress(`build ${label}: search index`);
  await run(node, [...preload, path.join(ROOT, 'src/cli/search-index.ts'), dist], env);
}

/** Changes the partner's summary, and its tier to another on its track (program.yaml's tracks, as the generator uses them). */
async function changePartner(content: string) {
  const file = path.join(content, 'partners', `${CHANGED}.yaml`);
  const text = await readFile(file, 'utf8');
  const type = /^types: \[(\w+)\]$/m.exec(text)![1]!;
  const tier = /^tier: (\w+)$/m.exec(text)![1]!;
  const track = type === 'technology' || type === 'integration' ? ['registered', 'silver', 'gold', 'strategic'] : ['registered', 'silver', 'gold', 'platinum'];
  const newTier = track.find((candidate) => candidate !== tier)!;
  await writeFile(
    file,
    text.replace(/^tier: \w+$/m, `tier: ${newTier}`).replace(/^summary: .*$/m, 'summary: "A new summary, written for the stability benchmark."'),
  );
  return { from: tier, to: newTier };
}

const work = await mkdtemp(path.join(os.tmpdir(), 'partnerkit-stability-'));
try {
  const repo = path.join(work, 'repo');
  const content = path.join(repo, 'content');
  const cache = path.join(work, 'cache');
  progress(`writing ${partners} synthetic partners (an app for every 10th) into ${content}`);
  await writeSyntheticContent(content, partners, path.join(ROOT, 'content'), 'svg', { appsEvery: 10 });
  commitAllOn(repo, '2026-11-20', 'Synthetic program');

  const site = (name: string) => path.join(work, name);
  await build('1 of 3', content, site('day-one'), cache, DAY_ONE);
  await build('2 of 3', content, site('day-two'), cache, DAY_TWO);
  const tier = await changePartner(content);
  commitAllOn(repo, '2026-11-22', `Change ${CHANGED}'s summary and tier`);
  await build('3 of 3', content, site('day-two-changed'), cache, DAY_TWO);

  progress('comparing the sites byte by byte');
  const nextDay = await differingFiles(site('day-one'), site('day-two'));
  const onePartner = await differingFiles(site('day-two'), site('day-two-changed'));
  const byGroup = { nextDay: grouped(nextDay.differing, OWNED), onePartner: grouped(onePartner.differing, OWNED) };

  const rows: Array<[string, string, string]> = [
    ['', `same content, ${DAY_ONE} → ${DAY_TWO}`, `${CHANGED} changed (summary; tier ${tier.from} → ${tier.to})`],
    ['files compared', String(nextDay.compared), String(onePartner.compared)],
    ['files differing', String(nextDay.differing.length), String(onePartner.differing.length)],
    ...GROUPS.map((group): [string, string, string] => [`  ${group}`, String(byGroup.nextDay[group].length), String(byGroup.onePartner[group].length)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const out: string[] = [`Stability of the public site, ${partners} synthetic partners (${Math.floor((partners - 1) / 10) + 1} apps)`, ''];
  for (const row of rows) out.push(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('   '));
  for (const [title, groups] of [
    [`Files that differ between the builds of ${DAY_ONE} and ${DAY_TWO}:`, byGroup.nextDay],
    [`Files that differ after changing ${CHANGED}:`, byGroup.onePartner],
  ] as const) {
    out.push('', title);
    for (const group of GROUPS) {
      if (groups[group].length === 0) continue;
      out.push(`  ${group} (${groups[group].length}):`, ...groups[group].map((file) => `    ${file}`));
    }
  }
  const summary = {
    partners,
    nextDay: { compared: nextDay.compared, differing: nextDay.differing.length, ...countsOf(byGroup.nextDay) },
    onePartner: { compared: onePartner.compared, differing: onePartner.differing.length, ...countsOf(byGroup.onePartner) },
    seconds: Math.round((performance.now() - started) / 1000),
  };
  out.push('', JSON.stringify(summary));
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  if (values.keep) progress(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

function countsOf(groups: Record<Group, string[]>): Record<Group, number> {
  return Object.fromEntries(GROUPS.map((group) => [group, groups[group].length])) as Record<Group, number>;
}
