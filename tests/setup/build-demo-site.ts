// The built demo site for the site and browser projects: astro build with the tests' fixed date into
// a temporary folder, then the Pagefind index, exactly as `npm run build` does. The build runs in
// the background: this global setup returns at once so the unit and loader tests run meanwhile, and
// each test file that reads the site waits for it first (wait-for-demo-site.ts).
//
// With PARTNERKIT_SITE_DIR=DIR the tests use a site already built (CI builds the demo once), after
// checking that it was built with the tests' date and after the last change to content/, src/ and schemas/.
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
  }
}

export interface BuildStatus {
  ok: boolean;
  output: string;
}

interface DemoSite {
  siteDir: string;
  siteBuildStatus: string;
  /** The projects still using it: the last one to finish removes it. */
  users: number;
  remove: () => Promise<void>;
}

// The site and browser projects each run this setup, in this one process: they share one build.
const SHARED = Symbol.for('partnerkit.tests.demoSite');
type Shared = { [SHARED]?: Promise<DemoSite> };

export default async function demoSite(project: TestProject) {
  const shared = globalThis as Shared;
  shared[SHARED] ??= process.env.PARTNERKIT_SITE_DIR ? builtBefore(process.env.PARTNERKIT_SITE_DIR) : buildInBackground();
  const site = await shared[SHARED];
  site.users++;
  project.provide('siteDir', site.siteDir);
  project.provide('siteBuildStatus', site.siteBuildStatus);
  return async () => {
    if (--site.users === 0) await site.remove();
  };
}

async function buildInBackground(): Promise<DemoSite> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'partnerkit-site-'));
  const siteDir = path.join(workDir, 'site');
  const statusFile = path.join(workDir, 'status.json');
  const controller = new AbortController();
  const env = { ...process.env, PARTNERKIT_NOW: NOW, PARTNERKIT_CONTENT: path.join(ROOT, 'content') };
  const steps = [
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', siteDir],
    [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', siteDir],
  ];
  const build = (async (): Promise<BuildStatus> => {
    let output = '';
    for (const args of steps) {
      const step = await runNode(args, env, controller.signal);
      output += step.output;
      if (!step.ok)
        return {
          ok: false,
          output: `${args
            .slice(0, 2)
            .map((arg) => path.basename(arg))
            .join(' ')} failed:\n${output}`,
        };
    }
    return { ok: true, output };
  })().then(async (status) => {
    // Written whole, then renamed: a waiting test file never reads half of it.
    await writeFile(`${statusFile}.partial`, JSON.stringify(status));
    await rename(`${statusFile}.partial`, statusFile);
  });
  return {
    siteDir,
    siteBuildStatus: statusFile,
    users: 0,
    remove: async () => {
      controller.abort();
      await build.catch(() => {});
      await rm(workDir, { recursive: true, force: true });
    },
  };
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
async function builtBefore(dir: string): Promise<DemoSite> {
  const siteDir = path.resolve(ROOT, dir);
  const unusable = (why: string, fix: string) =>
    new Error(`PARTNERKIT_SITE_DIR=${dir}: ${why} → ${fix}, or unset PARTNERKIT_SITE_DIR to let the tests build the demo`);
  const rebuild = `build it with \`PARTNERKIT_NOW=${NOW} npm run build\``;
  const program = path.join(siteDir, 'api', 'v1', 'program.json');
  if (!existsSync(program) || !existsSync(path.join(siteDir, 'pagefind', 'pagefind.js'))) throw unusable('no built site with a Pagefind index there', rebuild);
  const { generated } = JSON.parse(readFileSync(program, 'utf8')) as { generated?: string };
  if (generated !== NOW) throw unusable(`built for ${generated}, but the tests expect the build date ${NOW}`, rebuild);
  const builtAt = (await stat(program)).mtimeMs;
  const changed = await changedSince(builtAt, ['content', 'src', 'schemas', 'astro.config.mjs']);
  if (changed) throw unusable(`${changed} changed after it was built`, rebuild);
  return { siteDir, siteBuildStatus: '', users: 0, remove: async () => {} };
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
