// A line of text in pieces, some with a style (a colour, bold) that a terminal may draw. The
// build log and the tests read the same line without the styles.
import type { styleText } from 'node:util';
import { oneLine } from './visible-text.ts';

export type Style = Parameters<typeof styleText>[0];
/** Part of a line: text, or text in a style. */
export type Piece = string | readonly [Style, string];
/** One line: text, or pieces. */
export type Line = string | readonly Piece[];

/** The pieces as plain text, without styles, each shown on one line (see visible-text.ts). */
export function plainLine(pieces: readonly Piece[]): string {
  return pieces.map((piece) => oneLine(typeof piece === 'string' ? piece : piece[1])).join('');
}
