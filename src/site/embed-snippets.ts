// Snippets partners paste on their own sites: the badge image linked to its proof page, in the
// markup languages people write in. All URLs are absolute; the alt text names no status, because
// the snippet is copied once while the badge it shows changes with every build.
import { escapeXml } from '../shared/escape-xml.ts';

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
  return {
    html: `<a href="${escapeXml(verifyUrl)}"><img src="${escapeXml(badgeUrl)}" alt="${escapeXml(alt)}" width="${width}" height="${height}"></a>`,
    markdown: `[![${alt.replace(/[[\]\\]/g, '\\$&')}](${badgeUrl})](${verifyUrl})`,
    asciidoc: `image:${badgeUrl}["${alt.replace(/"/g, '\\"')}",link="${verifyUrl}"]`,
    restructuredtext: `.. image:: ${badgeUrl}\n   :alt: ${alt}\n   :target: ${verifyUrl}`,
  };
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
