// One content file read on its own, by the steps loadContent() takes for each file (parse-file.ts:
// UTF-8, YAML with positions, its kind's schema and file checks), for what needs one file before or
// without a whole load: the site's address in astro.config.mjs, program.yaml's choices for the
// commands that ask about a new partner, a partner's name in a pull request's summary.
import { lstat } from 'node:fs/promises';
import type { Program } from '../../schemas/program.ts';
import { SYMLINK } from './content-file.ts';
import { fileRulesOf } from './content-kinds.ts';
import { displayPath } from './display-path.ts';
import { FileProblems } from './file-problems.ts';
import { parseFile } from './parse-file.ts';
import { byFileAndLine, type Problem } from './problem.ts';
import { contentFileAt } from './read-content-folder.ts';

export type ContentFileReading<Data = unknown> =
  | { found: false }
  | {
      found: true;
      /** The schema's output, when the file passed its schema. */
      data: Data | undefined;
      /** The data as written, when the file could be read as YAML. */
      raw: unknown;
      /** Its problems, as validate reports them (checks that need other files aside). */
      problems: Problem[];
      /** The YAML text as read (of a YAML file, or a post's front matter), for commands that rewrite it. */
      text?: string | undefined;
    };

/** Reads `relative` (forward slashes) in the content folder `root`; found is false when no such file is there, or no kind's file may be. */
export async function readContentFile(root: string, relative: string, options: { projectRoot?: string } = {}): Promise<ContentFileReading> {
  const source = contentFileAt(root, relative);
  const info = source && (await lstat(source.absolute).catch(() => undefined));
  if (!source || !info || !(info.isFile() || info.isSymbolicLink())) return { found: false };
  const problems: Problem[] = [];
  if (info.isSymbolicLink()) {
    new FileProblems(problems, displayPath(source.absolute), relative).wholeFile('error', SYMLINK);
    return { found: true, data: undefined, raw: undefined, problems };
  }
  const { data, raw, report } = await parseFile(source, fileRulesOf(source.kind), problems, displayPath, options.projectRoot ?? process.cwd());
  return { found: true, data, raw, problems: problems.sort(byFileAndLine), text: report.document?.text };
}

/** program.yaml, read on its own. */
export const readProgramFile = (root: string) => readContentFile(root, 'program.yaml') as Promise<ContentFileReading<Program>>;
