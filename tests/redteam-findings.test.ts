// Red-team findings against issue 12 ("what validate accepts is safe to publish"), each a hostile
// pull request that `npm run validate` accepts today. Every test asserts the SAFE behaviour, so it
// fails until the hole is closed. The bodies are checked against Sätteri, the parser the build
// compiles posts with, to show the danger is real and not a quirk of one parser.
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/loader/problem.ts';
import { copyOfDemo, editFile, load, positionOf, readContentFile, writeContentFile } from './helpers/content-fixture.ts';

const errorsIn = (problems: Problem[], relative: string) => problems.filter((problem) => problem.severity === 'error' && problem.file.endsWith(relative));
const errorLines = (problems: Problem[], relative: string) => errorsIn(problems, relative).map((problem) => problem.line);

/** A news post with `body` after valid front matter; returns the file's text. */
function post(body: string, title = 'A post from a stranger'): string {
  return `---\ntitle: ${title}\nsummary: Looks harmless.\npublished: 2026-02-03\n---\n\n${body}`;
}

/** What the build makes of a body, with the features Astro passes to Sätteri (GFM on). */
async function asBuilt(body: string, dialect: 'md' | 'mdx'): Promise<string> {
  if (dialect === 'md') return (await markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } })).html;
  return (await mdxToJs(body, { features: { gfm: true } } as Parameters<typeof mdxToJs>[1])).code;
}

/** Loads the demo content with one extra post, and returns the errors reported in that post. */
async function loadWithPost(name: string, text: string) {
  const root = await copyOfDemo();
  await writeContentFile(root, `news/${name}`, text);
  const result = await load(root);
  return { result, lines: errorLines(result.problems, `news/${name}`) };
}

