// How problems are printed: for people (text), for GitHub Actions annotations, or as JSON.
import { styleText } from 'node:util';
import type { Problem } from '../loader/problem.ts';

export const FORMATS = ['text', 'github', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Content is a stranger's text: line breaks and terminal control codes in a key or value must
 * not forge extra lines (or fake CI annotations) or drive the terminal.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => (char === '\n' ? '\\n' : char === '\t' ? ' ' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** `content/partners/acme.yaml:12:5 error partners/acme › contacts[1].email: … → fix` */
export function formatText(problem: Problem, color = false): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, printable(text)) : printable(text));
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const severity = paint(problem.severity === 'error' ? ['red', 'bold'] : ['yellow', 'bold'], problem.severity);
  const subject = problem.path ? `${problem.entry} › ${problem.path}` : problem.entry;
  return `${paint('cyan', where)} ${severity} ${paint('dim', subject)}: ${printable(problem.message)} ${paint('green', `→ ${problem.fix}`)}`;
}

/** A workflow command GitHub turns into an annotation on the changed line. */
export function formatGithub(problem: Problem): string {
  const property = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const title = problem.path ? `${problem.entry} › ${problem.path}` : problem.entry;
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(title)}::${escapeData(`${problem.message} → ${problem.fix}`)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
