// Every command, given hostile text (in an option, an answer, an issue body, a file name, a
// field), prints no byte that drives a terminal or hides text: no ESC (so no CSI or OSC
// sequence), no carriage return, no bell, no C1 control, no bidi or zero-width character. The
// text is shown instead, as escapes, on the line it belongs to.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../src/cli/print-problems.ts';
import { type CliRun, copyOfDemo, editFile, NOW, PROJECT_ROOT, run } from './helpers/content-fixture.ts';
import { writeScenario } from './helpers/scenario.ts';

/** Clears the screen, writes "evil" to the clipboard (OSC 52), returns to the line start and forges a line, reverses text, hides a character, and starts a C1 CSI. */
const HOSTILE = '\u001b[2J\u001b]52;c;ZXZpbA==\u0007\r\n✓ valid\u202egnp.exe\u200b\u009b31m';
/** How HOSTILE must be shown: every hidden character as its escape, on one line. */
const SHOWN = '\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\r\\n✓ valid\\u202egnp.exe\\u200b\\u009b31m';
/** Written independently of the code under test: C0 controls but tab and line feed, DEL, C1, and the bidi, zero-width and BOM format characters. */
const DRIVES_OR_HIDES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

type Printed = CliRun;

const command = (script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Printed =>
  run([`src/cli/${script}`, ...args], options.env, PROJECT_ROOT, options.input);

/** Nothing in the output drives a terminal or hides text, and no forged line starts with the fake "✓ valid". */
function expectInert(printed: Printed) {
  for (const stream of ['stdout', 'stderr'] as const) {
    const text = printed[stream];
    expect(text, `${stream}:\n${JSON.stringify(text)}`).not.toMatch(DRIVES_OR_HIDES);
    expect(text, stream).not.toMatch(/^✓ valid/m);
  }
}

describe('every command', () => {
  it.each([
    'validate.ts',
    'report.ts',
    'audit.ts',
    'from-issue.ts',
    'new-partner.ts',
    'pr-summary.ts',
    'api-contract.ts',
    'issue-form.ts',
    'generate-json-schemas.ts',
  ])('%s shows a hostile unknown option, and drives nothing', (script) => {
    const printed = command(script, [`--${HOSTILE}`]);
    expect(printed.code).toBe(2);
    expectInert(printed);
    // The option's name ends at its first "=".
    expect(printed.stderr).toContain(`Unknown option '--${SHOWN.split('=')[0]}'`);
  });

  it.each(['validate.ts', 'report.ts', 'audit.ts', 'from-issue.ts', 'new-partner.ts', 'pr-summary.ts'])('%s shows a hostile PARTNERKIT_NOW', (script) => {
    const printed = command(script, [], { env: { PARTNERKIT_NOW: HOSTILE } });
    expect(printed.code).toBe(2);
    expectInert(printed);
    expect(printed.stderr).toContain(SHOWN);
  });
});

describe('validate', () => {
  it.each(['text', 'github', 'json'])('in %s format, shows a hostile file name and a hostile field name', async (format) => {
    const root = await copyOfDemo();
    await writeFile(path.join(root, 'partners', `${HOSTILE}.yaml`), 'name: x\n');
    await editFile(root, 'partners/acorn-ledger.yaml', (text) => `${text}"\\e]52;c;ZXZpbA==\\a\\r\\n✓ valid\\u202e": 1\n`);
    const printed = command('validate.ts', ['--content', root, '--format', format]);
    expect(printed.code).toBe(1);
    expectInert(printed);
    if (format === 'json') {
      // JSON escapes are JSON: the file name and the field read back exactly as they are.
      const problems = JSON.parse(printed.stdout) as Array<{ file: string; path: string }>;
      expect(problems.map((p) => p.file)).toContain(path.join(root, 'partners', `${HOSTILE}.yaml`));
      expect(problems.map((p) => p.path)).toContain('\u001b]52;c;ZXZpbA==\u0007\r\n✓ valid\u202e');
    } else {
      expect(printed.stdout).toContain(`partners/${SHOWN}.yaml`);
      expect(printed.stdout).toContain('unknown field "\\u001b]52;c;ZXZpbA==\\u0007\\r\\n✓ valid\\u202e"');
    }
  });
});

describe('GitHub annotations', () => {
  /** A workflow command as GitHub reads it: properties split at ",", each at its first "=", then %25 %0D %0A %3A %2C decoded. */
  function readAnnotation(line: string) {
    const [, severity, properties, message] = /^::(\w+) (.*?)::(.*)$/.exec(line)!;
    const decode = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const property = (pair: string) => [pair.slice(0, pair.indexOf('=')), decode(pair.slice(pair.indexOf('=') + 1))];
    return { severity, properties: Object.fromEntries(properties!.split(',').map(property)), message: decode(message!) };
  }

  it('keep each value in its property, on one line, and a "%0A" in a value as text', () => {
    const file = 'content/partners/a,line=1,title=fake::x%0A::error file=y.yaml\n.yaml';
    const line = formatGithub({
      file,
      line: 3,
      column: 7,
      entry: 'partners/a',
      path: 'na:me,',
      severity: 'error',
      code: 'unknown-value',
      message: `"${HOSTILE}" 100% %0A::warning::forged`,
      fix: 'fix it',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(DRIVES_OR_HIDES);
    expect(readAnnotation(line)).toEqual({
      severity: 'error',
      properties: { file: file.replace('\n', '\\n'), line: '3', col: '7', title: 'partners/a › na:me,' },
      message: `"${SHOWN}" 100% %0A::warning::forged → fix it`,
    });
  });
});

describe('the commands that read content', () => {
  it('report shows a hostile --partner', () => {
    const printed = command('report.ts', ['--partner', HOSTILE]);
    expect(printed.code).toBe(2);
    expectInert(printed);
    expect(printed.stderr).toContain(`no active partner "${SHOWN}"`);
  });

  // The loader may refuse these names (then the command prints its problems) or accept them (then
  // the report or audit shows them): either way, nothing hidden reaches the terminal.
  it.each([
    ['report.ts', 'table'],
    ['report.ts', 'md'],
    ['report.ts', 'json'],
    ['audit.ts', 'table'],
    ['audit.ts', 'md'],
  ])('%s --format %s prints nothing hidden from names in the content, whether it accepts them or not', async (script, format) => {
    const root = await copyOfDemo();
    // A YAML double-quoted string, every character beyond ASCII as an escape.
    const yaml = JSON.stringify(HOSTILE).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    await editFile(root, 'program.yaml', (text) => text.replace(/^name: .*$/m, `name: ${yaml}`).replace('- name: Partner newsletter', `- name: ${yaml}`));
    await editFile(root, 'partners/acorn-ledger.yaml', (text) => text.replace(/^name: .*$/m, `name: ${yaml}`));
    const printed = command(script, ['--content', root, '--format', format]);
    expect([0, 1]).toContain(printed.code);
    expectInert(printed);
    // Accepted, the JSON reads back; refused, the problems go to stderr and nothing half-made to stdout.
    if (format === 'json' && printed.code === 0) JSON.parse(printed.stdout);
    if (printed.code === 1) {
      expect(printed.stdout).toBe('');
      expect(printed.stderr).toMatch(/program\.yaml:\d+:\d+/);
    }
  });

  it('audit shows a hostile --format', () => {
    const printed = command('audit.ts', ['--format', HOSTILE]);
    expect(printed.code).toBe(2);
    expectInert(printed);
    expect(printed.stderr).toContain(SHOWN);
  });

  it('pr-summary shows a hostile --base', () => {
    const printed = command('pr-summary.ts', ['--base', HOSTILE]);
    expect(printed.code).toBe(2);
    expectInert(printed);
    expect(printed.stderr).toContain(`cannot compare with ${SHOWN}`);
  });
});

describe('the commands that write a partner file', () => {
  it('from-issue shows hostile answers and a hostile logo link from an issue body', async () => {
    const root = await copyOfDemo();
    const body = `### Company name\n\nQuoll${HOSTILE}\n\n### Tier you apply for\n\nGold${HOSTILE}\n\n### Logo\n\n![logo](https://files.example/${HOSTILE.replace(/\s/g, '')}.svg)\n`;
    const printed = command('from-issue.ts', ['--content', root], { input: body });
    expectInert(printed);
    // The parser reads CR LF as a line break.
    expect(printed.stderr).toContain(`"Tier you apply for": Gold${SHOWN.replace('\\r\\n', '\\n')} is not an option of this program`);
    expect(printed.stdout).toContain('Download the logo from https://files.example/\\u001b[2J');
  });

  it('from-issue shows a hostile --body file name it cannot read', () => {
    const printed = command('from-issue.ts', ['--body', HOSTILE]);
    expect(printed.code).toBe(2);
    expectInert(printed);
    expect(printed.stderr).toContain(`cannot read --body ${SHOWN}`);
  });

  it('new:partner shows a hostile option value, and echoes a hostile piped answer on one line', async () => {
    const root = await copyOfDemo();
    const refused = command('new-partner.ts', ['--content', root, '--yes', '--name', 'Quoll Works', '--tier', HOSTILE]);
    expect(refused.code).toBe(2);
    expectInert(refused);
    expect(refused.stderr).toContain(`--tier: "${SHOWN}" is not a tier`);
    // The country, languages and year are quoted back in validate's words, as inert.
    for (const option of ['--headquarters', '--languages', '--founded']) {
      const quoted = command('new-partner.ts', ['--content', root, '--yes', '--name', 'Quoll Works', option, HOSTILE]);
      expect(quoted.code).toBe(2);
      expectInert(quoted);
      expect(quoted.stderr).toContain(`${option}: `);
    }
    const asked = command('new-partner.ts', ['--content', root, '--name', 'Quoll Works'], { input: `${HOSTILE.replace(/[\r\n]/g, '')}\n` });
    expectInert(asked);
    expect(asked.stdout).toContain('\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007✓ valid\\u202egnp.exe\\u200b\\u009b31m');
  });
});

describe('a reader that stops early', () => {
  it('closes the pipe: the rest of the output is dropped, with no EPIPE stack trace', async () => {
    // 150 partners make a report larger than a pipe holds (64 kB on Linux): the command is still writing when head exits.
    const root = await writeScenario({ partners: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`partner-${i}`, {}])) });
    expect(command('report.ts', ['--content', root, '--format', 'json']).stdout.length).toBeGreaterThan(2 * 65_536);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" src/cli/report.ts --content "${root}" --format json | head -c 1`], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PARTNERKIT_NOW: NOW },
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('{');
    expect(result.stderr).toBe('');
  });
});
