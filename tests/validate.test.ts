// The validate command as a maintainer meets it: the demo is clean, and ten planted mistakes in
// five files are all reported, each at its own line:column, in one run.
import { describe, expect, it } from 'vitest';
import { copyOfDemo, DEMO_CONTENT, validateCli } from './helpers/content-fixture.ts';
import { plantTenMistakes } from './helpers/planted-mistakes.ts';

describe('npm run validate on the demo', () => {
  it('prints a clean summary and exits 0', () => {
    const result = validateCli(['--content', DEMO_CONTENT]);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\d+ files checked, 0 errors, 0 warnings$/);
    expect(result.code).toBe(0);
  });

  it('explains bad options and a bad PARTNERKIT_NOW instead of crashing', () => {
    const badFormat = validateCli(['--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('unknown --format "xml" → use one of: text, github, json');
    const badDate = validateCli([], { PARTNERKIT_NOW: '21/11/2026' });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('PARTNERKIT_NOW="21/11/2026" is not a date → set it as YYYY-MM-DD');
    expect(badDate.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('validate with ten planted mistakes', () => {
  it('reports all ten, each at its line:column, and exits 1', async () => {
    const root = await copyOfDemo();
    const expected = await plantTenMistakes(root);
    const result = validateCli(['--content', root]);
    const lines = result.stdout.trim().split('\n');
    const problemLines = lines.filter((line) => / (error|warning) /.test(line));

    for (const mistake of expected) {
      const where = `${mistake.file}:${mistake.line}:${mistake.column} error `;
      const match = problemLines.find((line) => line.includes(where) && line.includes(mistake.text));
      expect(match, `expected a line with "${where}" and "${mistake.text}" in:\n${result.stdout}`).toBeDefined();
    }
    expect(problemLines).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^\d+ files checked, 10 errors, 0 warnings$/);
    expect(result.code).toBe(1);
  });

  it('prints GitHub annotations and JSON with the same problems', async () => {
    const root = await copyOfDemo();
    const expected = await plantTenMistakes(root);
    const github = validateCli(['--content', root, '--format', 'github']);
    const annotations = github.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(10);
    expect(annotations.find((line) => line.includes('brightwave-studio.yaml'))).toMatch(
      /^::error file=.*partners\/brightwave-studio\.yaml,line=\d+,col=\d+,title=partners\/brightwave-studio › tier::/,
    );
    expect(github.code).toBe(1);

    const json = validateCli(['--content', root, '--format', 'json']);
    const problems = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(problems).toHaveLength(10);
    expect(Object.keys(problems[0]!).sort()).toEqual(['code', 'column', 'entry', 'file', 'fix', 'line', 'message', 'path', 'severity']);
    const email = problems.find((problem) => problem.path === 'contacts[0].email');
    const planted = expected.find((mistake) => mistake.text.startsWith('contacts[0].email'))!;
    expect(email).toMatchObject({
      line: planted.line,
      column: planted.column,
      severity: 'error',
      message: '"bob@" is not an email address',
      fix: 'write it as name@example.com',
    });
    expect(json.code).toBe(1);
  });

  it('uses GitHub annotations by default inside GitHub Actions', async () => {
    const root = await copyOfDemo();
    await plantTenMistakes(root);
    const result = validateCli(['--content', root], { GITHUB_ACTIONS: 'true' });
    expect(result.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(10);
  });

  it('reads the content folder from PARTNERKIT_CONTENT', async () => {
    const root = await copyOfDemo();
    await plantTenMistakes(root);
    const result = validateCli([], { PARTNERKIT_CONTENT: root });
    expect(result.stdout).toMatch(/10 errors/);
    expect(result.code).toBe(1);
  });
});
