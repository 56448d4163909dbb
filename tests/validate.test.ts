// The validate command as a maintainer meets it: the demo is clean, and ten planted mistakes in
// five files are all reported, each at its own line:column, in one run.
import { describe, expect, it } from 'vitest';
import { copyOfDemo, DEMO_CONTENT, editFile, positionOf, validateCli } from './helpers/content-fixture.ts';

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

/** Ten different mistakes spread over five files; returns what each should be reported as. */
export async function plantTenMistakes(root: string) {
  const expected: Array<{ file: string; line: number; column: number; text: string }> = [];
  const expect_ = (file: string, text: string, body: string, needle: string, from = 0) =>
    expected.push({ file, text, ...positionOf(body, needle, from) });

  // 1-3: partners/acorn-ledger.yaml — unknown key, nested wrong type, javascript: link.
  let body = await editFile(root, 'partners/acorn-ledger.yaml', (text) =>
    text
      .replace('since: 2024-09-15', 'since: 2024-09-15\nwebiste: https://acorn-ledger.example')
      .replace('    role: Partnerships lead', '    role: [Partnerships, lead]')
      .replace('url: https://docs.acorn-ledger.example', 'url: "javascript:alert(document.cookie)"'),
  );
  expect_('partners/acorn-ledger.yaml', 'unknown field "webiste" → did you mean "website"?', body, 'webiste');
  expect_('partners/acorn-ledger.yaml', 'contacts[0].role: "role" should be text, not a list', body, '[Partnerships');
  expect_('partners/acorn-ledger.yaml', 'links[0].url: "javascript:alert(document.cookie)" is not a web link: only http and https links are allowed', body, '"javascript:');

  // 4-6: partners/brightwave-studio.yaml — unknown tier, bad email, impossible date.
  body = await editFile(root, 'partners/brightwave-studio.yaml', (text) =>
    text
      .replace(/^tier: \w+/m, 'tier: platnum')
      .replace('email: partners@brightwave-studio.example', 'email: "bob@"')
      .replace(/^since: .*/m, 'since: 2025-13-01'),
  );
  expect_('partners/brightwave-studio.yaml', 'tier: "platnum" is not a tier of this program → did you mean "platinum"?', body, 'platnum');
  expect_('partners/brightwave-studio.yaml', 'contacts[0].email: "bob@" is not an email address → write it as name@example.com', body, '"bob@"');
  expect_('partners/brightwave-studio.yaml', 'since: "2025-13-01" is not a date → write dates as YYYY-MM-DD', body, '2025-13-01');

  // 7: partners/cobalt-harbor.yaml — a YAML syntax error (the rest of the run goes on).
  body = await editFile(root, 'partners/cobalt-harbor.yaml', (text) => text.replace(/^website: /m, 'website:: : '));
  // js-yaml stops at the second colon, where the mapping entry goes wrong.
  expect_('partners/cobalt-harbor.yaml', 'YAML syntax error: bad indentation of a mapping entry', body, ': https://cobalt');

  // 8: an unsafe SVG logo.
  body = await editFile(root, 'logos/fennel-labs.svg', (text) => text.replace('</svg>', '  <script>fetch("https://evil.example")</script>\n</svg>'));
  expect_('logos/fennel-labs.svg', '<script> is not allowed in a logo → remove the <script>: logos cannot run code', body, '<script>');

  // 9-10: a case study with an MDX import and an expression.
  body = await editFile(root, 'case-studies/one-view-of-every-shipment.mdx', (text) =>
    text.replace('## The challenge', "import Secret from '../../src/secret.ts'\n\n## The challenge").replace('Data lived in', 'Data lived in {process.env.HOME}'),
  );
  expect_('case-studies/one-view-of-every-shipment.mdx', 'import and export statements are not allowed', body, 'import Secret');
  expect_('case-studies/one-view-of-every-shipment.mdx', '{expressions} are not allowed', body, '{process');
  return expected;
}

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
    expect(annotations.find((line) => line.includes('brightwave-studio.yaml'))).toMatch(/^::error file=.*partners\/brightwave-studio\.yaml,line=\d+,col=\d+,title=partners\/brightwave-studio › tier::/);
    expect(github.code).toBe(1);

    const json = validateCli(['--content', root, '--format', 'json']);
    const problems = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(problems).toHaveLength(10);
    expect(Object.keys(problems[0]!).sort()).toEqual(['column', 'entry', 'file', 'fix', 'line', 'message', 'path', 'severity']);
    const email = problems.find((problem) => problem.path === 'contacts[0].email');
    const planted = expected.find((mistake) => mistake.text.startsWith('contacts[0].email'))!;
    expect(email).toMatchObject({ line: planted.line, column: planted.column, severity: 'error', message: '"bob@" is not an email address', fix: 'write it as name@example.com' });
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
