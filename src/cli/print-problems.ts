// How a command prints problems: as lines for people (coloured on a terminal), as GitHub Actions
// annotations, or as JSON, always through terminal-safe.ts. The line itself is the build log's
// (loader/format-problems.ts), so a problem reads the same everywhere.
import { problemLine, summary } from '../loader/format-problems.ts';
import type { LoadResult } from '../loader/load-content.ts';
import type { Problem } from '../loader/problem.ts';
import { oneLine, print, printError, write, writeError } from './terminal-safe.ts';

export const PROBLEM_FORMATS = ['text', 'github', 'json'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

/** Where the problems go: standard output when they are the command's answer (validate), else standard error. */
export type Output = 'stdout' | 'stderr';
const PRINTERS = { stdout: { line: print, text: write }, stderr: { line: printError, text: writeError } } as const;

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
    problems.map(({ file, line, column, entry, path, severity, code, message, fix }) => ({ file, line, column, entry, path, severity, code, message, fix })),
    null,
    2,
  );
}

/** Each problem on a line of its own, as text (coloured when the stream shows colour) or as GitHub annotations. */
export function printProblems(problems: Problem[], to: Output = 'stdout', format: Exclude<ProblemFormat, 'json'> = 'text'): void {
  for (const problem of problems) PRINTERS[to].line(format === 'github' ? formatGithub(problem) : problemLine(problem));
}

/** What validate prints: every problem, then how many files were checked and how many problems they have. */
export function printValidation(
  { problems, filesChecked }: Pick<LoadResult, 'problems' | 'filesChecked'>,
  to: Output = 'stdout',
  format: ProblemFormat = 'text',
): void {
  const { line, text } = PRINTERS[to];
  if (format === 'json') {
    text(`${formatJson(problems)}\n`);
    return;
  }
  printProblems(problems, to, format);
  if (problems.length) line();
  line(summary(filesChecked, problems));
}
