// The API changelog (schemas/api/CHANGELOG.md) as the /api/changelog/ page shows it. The file is
// written by `npm run api:contract` and by hand in a small subset of Markdown: "## " headings (one
// per version), paragraphs, "- " lists, `code` and <!-- comments --> (left out); this reads that
// subset and nothing more.

/** A run of text, set as code or not. */
export interface Inline {
  code: boolean;
  text: string;
}
export type Block = { kind: 'paragraph'; parts: Inline[] } | { kind: 'list'; items: Inline[][] };
export interface Changelog {
  intro: Block[];
  versions: Array<{ title: string; id: string; blocks: Block[] }>;
}

const inline = (text: string): Inline[] =>
  text
    .split('`')
    .map((part, index) => ({ code: index % 2 === 1, text: part }))
    .filter((part) => part.text !== '');

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const close = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', parts: inline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list.map(inline) });
    paragraph = [];
    list = undefined;
  };
  for (const line of lines) {
    if (line.trim() === '') close();
    else if (line.startsWith('- ')) {
      if (paragraph.length) close();
      list ??= [];
      list.push(line.slice(2).trim());
    } else if (list && /^\s/.test(line)) list[list.length - 1] += ` ${line.trim()}`;
    else {
      if (list) close();
      paragraph.push(line.trim());
    }
  }
  close();
  return blocks;
}

export function parseChangelog(text: string): Changelog {
  // HTML comments are notes for whoever edits the file, not for readers.
  const sections = text
    .replace(/\r\n/g, '\n')
    .replace(/<!--[\s\S]*?-->\n*/g, '')
    .split(/^## /m);
  const intro = sections[0]!.split('\n').filter((line) => !line.startsWith('# '));
  return {
    intro: blocksOf(intro),
    versions: sections.slice(1).map((section) => {
      const [title = '', ...lines] = section.split('\n');
      return {
        title: title.trim(),
        // "1.1.0 (2026-12-01)" → "v1-1-0": HTML ids take letters, digits, "-" and "_".
        id: `v${title
          .trim()
          .split(' ')[0]!
          .replace(/[^\w-]/g, '-')}`,
        blocks: blocksOf(lines),
      };
    }),
  };
}
