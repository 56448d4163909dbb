// Text from content or from a user inside Markdown, as GitHub renders it (the pull request
// summary, reports pasted into issues, badge snippets). Written raw, "<!--" hides the rest of the
// page, "**approved**" adds bold text, "[approved](https://…)" a link, "![](…)" an image loaded
// from anywhere, "|" or a line break ends a table cell or row, "@team" pings people.
import { oneLine } from './visible-text.ts';

/** Characters with a meaning wherever they stand (escape, code, emphasis, strikethrough, links, HTML, table cells, math), and "&" where it starts an entity. */
const INLINE_MARKUP = /[\\`*_~[\]<|$]|&(?=#?[a-z0-9]+;)/gi;
/** What starts a block only at the start of the text (list item, quote, heading, numbered item). */
const BLOCK_START = /^(\s*)([-+>#]|\d+(?=[.)]))/;
/** A GitHub mention: "@" after a non-word character, before a name. */
const MENTION = /(^|\W)@(?=[a-z0-9])/gi;

/** Text that renders as written, on one line, in a paragraph, a list item or a table cell. */
export function markdownText(text: string): string {
  return (
    oneLine(text)
      // GitHub finds mentions in the rendered text, so a backslash would not stop the ping; a
      // zero-width space after the "@" does (as Dependabot does in release notes it quotes).
      .replace(MENTION, '$1@\u200b')
      .replace(INLINE_MARKUP, '\\$&')
      .replace(BLOCK_START, (_match, space: string, start: string) => (/\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`))
  );
}

/**
 * Text as inline code (a file name, a location): a fence of more backticks than any run inside,
 * padded when the text starts or ends with a backtick or a space. Code shows everything as
 * written, but a table still splits at "|", so it is written "\|", which GitHub shows as "|" in a
 * table (and as "\|" elsewhere).
 */
export function markdownCode(text: string): string {
  const shown = oneLine(text).replace(/\|/g, '\\|');
  if (!shown) return '';
  const fence = '`'.repeat(Math.max(0, ...[...shown.matchAll(/`+/g)].map((run) => run[0].length)) + 1);
  const pad = /^[` ]|[` ]$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}
