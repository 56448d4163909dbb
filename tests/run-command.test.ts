// Every command starts and ends the same way (src/cli/run-command.ts): --help, content with
// errors, a user's mistake and a bug each end as the user should see them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfDemo, editFile, PROJECT_ROOT, positionOf, run } from './helpers/content-fixture.ts';

const STACK_TRACE = /\n\s+at /;

// The commands as package.json runs them, read from it rather than listed again here.
const scripts = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
const commands = Object.entries(scripts).flatMap(([name, script]) => {
  // Each is preceded by the compile-cache preload (src/cli/compile-cache.ts).
  const file = /^node --import \.\/src\/cli\/compile-cache\.ts (src\/cli\/[\w-]+\.ts)$/.exec(script)?.[1];
  return file ? [[name, file] as const] : [];
});

describe('every command', () => {
  it('is run by package.json from src/cli', () => {
    expect(commands.map(([name]) => name).sort()).toEqual([
      'api:contract',
      'audit',
      'from-issue',
      'issue-form',
      'keygen',
      'migrate',
      'new:app',
      'new:partner',
      'report',
      'schemas',
      'validate',
    ]);
  });

  it.each([...commands, ['pr-summary', 'src/cli/pr-summary.ts'] as const])('%s prints its usage for --help and exits 0', (_, file) => {
    const result = run([file, '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: /);
    expect(run([file, '-h']).stdout).toBe(result.stdout);
  });
});

describe('a command that needs valid content', () => {
  it.each([['audit'], ['report']])('%s lists the problems as validate does, exit 1', async (command) => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('website: https://acorn-ledger.example', 'website: acorn-ledger.example'));
    const at = positionOf(text, 'acorn-ledger.example');
    const result = run([`src/cli/${command}.ts`, '--content', root]);
    // The copy is outside the project, so its files are shown by their whole path.
    const file = path.join(root, 'partners/acorn-ledger.yaml');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `${file}:${at.line}:${at.column} error partners/acorn-ledger › website: "acorn-ledger.example" is not a full web link → write the whole link, starting with https://, e.g. https://example.com/page`,
      '',
      expect.stringMatching(/^\d+ files checked, 1 error, 0 warnings$/),
      `${command} needs valid content: fix the errors above (npm run validate shows the same list).`,
      '',
    ]);
  });
});

describe('how a command stops', () => {
  const slip = (args: string[]) => run(['tests/fixtures/commands/slipping-command.ts', ...args]);

  it("on a user's mistake: one line, exit 2, no stack trace", () => {
    expect(slip(['--mistake'])).toMatchObject({ code: 2, stdout: '', stderr: 'slip: --mistake was given → leave it out\n' });
  });

  it("on a value outside an option's choices: one line naming them, exit 2", () => {
    expect(run(['src/cli/audit.ts', '--format', 'pdf'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'audit: unknown --format "pdf" → use one of: table, md\n',
    });
  });

  it('on a bug: says it is one, with the stack trace a maintainer needs, exit 1', () => {
    const result = slip([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const [first, ...rest] = result.stderr.split('\n');
    expect(first).toBe(
      'slip stopped on an unexpected error: a bug in Partnerkit, not in what you typed or wrote → please report it with the command and the lines below.',
    );
    expect(rest[0]).toMatch(/^TypeError: /);
    expect(result.stderr).toMatch(STACK_TRACE);
    expect(result.stderr).toContain('slipping-command.ts');
  });
});
