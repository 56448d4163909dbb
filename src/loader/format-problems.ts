// How a problem reads as text, the same in the build log and in every command: one line per
// problem, and a count of files, errors and warnings. Commands add colour and other formats
// (src/cli/print-problems.ts).
import { type Piece, plainLine } from '../shared/styled-line.ts';
import type { Problem } from './problem.ts';

/**
 * `content/partners/acme.yaml:12:5 error partners/acme › contacts[1].email: … → fix`, in pieces
 * to colour. Content is a stranger's text: each piece is shown on one line with its control and
 * format characters visible, so a key or value cannot forge lines (or fake CI annotations) or
 * drive the terminal.
 */
export function problemLine(problem: Problem): Piece[] {
  const subject = problem.path ? `${problem.entry} › ${problem.path}` : problem.entry;
  return [
    ['cyan', `${problem.file}:${problem.line}:${problem.column}`],
    ' ',
    [problem.severity === 'error' ? ['red', 'bold'] : ['yellow', 'bold'], problem.severity],
    ' ',
    ['dim', subject],
    `: ${problem.message} `,
    ['green', `→ ${problem.fix}`],
  ];
}

/** The problem as one plain line, for logs. */
export function formatText(problem: Problem): string {
  return plainLine(problemLine(problem));
}

/** `41 files checked, 3 errors, 1 warning` */
export function summary(filesChecked: number, problems: Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(filesChecked, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
