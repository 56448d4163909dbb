// Mistakes and attacks found by reviewing the validator, each pinned so it stays fixed.
import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { closest } from '../src/loader/did-you-mean.ts';
import { formatText } from '../src/loader/format-problems.ts';
import type { Problem } from '../src/loader/problem.ts';
import { copyOfDemo, editFile, load, validateCli, writeContentFile } from './helpers/content-fixture.ts';

const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.severity} ${p.path ? `${p.path}: ` : ''}${p.message} → ${p.fix}`);

describe('front matter is split exactly as Astro splits it', () => {
  it('finds an expression hidden after a "---" line that Astro reads as the end of the front matter', async () => {
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'news/smuggle.mdx',
      '---\n--- # front matter\ntitle: Hello {globalThis.process.exit(7)}\nsummary: A normal post.\npublished: 2026-08-01\n---\n\nNothing to see.\n',
    );
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(brief(problems)).toEqual([
      'news/smuggle.mdx:1:1 error the front matter is empty → write title, summary and published (and the other fields) between the two "---" lines',
      'news/smuggle.mdx:2:4 error text after the closing "---" is read as the body: "# front matter" → put "---" alone on its line',
      'news/smuggle.mdx:3:14 error {expressions} are not allowed → write the text itself; to show a literal brace write \\{',
    ]);
  });

  it('refuses TOML front matter, which our YAML check would not read as Astro does', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'news/toml.md', '+++\ntitle = "x"\n+++\n\nBody\n');
    expect(brief((await load(root)).problems)[0]).toMatch(/^news\/toml\.md:1:1 error the front matter is TOML/);
  });
});

describe('one broken file does not switch other checks off', () => {
  it('checks partners against program.yaml even when program.yaml has an error', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'program.yaml', (t) => t.replace('name: Quillstack Partner Network', 'name: Quillstack Partner Network\nextraKey: 1'));
    await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('tier: platinum', 'tier: platnum'));
    const messages = (await load(root)).problems.map((p) => p.message);
    expect(messages).toEqual(['"platnum" is not a tier of this program', 'unknown field "extraKey"']);
  });

  it('checks brand asset files even when brand.yaml has an error', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'brand/brand.yaml', (t) => t.replace('theme: light', 'theme: lite'));
    await editFile(root, 'brand/mark-dark.svg', (t) => t.replace('</svg>', '<script>alert(1)</script></svg>'));
    const messages = (await load(root)).problems.map((p) => `${p.file.split('/').slice(-2).join('/')} ${p.message}`);
    expect(messages).toEqual(['brand/brand.yaml "lite" is not one of light, dark, any', 'brand/mark-dark.svg <script> is not allowed in a logo']);
  });

  it('reports a value once: an id that is not kebab-case is not also an unknown tier', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t.replace('tier: platinum', 'tier: Platinum').replace('logo: logos/acorn-ledger.svg', 'logo: "logos/Acorn Ledger.svg"'),
    );
    expect((await load(root)).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'tier: "Platinum" is not a valid id',
      'logo: "logos/Acorn Ledger.svg" is not a file path inside the content folder',
    ]);
  });
});

describe('files are never skipped without a word', () => {
  it('warns about top-level entries Partnerkit does not read, with a suggestion', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'partner'));
    await writeContentFile(root, 'partner/new-co.yaml', 'name: x\n');
    await writeContentFile(root, 'brand/brand.yml', 'assets: []\n');
    const { problems, content } = await load(root);
    expect(brief(problems)).toEqual([
      'brand/brand.yml:1:1 warning "brand.yml" is not read → name the brand file brand.yaml',
      expect.stringMatching(/\/partner:1:1 warning Partnerkit does not read "partner" → did you mean "partners"\?$/),
    ]);
    expect(content).toBeDefined();
  });

  it('refuses a collection folder that is a symbolic link', async () => {
    const root = await copyOfDemo();
    await rm(path.join(root, 'news'), { recursive: true });
    await symlink(path.join(root, 'case-studies'), path.join(root, 'news'));
    expect((await load(root)).problems.map((p) => p.message)).toContain('symbolic links are not allowed in the content folder');
  });

  it('refuses text that is not UTF-8, at the first bad byte', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'partners/acorn-ledger.yaml', Buffer.concat([Buffer.from('# s\nname: Caf'), Buffer.from([0xe9]), Buffer.from(' Co\n')]));
    expect(brief((await load(root)).problems)).toContain(
      'partners/acorn-ledger.yaml:2:10 error the file is not UTF-8 text → save it with UTF-8 encoding (most editors offer this under "Save with encoding")',
    );
  });

  it('says so when the content folder does not exist', () => {
    const result = validateCli(['--content', '/nonexistent/content']);
    expect(result.stdout).toContain('the content folder /nonexistent/content does not exist');
    expect(result.code).toBe(1);
  });
});

describe('messages that say what to do', () => {
  it('explains a file that is a list, list items by their list, merge keys and impossible dates', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'activity/acorn-ledger.yaml', '# yaml-language-server: $schema=../../schemas/json/activity.schema.json\n- a\n- b\n');
    await editFile(root, 'partners/brightwave-studio.yaml', (t) =>
      t.replace(/^services:\n/m, 'services:\n  - [nested]\n').replace(/^since: .*$/m, 'since: 2026-02-30\n<<: {}'),
    );
    const problems = brief((await load(root)).problems).map((line) => line.replace(/^\S+ /, ''));
    expect(problems).toEqual([
      'error the file should hold "field: value" lines, not a list → write one field per line, e.g. "name: Acme"; the README has a full example',
      'error services[0]: "services item" should be text, not a list → write the item as text, on its own line after "- "',
      'error since: "2026-02-30" is not a day of the calendar → check the month (01–12) and the day of the month',
      'error <<: YAML merge keys (<<) are not supported → write the fields out in full',
    ]);
  });

  it('reports an impossible certification or review date once, instead of crashing', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t
        .replace('    earned: 2025-01-10', '    earned: 2025-13-10')
        .replace(/^reviewed: .*\n/m, '')
        .replace(/^since: .*$/m, 'since: 2024-02-30'),
    );
    expect((await load(root)).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'certifications[api-developer].earned: "2025-13-10" is not a day of the calendar',
      'since: "2024-02-30" is not a day of the calendar',
    ]);
    expect(validateCli(['--content', root]).stderr).toBe('');
  });

  it('gives the real size of an oversized image, and says when a logo path is a folder', async () => {
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'logos/bramblecode.png',
      await sharp({ create: { width: 6000, height: 100, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    await mkdir(path.join(root, 'logos/folder.svg'));
    await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('logo: logos/acorn-ledger.svg', 'logo: logos/folder.svg'));
    expect((await load(root)).problems.map((p) => p.message)).toEqual([
      '"logos/folder.svg" is a folder, not a file',
      '"logos/bramblecode.png" is 6000×100 pixels',
    ]);
  });

  it('refuses components named after object properties instead of crashing', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'news/certification-program.mdx', (t) => `${t}\n<constructor title="x" />\n`);
    expect((await load(root)).problems.map((p) => p.message)).toEqual(['<constructor> is not an allowed component']);
  });

  it('suggests a fix for two swapped letters', () => {
    expect(closest('txet', ['text', 'tier'])).toBe('text');
    expect(closest('tiers', ['text'])).toBeUndefined();
  });

  it('never lets content forge lines or terminal codes in the printed report', () => {
    const problem: Problem = {
      file: 'x.yaml',
      line: 1,
      column: 1,
      entry: 'program',
      path: 'a\n::error file=y::fake',
      severity: 'error',
      code: 'unknown-field',
      message: 'unknown field "\u001b[31mred"',
      fix: 'remove it',
    };
    const printed = formatText(problem);
    expect(printed.split('\n')).toHaveLength(1);
    expect(printed).not.toContain('\u001b');
  });
});
