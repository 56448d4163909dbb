// Collects problems for one file, turning field paths into line:column through its YAML positions.
import type { Problem, Severity } from './problem.ts';
import { formatPath } from './field-path.ts';
import type { FieldPath, YamlDocument } from './yaml-document.ts';

export class FileProblems {
  readonly file: string;
  readonly entry: string;
  document: YamlDocument | undefined;
  private readonly sink: Problem[];

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

  /** A problem with the key `key` itself, in the mapping at `path`. */
  key(path: FieldPath, key: string, severity: Severity, message: string, fix: string) {
    const at = this.document?.locateKey(path, key) ?? { line: 1, column: 1 };
    this.add(at.line, at.column, [...path, key], severity, message, fix);
  }

  /** A problem at a known place (YAML syntax, SVG or MDX body). */
  place(line: number, column: number, path: FieldPath, severity: Severity, message: string, fix: string) {
    this.add(line, column, path, severity, message, fix);
  }

  /** Whether an error was already reported for the field at `path` (so it is not reported twice). */
  hasErrorAt(path: FieldPath): boolean {
    const name = formatPath(path, this.document?.data);
    return this.sink.some((problem) => problem.file === this.file && problem.severity === 'error' && problem.path === name);
  }

  private add(line: number, column: number, path: FieldPath, severity: Severity, message: string, fix: string) {
    this.sink.push({ file: this.file, line, column, entry: this.entry, path: formatPath(path, this.document?.data), severity, message, fix });
  }
}
