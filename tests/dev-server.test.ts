// `astro dev` hands pages the model the Partnerkit integration builds, and builds it again when a
// file in the content folder changes: an edit shows on the next request, a mistake shows as
// validate prints it, and fixing it brings the page back, all without restarting the server.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { copyOfDemo, editFile, NOW, PROJECT_ROOT, validateCli } from './helpers/content-fixture.ts';

const ASTRO = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.kill();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function devServer(content: string) {
  const port = await freePort();
  // Astro serves no pages when it believes it runs inside Vitest: the server gets a plain environment.
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...environment, PARTNERKIT_CONTENT: content, PARTNERKIT_NOW: NOW, NO_COLOR: '1' },
  });
  servers.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const get = async (sitePath: string) => {
    const response = await fetch(`http://127.0.0.1:${port}${sitePath}`);
    return { status: response.status, text: await response.text() };
  };
  return { get, output: () => output };
}

/** Polls until `check` holds, so the test waits for the file watcher without fixed sleeps. */
async function eventually(check: () => Promise<boolean>, what: string, output: () => string, seconds = 30): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting until ${what}; the server printed:\n${output()}`);
}

const heading = (html: string) => /<h1[^>]*>([^<]*)</.exec(html)?.[1];

describe('astro dev', () => {
  it('shows content edits on the next request, and content errors as validate prints them until they are fixed', async () => {
    const root = await copyOfDemo();
    const server = await devServer(root);
    const profile = routes.partner('acorn-ledger');
    await eventually(async () => (await server.get(profile)).status === 200, 'the dev server answers', server.output, 60);
    expect(heading((await server.get(profile)).text)).toBe('Acorn Ledger');

    // An edit reaches the page, the directory and the API: they share the one model.
    await editFile(root, 'partners/acorn-ledger.yaml', (text) => text.replace('name: "Acorn Ledger"', 'name: "Acorn Ledger Renamed"'));
    await eventually(async () => heading((await server.get(profile)).text) === 'Acorn Ledger Renamed', 'the profile shows the new name', server.output);
    expect((await server.get(routes.directory)).text).toContain('Acorn Ledger Renamed');
    expect(JSON.parse((await server.get(routes.apiV1('partner', 'acorn-ledger'))).text)).toMatchObject({ name: 'Acorn Ledger Renamed' });

    // A mistake: the page fails, and the server prints the problem exactly as validate does.
    await editFile(root, 'partners/acorn-ledger.yaml', (text) => text.replace('tier: platinum', 'tier: platinumx'));
    const validateLines = validateCli([], { PARTNERKIT_CONTENT: root })
      .stdout.split('\n')
      .filter((line) => line.includes(' error '));
    expect(validateLines).toHaveLength(1);
    await eventually(async () => (await server.get(profile)).status === 500, 'the profile fails', server.output);
    expect(server.output()).toContain(validateLines[0]);

    // Fixed: the page comes back, without a restart.
    await editFile(root, 'partners/acorn-ledger.yaml', (text) => text.replace('tier: platinumx', 'tier: platinum'));
    await eventually(async () => (await server.get(profile)).status === 200, 'the profile is back', server.output);
    expect(heading((await server.get(profile)).text)).toBe('Acorn Ledger Renamed');
  }, 120_000);
});