describe('posts: validate parses bodies without GFM, the build (Sätteri) with it', () => {
  // Root cause: src/loader/check-mdx.ts:52 parses with micromark without GFM; Astro compiles with
  // Sätteri, features.gfm = true. Footnote definitions and table cells are read differently.

  it('refuses an {expression} in an MDX footnote, which the build runs as code (build-time code execution)', async () => {
    const text = post("Read the terms[^1].\n\n[^1]: {globalThis.process.getBuiltinModule('node:fs').writeFileSync('/tmp/pwned','x')}\n");
    // The danger: Sätteri compiles the footnote's text as a JavaScript expression of the page.
    expect(await asBuilt(text.slice(text.indexOf('Read')), 'mdx')).toContain('globalThis.process.getBuiltinModule("node:fs").writeFileSync(');
    const { result, lines } = await loadWithPost('footnote-code.mdx', text);
    expect(result.content).toBeUndefined();
    expect(lines).toContain(positionOf(text, '[^1]: {').line);
  });

  it('refuses an MDX footnote that prints an environment variable of the build machine into the page', async () => {
    const text = post('Also[^2].\n\n[^2]: {globalThis.process.env.GITHUB_TOKEN}\n');
    expect(await asBuilt(text.slice(text.indexOf('Also')), 'mdx')).toContain('globalThis.process.env.GITHUB_TOKEN');
    const { lines } = await loadWithPost('footnote-env.mdx', text);
    expect(lines).toContain(positionOf(text, '[^2]: {').line);
  });

  it('refuses a component that is not allowed (<meta>) in an MDX footnote', async () => {
    const text = post('Note[^1].\n\n[^1]: <meta httpEquiv="refresh" content="0;url=https://evil.example/phish"/>\n');
    expect(await asBuilt(text.slice(text.indexOf('Note')), 'mdx')).toContain('_jsx("meta"');
    const { lines } = await loadWithPost('footnote-jsx.mdx', text);
    expect(lines).toContain(positionOf(text, '[^1]: <meta').line);
  });

  it('refuses a component that is not allowed, hidden in an MDX table cell by a code span the | splits', async () => {
    const text = post('| a | b |\n|---|---|\n| `x | <meta httpEquiv="refresh" content="0;url=https://evil.example/phish"/> ` |\n');
    expect(await asBuilt(text.slice(text.indexOf('| a')), 'mdx')).toContain('_jsx("meta"');
    const { lines } = await loadWithPost('table-jsx.mdx', text);
    expect(lines).toContain(positionOf(text, '| `x').line);
  });

  it('refuses raw HTML in a Markdown table cell (a <meta refresh> that sends every reader to another site)', async () => {
    const text = post('| a | b |\n|---|---|\n| `x | <meta http-equiv="refresh" content="0;url=https://evil.example/phish"> ` |\n');
    expect(await asBuilt(text.slice(text.indexOf('| a')), 'md')).toContain('<meta http-equiv="refresh"');
    const { lines } = await loadWithPost('table-html.md', text);
    expect(lines).toContain(positionOf(text, '| `x').line);
  });

  it('refuses a javascript: link in a Markdown table cell', async () => {
    const text = post('| a | b |\n|---|---|\n| `y | [click](javascript:alert(document.domain)) ` |\n');
    expect(await asBuilt(text.slice(text.indexOf('| a')), 'md')).toContain('<a href="javascript:alert(document.domain)">');
    const { lines } = await loadWithPost('table-link.md', text);
    expect(lines).toContain(positionOf(text, '| `y').line);
  });

  it('refuses raw HTML in a Markdown footnote (a fake password field on the site)', async () => {
    const text = post('Note[^n].\n\n[^n]: <input name="password" type="password" placeholder="Re-enter your password">\n');
    expect(await asBuilt(text.slice(text.indexOf('Note')), 'md')).toContain('<input name="password"');
    const { lines } = await loadWithPost('footnote-html.md', text);
    expect(lines).toContain(positionOf(text, '[^n]:').line);
  });

  it('refuses a javascript: link in a Markdown footnote', async () => {
    const text = post('Note[^n].\n\n[^n]: [terms](javascript:alert(document.domain))\n');
    expect(await asBuilt(text.slice(text.indexOf('Note')), 'md')).toContain('<a href="javascript:alert(document.domain)">');
    const { lines } = await loadWithPost('footnote-link.md', text);
    expect(lines).toContain(positionOf(text, '[^n]:').line);
  });

  it('checks an image in a footnote, which the build publishes (or stops on) but validate never sees', async () => {
    const text = post('Note[^n].\n\n[^n]: ![team](../../../outside.png)\n');
    expect(await asBuilt(text.slice(text.indexOf('Note')), 'md')).toContain('<img src="../../../outside.png"');
    // The build's image guard refuses this path, so a green validate is followed by a failed build.
    const { result, lines } = await loadWithPost('footnote-image.md', text);
    expect(result.content).toBeUndefined();
    expect(lines).toContain(positionOf(text, '[^n]:').line);
  });

  it('checks an image in a table cell that validate reads as code', async () => {
    const text = post('| a | b |\n|---|---|\n| `x | ![team](../../../outside.png) ` |\n');
    expect(await asBuilt(text.slice(text.indexOf('| a')), 'md')).toContain('<img src="../../../outside.png"');
    const { lines } = await loadWithPost('table-image.md', text);
    expect(lines).toContain(positionOf(text, '| `x').line);
  });
});

