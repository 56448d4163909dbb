// Test fixtures: a private copy of the demo content to plant mistakes in, and a way to run the CLI.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { type LoadResult, loadContent } from '../../src/loader/load-content.ts';
import { NOW } from './build-date.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DEMO_CONTENT = path.join(PROJECT_ROOT, 'content');
export { NOW };

const created: string[] = [];
afterAll(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A writable copy of the demo content, removed after the test file. */
export async function copyOfDemo(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'partnerkit-content-'));
  created.push(dir);
  await cp(DEMO_CONTENT, dir, { recursive: true });
  return dir;
}

export async function editFile(root: string, relative: string, change: (text: string) => string): Promise<string> {
  const file = path.join(root, relative);
  const before = await readFile(file, 'utf8');
  const after = change(before);
  // A planted mistake that changes nothing would make its test pass for the wrong reason.
  if (after === before) throw new Error(`fixture edit changed nothing in ${relative}`);
  await writeFile(file, after);
  return after;
}

export const readContentFile = (root: string, relative: string) => readFile(path.join(root, relative), 'utf8');

export async function writeContentFile(root: string, relative: string, text: string | Buffer): Promise<void> {
  await writeFile(path.join(root, relative), text);
}

export function load(root: string, today = NOW): Promise<LoadResult> {
  return loadContent(root, { today, projectRoot: PROJECT_ROOT });
}

/** 1-based line:column of the first occurrence of `needle` in `text` (computed independently of the loader). */
export function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a project command (node script or a node_modules/.bin tool) with the same Node as the tests; `input` is its standard input. */
export function run(command: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT, input = ''): CliRun {
  const result = spawnSync(process.execPath, command, {
    cwd,
    env: { ...process.env, PARTNERKIT_NOW: NOW, NO_COLOR: '1', GITHUB_ACTIONS: '', ...env },
    encoding: 'utf8',
    input,
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const validateCli = (args: string[], env: Record<string, string> = {}) => run(['src/cli/validate.ts', ...args], env);
