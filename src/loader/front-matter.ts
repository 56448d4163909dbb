// Splits a Markdown/MDX file into its YAML front matter and body, keeping line numbers exact.

export interface FrontMatterSplit {
  /** The YAML between the --- fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** Line number (0-based) of the first YAML line, added to YAML positions. */
  yamlLineOffset: number;
  /** The body with the front matter blanked out, so body positions are file positions. */
  body: string;
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(text);
  if (!match || match.index !== 0) return { yaml: undefined, yamlLineOffset: 0, body: text };
  const blank = match[0].replace(/[^\n]/g, '');
  return { yaml: match[1], yamlLineOffset: 1, body: blank + text.slice(match[0].length) };
}
