// How problems are printed: for people (text), for GitHub Actions annotations, or as JSON.
// The commands print them through terminal-safe.ts.
import type { Problem } from '../loader/problem.ts';
import { oneLine, plainLine, type Piece } from './terminal-safe.ts';

export const FORMATS = ['text', 'github', 'json'] as const;
export type Format = (typeof FORMATS)[number];

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

/**
 * A workflow command GitHub turns into an annotation on the changed line. GitHub decodes %25, %0D
 * and %0A in the message, and also %3A and %2C in properties, where a bare : or , would end the
 * value. Values are shown on one line first (a CR or LF becomes the visible \r or \n, so nothing
 * can end the command), then % is escaped so no value can spell an escape, and : and , in properties.
 */
export function formatGithub(problem: Problem): string {
  const property = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = problem.path ? `${problem.entry} › ${problem.path}` : problem.entry;
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(title)}::${escapeData(`${problem.message} → ${problem.fix}`)}`;
}

function escapeData(text: string): string {
  return oneLine(text).replace(/%/g, '%25');
}

export function formatJson(problems: Problem[]): string {
  return JSON.stringify(
    problems.map(({ file, line, column, entry, path, severity, message, fix }) => ({ file, line, column, entry, path, severity, message, fix })),
    null,
    2,
  );
}

/** `41 files checked, 3 errors, 1 warning` */
export function summary(filesChecked: number, problems: Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(filesChecked, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
