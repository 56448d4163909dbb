// Collects problems for one file, turning field paths into line:column through its YAML positions.
import { formatPath } from './field-path.ts';
import type { Advice, Finding, Position, Problem, Severity } from './problem.ts';
import type { FieldPath, YamlDocument } from './yaml-document.ts';

const FIRST_LINE: Position = { line: 1, column: 1 };

export class FileProblems {
  readonly file: string;
  readonly entry: string;
  document: YamlDocument | undefined;
  private readonly sink: Problem[];
  /** Fields of this file with an error, so hasErrorAt() need not scan every problem of the program. */
  private readonly errorPaths = new Set<string>();

  constructor(sink: Problem[], file: string, entry: string) {
    this.sink = sink;
    this.file = file;
    this.entry = entry;
  }

  /** A problem with the value at `path` (or, for a missing field, with the mapping it belongs in). */
  field(path: FieldPath, severity: Severity, advice: Advice) {
    this.add(this.document?.locate(path) ?? FIRST_LINE, path, severity, advice);
  }

  /** A problem with occurrence number `occurrence` of `needle` inside the text value at `path` (a character, a word). */
  fieldText(path: FieldPath, needle: string, occurrence: number, severity: Severity, advice: Advice) {
    this.add(this.document?.locateText(path, needle, occurrence) ?? FIRST_LINE, path, severity, advice);
  }

  /** A problem with the key `key` itself, in the mapping at `path`. */
  key(path: FieldPath, key: string, severity: Severity, advice: Advice) {
    this.add(this.document?.locateKey(path, key) ?? FIRST_LINE, [...path, key], severity, advice);
  }

  /** A problem with the file as a whole (its name, its encoding, its kind), at its first line. */
  wholeFile(severity: Severity, advice: Advice) {
    this.add(FIRST_LINE, [], severity, advice);
  }

  /** A finding at a known place (YAML syntax, an SVG, a Markdown or MDX body), about the field at `path` if any. */
  place(finding: Finding, severity: Severity, path: FieldPath = []) {
    this.add(finding, path, severity, finding);
  }

  /** Where a problem with the value at `path` would be reported. */
  placeOf(path: FieldPath): Pick<Problem, 'file' | 'line' | 'column' | 'entry' | 'path'> {
    const at = this.document?.locate(path) ?? FIRST_LINE;
    return { file: this.file, line: at.line, column: at.column, entry: this.entry, path: formatPath(path, this.document?.data) };
  }

  /** A problem with this file that was found elsewhere (on a worker thread). */
  adopt(problem: Problem) {
    this.sink.push(problem);
    if (problem.severity === 'error') this.errorPaths.add(problem.path);
  }

  /** Whether an error was already reported for the field at `path` (so it is not reported twice). */
  hasErrorAt(path: FieldPath): boolean {
    return this.errorPaths.has(formatPath(path, this.document?.data));
  }

  private add(at: Position, path: FieldPath, severity: Severity, { code, message, fix }: Advice) {
    this.adopt({
      file: this.file,
      line: at.line,
      column: at.column,
      entry: this.entry,
      path: formatPath(path, this.document?.data),
      severity,
      code,
      message,
      fix,
    });
  }
}
