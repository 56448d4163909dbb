// Everything a command prints goes through here. Names, file names, option values, issue bodies
// and answers come from strangers: printed raw, "ESC [2J" clears the screen, OSC 52 writes the
// clipboard, a carriage return overwrites a line with a fake "valid". Every control and format
// character is shown as its escape instead (see shared/visible-text.ts); colours are added here,
// after that, so no text can bring its own.
import { styleText } from 'node:util';
import type { Line } from '../shared/styled-line.ts';
import { oneLine, showHidden } from '../shared/visible-text.ts';

export { oneLine };

// A reader that stops early (`npm run report | head`) closes the pipe: the rest of the output is
// dropped, as console.log drops it, instead of an EPIPE error and its stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/** The line, its styles drawn when the stream shows colour (a terminal, no NO_COLOR). */
function lineText(line: Line, stream: NodeJS.WriteStream): string {
  if (typeof line === 'string') return oneLine(line);
  return line.map((piece) => (typeof piece === 'string' ? oneLine(piece) : styleText(piece[0], oneLine(piece[1]), { stream }))).join('');
}

/** Prints one line to standard output: a line break in the text shows as \n, so no text can forge a line. */
export function print(line: Line = ''): void {
  process.stdout.write(`${lineText(line, process.stdout)}\n`);
}

/** Prints one line to standard error. */
export function printError(line: Line = ''): void {
  process.stderr.write(`${lineText(line, process.stderr)}\n`);
}

/**
 * Writes text of several lines (a report, a help text, JSON) to standard output as it is, but
 * for control and format characters other than line feeds and tabs. Values from content in it
 * must be put on one line by the caller (oneLine, markdownText), or they could forge lines.
 */
export function write(text: string): void {
  process.stdout.write(showHidden(text));
}

/** Writes text of several lines to standard error. */
export function writeError(text: string): void {
  process.stderr.write(showHidden(text));
}
