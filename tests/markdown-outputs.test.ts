// Text from a pull request inside Markdown: the PR summary (names and file names), and the
// escaping helpers the reports and badge snippets share. Read back with a CommonMark parser (and
// GitHub's table rule for "|"): every value renders as the text it is, never as markup.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as textOf } from 'mdast-util-to-string';
import { afterAll, describe, expect, it } from 'vitest';
import { baseVersion, contentChanges, summaryMarkdown } from '../src/cli/pr-summary.ts';
import { markdownCode, markdownText } from '../src/shared/markdown-escape.ts';
import { editFile, NOW, PROJECT_ROOT } from './helpers/content-fixture.ts';
import { repoWithFeatureBranch } from './helpers/git-repo.ts';
import { nodesOf } from './helpers/markdown-tree.ts';

/** Markup a value could smuggle in: raw HTML (a comment hides the rest), links, images, emphasis, headings, quotes, lists, code blocks. */
const SMUGGLED = new Set([
  'html',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'emphasis',
  'strong',
  'delete',
  'heading',
  'blockquote',
  'list',
  'code',
  'thematicBreak',
  'break',
]);

/** A GitHub table row's cells: split at "|" except where escaped, then "\|" read as "|" (GitHub's rule, even inside code). */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '\\') cell += row[i]! + (row[++i] ?? '');
    else if (row[i] === '|') {
      cells.push(cell.trim().replace(/\\\|/g, '|'));
      cell = '';
    } else cell += row[i];
  }
  return cells;
}

/** A GitHub mention: "@" after the start or a non-word character, then a name. */
const MENTION = /(^|\W)@[a-z0-9]/i;
/** The text GitHub looks for mentions in: text nodes, not code. */
const mentionable = (tree: Nodes) =>
  nodesOf(tree)
    .filter((node) => node.type === 'text')
    .map((node) => textOf(node))
    .join(' ');

describe('markdownText and markdownCode', () => {
  it.each([
    '<!-- the rest is hidden',
    '**approved** by _maintainers_ ~~not~~',
    '[approved](https://evil.example) ![pixel](https://evil.example/p.png) <https://evil.example>',
    '# heading',
    '- item',
    '+ item',
    '> quote',
    '1. numbered',
    '12) numbered',
    '`code` and ``more``',
    'a | b | c',
    'AT&T &lt;b&gt; &#x202e; $x^2$ \\*',
  ])('shows %j as written, as text', (value) => {
    const tree = fromMarkdown(markdownText(value));
    expect(
      nodesOf(tree)
        .map((node) => node.type)
        .filter((type) => SMUGGLED.has(type)),
    ).toEqual([]);
    expect(textOf(tree)).toBe(value);
    const code = fromMarkdown(markdownCode(value));
    expect(nodesOf(code).map((node) => node.type)).toEqual(['root', 'paragraph', 'inlineCode']);
    expect(textOf(code)).toBe(value.replace(/\|/g, '\\|'));
  });

  it('puts a line break and control characters on the line, visibly', () => {
    expect(markdownText('a\nb\u001b[2J\u202ec')).toBe('a\\\\nb\\\\u001b\\[2J\\\\u202ec');
    expect(textOf(fromMarkdown(markdownText('a\nb\u001b[2J')))).toBe('a\\nb\\u001b[2J');
  });

  it('keeps @mentions from pinging anyone, and leaves e-mail addresses alone', () => {
    expect(mentionable(fromMarkdown(markdownText('cc @octocat and @acme/maintainers')))).not.toMatch(MENTION);
    expect(markdownText('ada@numbat.example')).toBe('ada@numbat.example');
  });
});

