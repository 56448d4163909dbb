// Collects problems for one file, turning field paths into line:column through its YAML positions.
import type { Problem, Severity } from './problem.ts';
import { formatPath } from './field-path.ts';
import type { FieldPath, YamlDocument } from './yaml-document.ts';

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
  field(path: FieldPath, severity: Severity, message: string, fix: string) {
    const at = this.document?.locate(path) ?? { line: 1, column: 1 };
    this.add(at.line, at.column, path, severity, message, fix);
  }

  /** A problem with occurrence number `occurrence` of `needle` inside the text value at `path` (a character, a word). */
  fieldText(path: FieldPath, needle: string, occurrence: number, severity: Severity, message: string, fix: string) {
    const at = this.document?.locateText(path, needle, occurrence) ?? { line: 1, column: 1 };
    this.add(at.line, at.column, path, severity, message, fix);
  }

  /** A problem with the key `key` itself, in the mapping at `path`. */
  key(path: FieldPath, key: string, severity: Severity, message: string, fix: string) {
    const at = this.document?.locateKey(path, key) ?? { line: 1, column: 1 };
    this.add(at.line, at.column, [...path, key], severity, message, fix);
  }

  /** A problem at a known place (YAML syntax, SVG or MDX body). */
  place(line: number, column: number, path: FieldPath, severity: Severity, message: string, fix: string) {
    this.add(line, column, path, severity, message, fix);
  }

  /** Where a problem with the value at `path` would be reported. */
  placeOf(path: FieldPath): Pick<Problem, 'file' | 'line' | 'column' | 'entry' | 'path'> {
    const at = this.document?.locate(path) ?? { line: 1, column: 1 };
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

  private add(line: number, column: number, path: FieldPath, severity: Severity, message: string, fix: string) {
    this.adopt({ file: this.file, line, column, entry: this.entry, path: formatPath(path, this.document?.data), severity, message, fix });
  }
}
