// The built demo site for the site and browser projects: astro build with the tests' fixed date into
// a temporary folder, then the Pagefind index, exactly as `npm run build` does. The build runs in
// the background: this global setup returns at once so the unit and loader tests run meanwhile, and
// each test file that reads the site waits for it first (wait-for-demo-site.ts).
//
// With PARTNERKIT_SITE_DIR=DIR the tests use a site already built (CI builds the demo once), after
// checking that it was built with the tests' date and after the last change to content/, src/ and schemas/.
// The internal site (`npm run build:internal`) is built the same way, after the public one, into a
// folder of its own; PARTNERKIT_INTERNAL_SITE_DIR=DIR names one built before.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { NOW } from '../helpers/build-date.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** A build that takes longer than this has hung. */
const BUILD_TIMEOUT_MS = 10 * 60_000;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's folder. */
    siteDir: string;
    /** A JSON file that appears when the build has ended: `{ ok, output }`; '' when the site was built before the tests. */
    siteBuildStatus: string;
    /** The built internal site's folder (PARTNERKIT_AUDIENCE=internal). */
    internalSiteDir: string;
    /** As siteBuildStatus, for the internal site. */
    internalSiteBuildStatus: string;
  }
}

export interface BuildStatus {
  ok: boolean;
  output: string;
}

interface DemoSite {
  siteDir: string;
  siteBuildStatus: string;
  internalSiteDir: string;
  internalSiteBuildStatus: string;
  /** The projects still using it: the last one to finish removes it. */
  users: number;
  remove: () => Promise<void>;
}

// The site and browser projects each run this setup, in this one process: they share one build.
const SHARED = Symbol.for('partnerkit.tests.demoSite');
type Shared = { [SHARED]?: Promise<DemoSite> };

export default async function demoSite(project: TestProject) {
  const shared = globalThis as Shared;
  shared[SHARED] ??= demoSites();
  const site = await shared[SHARED];
  site.users++;
  project.provide('siteDir', site.siteDir);
  project.provide('siteBuildStatus', site.siteBuildStatus);
  project.provide('internalSiteDir', site.internalSiteDir);
  project.provide('internalSiteBuildStatus', site.internalSiteBuildStatus);
  return async () => {
    if (--site.users === 0) await site.remove();
  };
}

/** Both sites, each built before the tests or built here; the public one first. */
async function demoSites(): Promise<DemoSite> {
  const { PARTNERKIT_SITE_DIR: publicDir, PARTNERKIT_INTERNAL_SITE_DIR: internalDir } = process.env;
  const workDir = await mkdtemp(path.join(tmpdir(), 'partnerkit-site-'));
  const controller = new AbortController();
  const publicSite = publicDir ? await builtBefore(publicDir, 'public') : buildInBackground(workDir, 'public', controller.signal, Promise.resolve());
  // Builds share .astro/ and Astro's content store: the internal one starts when the public one has ended.
  const internalSite = internalDir ? await builtBefore(internalDir, 'internal') : buildInBackground(workDir, 'internal', controller.signal, publicSite.done);
  return {
    siteDir: publicSite.siteDir,
    siteBuildStatus: publicSite.status,
    internalSiteDir: internalSite.siteDir,
    internalSiteBuildStatus: internalSite.status,
    users: 0,
    remove: async () => {
      controller.abort();
      await Promise.all([publicSite.done, internalSite.done]).catch(() => {});
      await rm(workDir, { recursive: true, force: true });
    },
  };
}

interface OneSite {
  siteDir: string;
  /** The status file ('' for a site built before the tests). */
  status: string;
  /** Settles when the build has ended. */
  done: Promise<void>;
}

function buildInBackground(workDir: string, audience: 'public' | 'internal', signal: AbortSignal, after: Promise<void>): OneSite {
  const siteDir = path.join(workDir, audience === 'public' ? 'site' : 'site-internal');
  const statusFile = path.join(workDir, `status-${audience}.json`);
  const env = { ...process.env, PARTNERKIT_NOW: NOW, PARTNERKIT_CONTENT: path.join(ROOT, 'content'), PARTNERKIT_AUDIENCE: audience };
  const steps = [
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', siteDir],
    ['--import', path.join(ROOT, 'src/cli/compile-cache.ts'), path.join(ROOT, 'src/cli/search-index.ts'), siteDir],
  ];
  const build = async (): Promise<BuildStatus> => {
    let output = '';
    for (const args of steps) {
      const step = await runNode(args, env, signal);
      output += step.output;
      if (!step.ok)
        return {
          ok: false,
          output: `${audience} site: ${args
            .slice(0, 2)
            .map((arg) => path.basename(arg))
            .join(' ')} failed:\n${output}`,
        };
    }
    return { ok: true, output };
  };
  const done = after
    .catch(() => undefined)
    .then(build)
    .then(async (status) => {
      // Written whole, then renamed: a waiting test file never reads half of it.
      await writeFile(`${statusFile}.partial`, JSON.stringify(status));
      await rename(`${statusFile}.partial`, statusFile);
    });
  return { siteDir, status: statusFile, done };
}

function runNode(args: string[], env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<BuildStatus> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, signal, timeout: BUILD_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code, killedBy) => resolve({ ok: code === 0, output: killedBy ? `${output}\nstopped by ${killedBy}` : output }));
  });
}

/** A site built before the tests, checked to be one the tests can judge. */
async function builtBefore(dir: string, audience: 'public' | 'internal'): Promise<OneSite> {
  const siteDir = path.resolve(ROOT, dir);
  const variable = audience === 'public' ? 'PARTNERKIT_SITE_DIR' : 'PARTNERKIT_INTERNAL_SITE_DIR';
  const unusable = (why: string, fix: string) => new Error(`${variable}=${dir}: ${why} → ${fix}, or unset ${variable} to let the tests build the demo`);
  const rebuild = `build it with \`PARTNERKIT_NOW=${NOW} npm run ${audience === 'public' ? 'build' : 'build:internal'}\``;
  // The build date is stated in one file only: status.json (every other file dates its facts).
  const status = path.join(siteDir, 'api', 'v1', 'status.json');
  if (!existsSync(status) || !existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))) throw unusable('no built site with a Pagefind index there', rebuild);
  const { buildDate } = JSON.parse(readFileSync(status, 'utf8')) as { buildDate?: string };
  if (buildDate !== NOW) throw unusable(`built for ${buildDate}, but the tests expect the build date ${NOW}`, rebuild);
  const builtAt = (await stat(status)).mtimeMs;
  const changed = await changedSince(builtAt, ['content', 'src', 'schemas', 'astro.config.mjs']);
  if (changed) throw unusable(`${changed} changed after it was built`, rebuild);
  // The internal site says so on every page, in a robots meta tag the public one never has.
  const internal = readFileSync(path.join(siteDir, 'index.html'), 'utf8').includes('<meta name="robots" content="noindex, nofollow">');
  if (internal !== (audience === 'internal')) throw unusable(`it is the ${internal ? 'internal' : 'public'} site, not the ${audience} one`, rebuild);
  return { siteDir, status: '', done: Promise.resolve() };
}

/** The first file under `paths` (relative to the project) modified after `time`, if any. */
async function changedSince(time: number, paths: string[]): Promise<string | undefined> {
  for (const relative of paths) {
    const full = path.join(ROOT, relative);
    const info = await stat(full);
    const files = info.isDirectory()
      ? (await readdir(full, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
      : [full];
    for (const file of files) if ((await stat(file)).mtimeMs > time) return path.relative(ROOT, file);
  }
  return undefined;
}