describe('pull request summary with hostile names and file names', () => {
  const HOSTILE_NAME = '**approved** <!-- [ok](https://evil.example) ![x](https://evil.example/p.png) @octocat | a`b\n## Fake';
  const HOSTILE_FILES = ['partners/a\n| b *c* <!--.yaml', 'logos/@octocat **approved**.svg', 'news/`x` [y](evil.example).md', 'brand/|||.png'];

  let repo = '';
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('shows every name and file name as text, with one table row per problem and nothing that pings', async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'partnerkit-repo-'));
    const content = path.join(repo, 'content');
    await cp(path.join(PROJECT_ROOT, 'content'), content, { recursive: true });
    const git = repoWithFeatureBranch(repo, '.');
    // A field of its own too: the summary names the fields a partner's change touches.
    await editFile(
      content,
      'partners/acorn-ledger.yaml',
      (text) => `${text.replace('name: "Acorn Ledger"', `name: ${JSON.stringify(HOSTILE_NAME)}`)}${JSON.stringify(HOSTILE_NAME)}: 1\n`,
    );
    for (const file of HOSTILE_FILES) await writeFile(path.join(content, file), 'name: x\n');
    git('add', '.');
    git('commit', '-q', '-m', 'hostile');

    const changes = contentChanges('main', content, repo);
    expect(changes.map((c) => c.file).sort()).toEqual(['partners/acorn-ledger.yaml', ...HOSTILE_FILES].sort());
    const markdown = await summaryMarkdown(changes, content, NOW, baseVersion('main', content, repo));

    // The table: the header, its rule, then one row of four cells per problem.
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    const problems = Number(
      /❌ (\d+) errors?, (\d+) warnings?/
        .exec(markdown)!
        .slice(1)
        .reduce((a, b) => String(Number(a) + Number(b))),
    );
    expect(problems).toBeGreaterThanOrEqual(HOSTILE_FILES.length);
    expect(rows).toHaveLength(problems + 2);
    for (const [index, row] of rows.entries()) {
      const cells = tableCells(row);
      expect(cells, row).toHaveLength(4);
      if (index === 1) continue; // the header's rule, | --- |
      for (const cell of cells) {
        const tree = fromMarkdown(cell);
        expect(
          nodesOf(tree)
            .map((node) => node.type)
            .filter((type) => SMUGGLED.has(type)),
          cell,
        ).toEqual([]);
        expect(mentionable(tree)).not.toMatch(MENTION);
      }
    }
    const where = rows.slice(2).map((row) => textOf(fromMarkdown(tableCells(row)[0]!)));
    expect(where.some((cell) => cell.includes(HOSTILE_FILES[0]!.replace('\n', '\\n')))).toBe(true);

    // Everything else: only the summary's own headings, labels and list.
    const rest = fromMarkdown(
      markdown
        .split('\n')
        .filter((line) => !line.startsWith('|'))
        .join('\n'),
    );
    const nodes = nodesOf(rest);
    expect(nodes.filter((node) => node.type === 'heading').map((node) => textOf(node))).toEqual(['Content changes', 'Validation']);
    expect(nodes.filter((node) => node.type === 'strong').map((node) => textOf(node))).toEqual(['Partners added:', 'Partners changed:', 'Other files:']);
    expect(nodes.filter((node) => ['html', 'link', 'image', 'emphasis', 'linkReference', 'imageReference', 'blockquote'].includes(node.type))).toEqual([]);
    expect(nodes.filter((node) => node.type === 'listItem').map((node) => textOf(node))).toEqual(
      HOSTILE_FILES.slice(1)
        .map((file) => `added: ${file.replace(/\|/g, '\\|')}`)
        .sort(),
    );
    const partnerLines = nodes.filter((node) => node.type === 'paragraph' && /^Partners (added|changed):/.test(textOf(node))).map((node) => textOf(node));
    // The name, and the field named like it, both shown as text.
    const shownName = HOSTILE_NAME.replace('\n', '\\n').replace('@', '@\u200b');
    expect(partnerLines).toEqual([
      `Partners added: x (${HOSTILE_FILES[0]!.replace('\n', '\\n').replace(/\|/g, '\\|')})`,
      `Partners changed: ${shownName} (partners/acorn-ledger.yaml: name, ${shownName})`,
    ]);
    expect(mentionable(rest)).not.toMatch(MENTION);
    expect(mentionable(rest)).toContain('@\u200boctocat');
  });
});
