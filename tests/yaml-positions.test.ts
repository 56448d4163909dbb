// Every problem is reported at the exact 1-based line:column of its node, nested fields included.
import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_NODES, parseYamlDocument } from '../src/loader/yaml-document.ts';
import { copyOfDemo, editFile, load, positionOf } from './helpers/content-fixture.ts';

const source = [
  '# yaml-language-server: $schema=x', // 1
  'name: Acme', // 2
  'contacts:', // 3
  '  - name: Bob', // 4
  '    email: "bob@"', // 5
  '  - { name: Eve, email: eve }', // 6
  'tags: [one, two]', // 7
  'anchor: &shared { a: 1 }', // 8
  'alias: *shared', // 9
  'block: |', // 10
  '  text', // 11
].join('\n');

describe('YamlDocument.locate', () => {
  const parsed = parseYamlDocument(source);
  if (!parsed.ok) throw new Error('fixture must parse');
  const document = parsed.document;

  it.each([
    [['name'], 2, 7],
    [['contacts', 0, 'email'], 5, 12],
    [['contacts', 1], 6, 5],
    [['contacts', 1, 'email'], 6, 25],
    [['tags', 1], 7, 13],
    [['alias'], 9, 8],
    [['block'], 10, 8],
  ] as const)('finds %j at %i:%i', (path, line, column) => {
    expect(document.locate(path)).toEqual({ line, column });
  });

  it('points a missing key at the mapping it belongs in', () => {
    expect(document.locate(['contacts', 0, 'visibility'])).toEqual({ line: 4, column: 5 });
    expect(document.locate(['contacts', 1, 'visibility'])).toEqual({ line: 6, column: 5 });
    expect(document.locate(['website'])).toEqual({ line: 2, column: 1 });
  });

  it('points an unknown key at the key itself', () => {
    expect(document.locateKey(['contacts', 0], 'email')).toEqual({ line: 5, column: 5 });
    expect(document.locateKey([], 'tags')).toEqual({ line: 7, column: 1 });
  });

  it('keeps data and positions apart from YAML quirks: dates stay strings', () => {
    const dates = parseYamlDocument('since: 2024-02-03\n');
    expect(dates.ok && dates.document.data).toEqual({ since: '2024-02-03' });
  });

  it('adds the front matter offset to lines', () => {
    const embedded = parseYamlDocument('title: x\nsummary: [\n', { lineOffset: 1 });
    expect(embedded.ok).toBe(false);
    if (!embedded.ok) expect(embedded.problem.line).toBeGreaterThanOrEqual(3);
  });
});

describe('refused YAML', () => {
  it('reports a syntax error where the mistake is, not where js-yaml noticed it', () => {
    expect(parseYamlDocument('name: Acme\ntypes: [a, b\nwebsite: x\n')).toEqual({
      ok: false,
      problem: {
        line: 2,
        column: 8,
        code: 'yaml-syntax',
        message: 'YAML syntax error: a list opened with [ is not closed',
        fix: 'end it with ] on the same line',
      },
    });
    expect(parseYamlDocument('name: Acme\nsummary: "Fast, friendly\nwebsite: x\n')).toEqual({
      ok: false,
      problem: { line: 2, column: 10, code: 'yaml-syntax', message: 'YAML syntax error: a quote is not closed', fix: 'end the text with " on the same line' },
    });
    expect(parseYamlDocument('name: Acme\nsummary: @acme on every platform\n')).toEqual({
      ok: false,
      problem: {
        line: 2,
        column: 10,
        code: 'yaml-syntax',
        message: 'YAML syntax error: a value cannot start with @ unquoted',
        fix: 'put the text in quotes: "@acme on every platform"',
      },
    });
  });

  it('points empty values at their key or dash, and handles quoted keys and old line endings', () => {
    const empty = parseYamlDocument('name: Acme\nsummary:\nservices:\n  - Consulting\n  -\n');
    expect(empty.ok && [empty.document.locate(['summary']), empty.document.locate(['services', 1])]).toEqual([
      { line: 2, column: 1 },
      { line: 5, column: 3 },
    ]);
    const quoted = parseYamlDocument("name: x\n'it''s': 1\n\"r\\x6fle\": 2\n");
    expect(quoted.ok && [quoted.document.locateKey([], "it's"), quoted.document.locateKey([], 'role')]).toEqual([
      { line: 2, column: 1 },
      { line: 3, column: 1 },
    ]);
    const classicMac = parseYamlDocument('a: 1\rb: 2\rc: x\r');
    expect(classicMac.ok && classicMac.document.locate(['c'])).toEqual({ line: 3, column: 4 });
  });

  it('refuses duplicate keys', () => {
    const result = parseYamlDocument('name: A\nname: B\n');
    expect(result).toMatchObject({ ok: false, problem: { line: 2, message: 'YAML syntax error: duplicated mapping key' } });
  });

  it('refuses an alias bomb before expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      levels.push(
        `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10)
          .fill(`*${'abcdefgh'[i - 1]}`)
          .join(', ')}]`,
      );
    const result = parseYamlDocument(levels.join('\n'));
    expect(result).toMatchObject({ ok: false, problem: { message: `aliases expand this file to more than ${MAX_EXPANDED_NODES} values` } });
  });

  it('refuses oversized files and several documents in one file', () => {
    expect(parseYamlDocument(`summary: "${'x'.repeat(600 * 1024)}"`)).toMatchObject({ ok: false, problem: { line: 1, column: 1 } });
    expect(parseYamlDocument('a: 1\n---\nb: 2\n')).toMatchObject({ ok: false, problem: { line: 2, message: 'the file holds more than one YAML document' } });
  });

  it('refuses custom tags such as !!js/function', () => {
    expect(parseYamlDocument('name: !!js/function "function () { return 1 }"\n')).toMatchObject({ ok: false, problem: { line: 1 } });
  });
});

describe('positions through the whole loader', () => {
  it('reports nested list and flow-style errors at their node, every one in one run', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'program.yaml', (t) =>
      t
        .replace('measure: { activity: case-study, count: 4, per: year }', 'measure: { activity: case-stdy, count: 4, per: yearly }')
        .replace('    - { id: retail, name: Retail }', '    - { id: retail, name: Retail, icon: cart }'),
    );
    const { problems } = await load(root);
    const inProgram = problems.filter((problem) => problem.file.endsWith('program.yaml'));
    expect(inProgram.map(({ line, column, path, message }) => ({ line, column, path, message }))).toEqual([
      // program.yaml has schema errors, and its cross-references are still checked.
      {
        ...positionOf(text, 'case-stdy'),
        path: 'tiers[platinum].requirements[0].measure.activity',
        message: '"case-stdy" is not an activity type of this program',
      },
      { ...positionOf(text, 'yearly'), path: 'tiers[platinum].requirements[0].measure.per', message: '"yearly" is not one of quarter, half-year, year' },
      { ...positionOf(text, 'icon: cart'), path: 'vocabularies.industries[retail].icon', message: 'unknown field "icon"' },
    ]);
  });
});
