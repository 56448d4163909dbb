// Snippets partners paste on their own sites: the badge image linked to its proof page, in the
// markup languages people write in. All URLs are absolute; the alt text names no status, because
// the snippet is copied once while the badge it shows changes with every build. The alt text
// holds names from the content: in each language it is escaped so that no "]", ")", quote, line
// break or markup in a name can end the image or the link, or add markup of its own.
import { escapeXml } from '../shared/escape-xml.ts';
import { markdownText } from '../shared/markdown-escape.ts';
import { oneLine } from '../shared/visible-text.ts';

export interface EmbedTarget {
  badgeUrl: string;
  verifyUrl: string;
  alt: string;
  width: number;
  height: number;
}

export interface EmbedSnippets {
  html: string;
  markdown: string;
  asciidoc: string;
  restructuredtext: string;
}

export const SNIPPET_FORMATS: Array<[keyof EmbedSnippets, string]> = [
  ['html', 'HTML'],
  ['markdown', 'Markdown'],
  ['asciidoc', 'AsciiDoc'],
  ['restructuredtext', 'reStructuredText'],
];

export function embedSnippets({ badgeUrl, verifyUrl, alt, width, height }: EmbedTarget): EmbedSnippets {
  const badge = snippetUrl(badgeUrl);
  const verify = snippetUrl(verifyUrl);
  return {
    html: `<a href="${escapeXml(verify)}"><img src="${escapeXml(badge)}" alt="${escapeXml(alt)}" width="${width}" height="${height}"></a>`,
    markdown: `[![${markdownText(alt)}](${badge})](${verify})`,
    asciidoc: `image:${badge}["${asciidocQuoted(alt)}",link="${verify}"]`,
    // An option's value is the rest of its line: on one line, a name cannot add options or directives.
    restructuredtext: `.. image:: ${badge}\n   :alt: ${oneLine(alt)}\n   :target: ${verify}`,
  };
}

/**
 * A URL with what a snippet's syntax would read as its end percent-encoded: parentheses and
 * brackets (Markdown links, AsciiDoc macros), quotes, angle brackets, backslash, backtick, pipe,
 * braces, spaces. The site's own paths hold none of these; only a site address could, and a
 * static host serves the same file either way.
 */
function snippetUrl(url: string): string {
  return url.replace(/[ "'()<>[\]\\`{|}]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Text inside a double-quoted attribute of an AsciiDoc inline macro: a quote escaped, "]" escaped
 * (Asciidoctor ends the macro at the first unescaped one), "{" escaped (an attribute reference),
 * and a final backslash kept off the closing quote, which it would escape.
 */
function asciidocQuoted(text: string): string {
  return oneLine(text)
    .replace(/["\]{]/g, '\\$&')
    .replace(/\\$/, '\\ ');
}

/** The iframe that embeds the partner directory on another site. */
export function directoryEmbedSnippet(src: string, programName: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(`${programName} partners`)}" width="100%" height="600" loading="lazy"></iframe>`;
}

/** Width and height written on a badge's <svg> element. */
export function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  return { width: Math.round(width), height: Math.round(height) };
}
