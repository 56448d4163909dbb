// A problem found in content: where it is, what is wrong, and how to fix it. Every check in the
// loader produces these; the CLI and the Astro build print them the same way.

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The entry the file defines, e.g. `partners/acme` or `program`. */
  entry: string;
  /** The field, by name: `contacts[1].email`, `tiers[gold].fee`; empty for the whole file. */
  path: string;
  severity: Severity;
  message: string;
  fix: string;
}

export const byFileAndLine = (a: Problem, b: Problem) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.path.localeCompare(b.path);
