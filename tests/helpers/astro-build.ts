// `astro build` of a content folder into a new folder (removed after the test file), for tests
// that build a small scenario or a broken copy of the demo. One build at a time per checkout:
// builds share .astro/ and Astro's content store, so two at once could mix their content.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll } from 'vitest';
import { type CliRun, PROJECT_ROOT, run } from './content-fixture.ts';

const ASTRO = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const LOCK = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'partnerkit', 'astro-build.lock');
/** A lock older than this was left behind, whoever holds it. */
const STALE_LOCK_MS = 10 * 60_000;

const outDirs: string[] = [];
afterAll(() => Promise.all(outDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** Whether the process that took the lock has gone (killed mid-build), or the lock is very old. */
async function abandoned(): Promise<boolean> {
  const owner = Number(await readFile(path.join(LOCK, 'pid'), 'utf8').catch(() => ''));
  if (owner > 0) {
    try {
      process.kill(owner, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
  }
  const age = await stat(LOCK).then(
    (info) => Date.now() - info.mtimeMs,
    () => 0,
  );
  return age > STALE_LOCK_MS;
}

async function withBuildLock<T>(build: () => T): Promise<T> {
  await mkdir(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (await abandoned()) await rm(LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    return build();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Builds `content` with `astro build` (as of NOW unless env says otherwise); the site is in `outDir`. */
export async function astroBuild(content: string, env: Record<string, string> = {}): Promise<CliRun & { outDir: string }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'partnerkit-dist-'));
  outDirs.push(outDir);
  await rm(outDir, { recursive: true });
  return { outDir, ...(await withBuildLock(() => run([ASTRO, 'build', '--outDir', outDir], { PARTNERKIT_CONTENT: content, ...env }))) };
}