describe('text: characters the hygiene misses', () => {
  /** Loads the demo with a second partner file copied from Acorn Ledger, its name and website changed. */
  async function secondPartner(name: string, website = 'https://acorn-ledger-official.example') {
    const root = await copyOfDemo();
    const original = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const copy = original
      .replace('name: "Acorn Ledger"', `name: "${name}"`)
      .replace('website: https://acorn-ledger.example', `website: ${website}`)
      .replace('https://docs.acorn-ledger.example', 'https://docs.acorn-ledger-official.example');
    await writeContentFile(root, 'partners/acorn-ledger-official.yaml', copy);
    return { result: await load(root), copy };
  }

  it('refuses U+2800 BRAILLE PATTERN BLANK, which lets "Acorn Ledger⠀" take a second profile and verify page', async () => {
    // Root cause: src/shared/unsafe-characters.ts:34 and the name key (src/shared/name-key.ts:18)
    // only know Cf and Default_Ignorable characters; U+2800 is a symbol that draws nothing.
    const { result, copy } = await secondPartner('Acorn Ledger\u2800');
    const name = errorsIn(result.problems, 'partners/acorn-ledger-official.yaml').filter((problem) => problem.line === positionOf(copy, 'name:').line);
    expect(name.length).toBeGreaterThan(0);
  });

  it('refuses variation selectors after Latin letters: one per letter hides a byte each (ASCII smuggling)', async () => {
    // Root cause: src/shared/unsafe-characters.ts:99-101 allows a variation selector after any visible
    // character; only emoji, CJK ideographs and Mongolian letters have variation sequences.
    const hidden = [...'AcornLedger'].map((char, index) => char + String.fromCodePoint(0xe0100 + ((index * 37) % 240))).join('');
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (yaml) => yaml.replace('name: "Acorn Ledger"', `name: "${hidden}"`));
    const { problems } = await load(root);
    expect(errorLines(problems, 'partners/acorn-ledger.yaml')).toContain(positionOf(text, 'name:').line);
  });

  it('refuses tag characters inside a made-up flag (🏴 + "pwned" in tag letters): only England, Scotland and Wales are flags', async () => {
    // Root cause: src/shared/unsafe-characters.ts:45 accepts any 1 to 6 tag letters between 🏴 and CANCEL TAG.
    const smuggled = `\u{1F3F4}${[...'pwned'].map((char) => String.fromCodePoint(0xe0000 + char.charCodeAt(0))).join('')}\u{E007F}`;
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (yaml) => yaml.replace('name: "Acorn Ledger"', `name: "Acorn Ledger ${smuggled}"`));
    const { problems } = await load(root);
    expect(errorLines(problems, 'partners/acorn-ledger.yaml')).toContain(positionOf(text, 'name:').line);
  });

  it('refuses a letter with 60 combining marks stacked on it ("Zalgo"), which draws over the lines around it', async () => {
    // No limit on combining marks anywhere (src/shared/unsafe-characters.ts); real scripts stack a few.
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (yaml) =>
      yaml.replace('name: "Acorn Ledger"', `name: "Acorn Ledger${'\u0301\u0302\u0303'.repeat(20)}"`),
    );
    const { problems } = await load(root);
    expect(errorLines(problems, 'partners/acorn-ledger.yaml')).toContain(positionOf(text, 'name:').line);
  });

  it('at least warns when a partner name in small capitals ("ᴀᴄᴏʀɴ ʟᴇᴅɢᴇʀ") reads as an existing one', async () => {
    // Small capitals are not in TR39's confusables, and NFKC keeps them (src/shared/name-key.ts:36).
    const { result, copy } = await secondPartner('\u1D00\u1D04\u1D0F\u0280\u0274 \u029F\u1D07\u1D05\u0262\u1D07\u0280');
    const atName = result.problems.filter(
      (problem) => problem.file.endsWith('partners/acorn-ledger-official.yaml') && problem.line === positionOf(copy, 'name:').line,
    );
    expect(atName.map((problem) => problem.message).join('\n')).toMatch(/Acorn Ledger/);
  });

  it('compares website domains by look-alike letters: https://аcorn-ledger.example (Cyrillic а) is taken', async () => {
    // Root cause: src/loader/cross-references.ts:308 compares the punycode host exactly
    // (xn--corn-ledger-… ≠ acorn-ledger.example); names are compared by skeleton, domains are not.
    const { result, copy } = await secondPartner('Acorn Ledger Group', 'https://\u0430corn-ledger.example');
    const website = errorsIn(result.problems, 'partners/acorn-ledger-official.yaml').filter((problem) => problem.line === positionOf(copy, 'website:').line);
    expect(website.length).toBeGreaterThan(0);
  });

  it('refuses a link with a user name in it (https://quillstack.example@evil.example/ goes to evil.example)', async () => {
    // Root cause: schemas/common.ts:94, z.httpUrl() accepts user:password@ before the host.
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (yaml) =>
      yaml.replace('website: https://acorn-ledger.example', 'website: https://acorn-ledger.example@evil.example/login'),
    );
    const { problems } = await load(root);
    expect(errorLines(problems, 'partners/acorn-ledger.yaml')).toContain(positionOf(text, 'website:').line);
  });
});
