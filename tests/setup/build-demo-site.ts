// Builds the demo site once for every test file that needs it: astro build with a fixed date into
// a temporary folder, then the Pagefind index, exactly as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const NOW = '2026-11-21';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

export default async function buildDemoSite(project: TestProject) {
  const siteDir = await mkdtemp(path.join(tmpdir(), 'partnerkit-site-'));
  await rm(siteDir, { recursive: true });
  const env = { PARTNERKIT_NOW: NOW, PARTNERKIT_CONTENT: path.join(ROOT, 'content') };
  run([path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', siteDir], env);
  run([path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', siteDir], env);
  project.provide('siteDir', siteDir);
  return () => rm(siteDir, { recursive: true, force: true });
}
