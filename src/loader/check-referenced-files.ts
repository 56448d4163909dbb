// Checks each file that content points at (logos, brand assets, images in posts) once, however
// many entries name it, reports its problems at the place that names it, and records every file
// that passed in the inventory of what the site publishes (published-files.ts).
import path from 'node:path';
import { CONTENT_PATH } from '../../schemas/common.ts';
import { SYMLINK } from './content-file.ts';
import { FileProblems } from './file-problems.ts';
import type { Advice, Problem } from './problem.ts';
import { PublishedFile, type PublishedPurpose, publishedKey } from './published-files.ts';
import { type FolderListings, inspectReferencedFile, type ReferencedFileOutcome } from './referenced-file.ts';
import type { FieldPath } from './yaml-document.ts';

export interface ReferencedFilesContext {
  root: string;
  problems: Problem[];
  display: (absolute: string) => string;
  /** Logos already inspected while parsing (in worker threads), by path as written. */
  inspected?: ReadonlyMap<string, ReferencedFileOutcome>;
}

/** Where a file is named: a field of a YAML file or front matter, or a place in a post's body. */
export interface NamedAt {
  report: FileProblems;
  /** The field naming the file; [] in a post's body. */
  path: FieldPath;
  /** The place in a post's body, when the file is named there. */
  at?: { line: number; column: number };
}

export class ReferencedFiles {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly listings: FolderListings = new Map();
  private readonly context: ReferencedFilesContext;
  /** Problems inside a file, reported once though it is checked for two purposes (a brand mark that is also the site's logo). */
  private readonly reportedInside = new Set<string>();
  readonly published = new Map<string, PublishedFile>();

  constructor(context: ReferencedFilesContext) {
    this.context = context;
  }

  check(relative: string, purpose: PublishedPurpose, where: NamedAt) {
    // A path the schema refused (absolute, "..") is reported there and never opened.
    if (!CONTENT_PATH.test(relative) || (!where.at && where.report.hasErrorAt(where.path))) return;
    const key = publishedKey(purpose, relative);
    if (!this.pending.has(key)) this.pending.set(key, this.run(relative, purpose, where));
  }

  /** Waits for every check; returns how many files were checked. */
  async finish(): Promise<number> {
    await Promise.all(this.pending.values());
    return this.pending.size;
  }

  private async run(relative: string, purpose: PublishedPurpose, where: NamedAt) {
    const absolute = path.join(this.context.root, relative);
    const inspected = purpose === 'logo' ? this.context.inspected?.get(relative) : undefined;
    const outcome = inspected ?? (await inspectReferencedFile(this.context.root, relative, this.listings, purpose));
    const report = (advice: Advice) => {
      if (where.at) where.report.place({ ...where.at, ...advice }, 'error', where.path);
      else where.report.field(where.path, 'error', advice);
    };
    switch (outcome.kind) {
      case 'link':
        report({ code: 'symbolic-link', message: `"${relative}" goes through a symbolic link: ${SYMLINK.message}`, fix: SYMLINK.fix });
        return;
      case 'folder':
        report({
          code: 'file-is-a-folder',
          message: `"${relative}" is a folder, not a file`,
          fix: `name the image file inside it, e.g. ${purpose === 'body-image' || purpose === 'cover' || purpose === 'screenshot' ? 'images/team.png' : 'logos/acme.svg'}`,
        });
        return;
      case 'not-a-file':
        report({ code: 'not-a-regular-file', message: `"${relative}" is not a regular file`, fix: 'replace it with the image file itself' });
        return;
      case 'missing':
        report({
          code: 'missing-file',
          message: `the file "${relative}" does not exist`,
          fix: outcome.guess
            ? `did you mean "${path.posix.join(path.posix.dirname(relative), outcome.guess)}"?`
            : `add it to ${this.context.display(path.dirname(absolute))}/, or correct the path`,
        });
        return;
      case 'file':
        for (const problem of outcome.problems) {
          if (!('line' in problem)) {
            report(problem);
            continue;
          }
          const inside = `${relative}:${problem.line}:${problem.column}:${problem.message}`;
          if (this.reportedInside.has(inside)) continue;
          this.reportedInside.add(inside);
          const insideFile = new FileProblems(this.context.problems, this.context.display(absolute), where.report.entry);
          insideFile.document = where.report.document; // so the field is named as in the file that names it
          insideFile.place(problem, 'error', where.path);
        }
        if (outcome.problems.length === 0) {
          const namedAt = () => (where.at ? { file: where.report.file, ...where.at, entry: where.report.entry, path: '' } : where.report.placeOf(where.path));
          this.published.set(publishedKey(purpose, relative), new PublishedFile(relative, purpose, outcome.sha256, namedAt));
        }
    }
  }
}
