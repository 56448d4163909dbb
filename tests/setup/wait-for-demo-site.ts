// Runs before each test file of the site and browser projects: waits until the demo site that the
// global setup builds in the background is there, or fails the file with the build's own output.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { BuildStatus } from './build-demo-site.ts';

// Both the public and the internal site: a test file may read either.
for (const statusFile of [inject('siteBuildStatus'), inject('internalSiteBuildStatus')]) {
  if (!statusFile) continue;
  while (!existsSync(statusFile)) await sleep(200);
  const status = JSON.parse(readFileSync(statusFile, 'utf8')) as BuildStatus;
  if (!status.ok) throw new Error(`The demo site did not build, so the tests that read it cannot run:\n${status.output.slice(-6000)}`);
}
