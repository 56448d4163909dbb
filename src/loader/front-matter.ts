// Splits a Markdown/MDX file into its YAML front matter and body with Astro's own parser, so the
// body we check is exactly the text Astro compiles. (A stricter splitter of our own once let a
// post hide an MDX expression after a "---" line Astro reads as the end of the front matter.)
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Finding } from './problem.ts';

export interface FrontMatterSplit {
  /** The YAML between the fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** Lines before the YAML's first line, added to YAML positions. */
  yamlLineOffset: number;
  /** The body as Astro compiles it, the front matter blanked out so positions are file positions. */
  body: string;
  /** A problem with the fences themselves, e.g. TOML (+++) front matter. */
  problem?: Finding;
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  // Astro's own regular expression finds the fences; the YAML is parsed later, by our loader.
  const raw = extractFrontmatter(text);
  if (raw === undefined) return { yaml: undefined, yamlLineOffset: 0, body: text };
  const opening = /^\uFEFF?\s*(---|\+\+\+)/.exec(text)!;
  const delimiter = opening[1]!;
  const split = { rawFrontmatter: raw, content: blankOut(text, raw, delimiter) };
  const openingAt = opening.index + opening[0].length - 3;
  const openingLine = text.slice(0, openingAt).split('\n').length - 1;
  const result: FrontMatterSplit = { yaml: split.rawFrontmatter, yamlLineOffset: openingLine, body: split.content };
  if (delimiter === '+++') {
    result.problem = {
      line: openingLine + 1,
      column: 1,
      code: 'toml-front-matter',
      message: 'the front matter is TOML (+++)',
      fix: 'write it as YAML between two "---" lines',
    };
  } else {
    const closingEnd = openingAt + 3 + split.rawFrontmatter.length + 3;
    const restOfLine = text.slice(closingEnd, text.indexOf('\n', closingEnd) >>> 0);
    if (restOfLine.trim()) {
      const line = text.slice(0, closingEnd).split('\n').length;
      result.problem = {
        line,
        column: 4,
        code: 'text-after-front-matter',
        message: `text after the closing "---" is read as the body: "${restOfLine.trim().slice(0, 40)}"`,
        fix: 'put "---" alone on its line',
      };
    }
  }
  return result;
}

/** What @astrojs/mdx compiles: the fences and YAML replaced by spaces ("empty-with-spaces"), kept in step with
 * @astrojs/internal-helpers/frontmatter, whose parseFrontmatter would throw on YAML we still want to report on. */
function blankOut(text: string, raw: string, delimiter: string): string {
  return text.replace(`${delimiter}${raw}${delimiter}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}
