// Text from the content embedded in other languages' syntax: the badge snippets partners paste
// (HTML, Markdown, AsciiDoc, reStructuredText) and the JSON-LD in each profile's <script>. A
// name with "]", ")", quotes, backticks, "|", line breaks or markup must stay inside its place.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../src/site/embed-snippets.ts';
import { jsonForScript } from '../src/site/json-in-html.ts';
import { nodesOf } from './helpers/markdown-tree.ts';

const HOSTILE_ALT =
  'Acme ] ) ( [ ` | "q" \'s\' {doctitle} <b>x</b> &amp; [y](https://evil.example) ![z](https://evil.example/p.png)\n.. raw:: html\n   <script>alert(1)</script>';
/** The alt text on one line, as every snippet language must carry it. */
const ALT_ON_ONE_LINE = HOSTILE_ALT.replace(/\n/g, '\\n');
const target = {
  badgeUrl: 'https://p.example/a(b)/badges/acme.svg',
  verifyUrl: 'https://p.example/a(b)/verify/acme/',
  alt: HOSTILE_ALT,
  width: 200,
  height: 20,
};
const BADGE = 'https://p.example/a%28b%29/badges/acme.svg';
const VERIFY = 'https://p.example/a%28b%29/verify/acme/';

/** Asciidoctor's inline image macro (InlineImageMacroRx): the target, then the attribute list up to the first "]" not escaped. */
const ASCIIDOC_IMAGE = /\\?i(?:mage|con):([^:\s[](?:[^\n[]*[^\s[])?)\[(|[\s\S]*?[^\\])\]/;

/** The first double-quoted attribute value, as Asciidoctor reads it (\" is a quote), and what follows it. */
function firstQuoted(attributes: string): { value: string; rest: string } {
  let value = '';
  for (let i = 1; i < attributes.length; i++) {
    if (attributes[i] === '\\' && attributes[i + 1] === '"') value += attributes[++i];
    else if (attributes[i] === '"') return { value, rest: attributes.slice(i + 1) };
    else value += attributes[i];
  }
  throw new Error(`unterminated: ${attributes}`);
}

describe('badge embed snippets with a hostile name', () => {
  const snippets = embedSnippets(target);

  it('HTML: one link to the verify page around one image whose alt is the name', () => {
    const root = parseHtml(snippets.html);
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([VERIFY]);
    expect(root.querySelectorAll('script')).toHaveLength(0);
    const images = root.querySelectorAll('a > img');
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([[BADGE, HOSTILE_ALT]]);
  });

  it('Markdown: one link around one image, the name as its alt text and nothing else', () => {
    const tree = fromMarkdown(snippets.markdown);
    const nodes = nodesOf(tree);
    expect(nodes.map((node) => node.type)).toEqual(['root', 'paragraph', 'link', 'image']);
    expect(nodes[2]).toMatchObject({ type: 'link', url: VERIFY });
    expect(nodes[3]).toMatchObject({ type: 'image', url: BADGE, alt: ALT_ON_ONE_LINE });
  });

  it('AsciiDoc: one image macro, the name in its quoted alt text, the link after it', () => {
    const match = ASCIIDOC_IMAGE.exec(snippets.asciidoc)!;
    expect(match[0]).toBe(snippets.asciidoc);
    expect(match[1]).toBe(BADGE);
    const { value, rest } = firstQuoted(match[2]!.replace(/\\\]/g, ']'));
    expect(value.replace(/\\\{/g, '{')).toBe(ALT_ON_ONE_LINE);
    expect(rest).toBe(`,link="${VERIFY}"`);
  });

  it('AsciiDoc: a name ending in a backslash does not escape the closing quote', () => {
    const match = ASCIIDOC_IMAGE.exec(embedSnippets({ ...target, alt: 'Acme \\' }).asciidoc)!;
    expect(firstQuoted(match[2]!)).toEqual({ value: 'Acme \\ ', rest: `,link="${VERIFY}"` });
  });

  it('reStructuredText: the directive, its alt text on one line, its target', () => {
    expect(snippets.restructuredtext.split('\n')).toEqual([`.. image:: ${BADGE}`, `   :alt: ${ALT_ON_ONE_LINE}`, `   :target: ${VERIFY}`]);
  });
});

describe('JSON-LD in a script element', () => {
  it('cannot end the element or open a comment, and reads back as the same data', () => {
    const data = { name: '</script><script>alert(1)</script> <!-- x --> & \u2028\u2029 "q"', nested: ['</SCRIPT >'] };
    const text = jsonForScript(data);
    expect(text).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(text)).toEqual(data);
    const page = parseHtml(`<head><script type="application/ld+json">${text}</script></head>`);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(page.querySelector('script')!.text)).toEqual(data);
  });
});
