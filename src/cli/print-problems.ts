// How a command prints problems: as lines for people (coloured on a terminal), as GitHub Actions
// annotations, or as JSON, always through terminal-safe.ts. The line itself is the build log's
// (loader/format-problems.ts), so a problem reads the same everywhere.
import type { Problem } from '../loader/problem.ts';
import { oneLine } from './terminal-safe.ts';

export const PROBLEM_FORMATS = ['text', 'github', 'json'] as const;
export type ProblemFormat = (typeof PROBLEM_FORMATS)[number];

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
