// The one loader. `npm run validate` and the Astro build both call loadContent(), so the build can
// never accept what validate rejects, and both print the same messages.
//
// read files → parse YAML with positions → validate each file against its zod schema →
// check cross-references and referenced files → Content (only when there are no errors).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_KINDS, type ContentKindDefinition } from './content-kinds.ts';
import type { Content } from './content-types.ts';
import { checkCrossReferences } from './cross-references.ts';
import { FileProblems } from './file-problems.ts';
import type { ParsedFile } from './parse-file.ts';
import { displayPath, type ParallelOptions, parseFiles } from './parse-files.ts';
import { byFileAndLine, type Problem } from './problem.ts';
import type { PublishedFiles } from './published-files.ts';
import { readContentFolder } from './read-content-folder.ts';

export type { ParsedFile } from './parse-file.ts';
export interface LoadOptions {
  /** The build date, YYYY-MM-DD: expiry warnings are computed against it. */
  today: string;
  /** Folder that holds schemas/json, for the editor hint line; defaults to the working directory. */
  projectRoot?: string;
  /** Whether and how to parse on worker threads too (by default: one per core, for very large programs). */
  parallel?: ParallelOptions;
}

export interface LoadResult {
  /** The validated content; undefined when any error was found, so nothing half-checked is published. */
  content: Content | undefined;
  problems: Problem[];
  filesChecked: number;
}

export async function loadContent(root: string, options: LoadOptions): Promise<LoadResult> {
  const problems: Problem[] = [];
  // Paths relative to where the command runs, as editors and CI annotations want them.
  const display = (absolute: string) => displayPath(absolute);
  if (!(await isFolder(root))) {
    new FileProblems(problems, display(root), 'content').wholeFile('error', {
      code: 'no-content-folder',
      message: `the content folder ${display(root)} does not exist`,
      fix: 'run from the project folder, or point --content / PARTNERKIT_CONTENT at the folder that holds program.yaml',
    });
    return { content: undefined, problems, filesChecked: 0 };
  }
  const { files, strays, missing } = await readContentFolder(root);

  for (const { relative, entry } of missing) {
    new FileProblems(problems, display(path.join(root, relative)), entry).wholeFile('error', {
      code: 'required-file-missing',
      message: `${relative} is missing from ${display(root)}`,
      fix: `create it (see the README), or point --content / PARTNERKIT_CONTENT at the content folder`,
    });
  }
  for (const stray of strays) {
    new FileProblems(problems, display(stray.absolute), stray.relative).wholeFile(stray.severity ?? 'error', stray);
  }

  const { parsed, inspected } = await parseFiles(files, { root, projectRoot: options.projectRoot ?? process.cwd(), problems, display }, options.parallel);
  const byKind = Map.groupBy(parsed, (file) => file.source.kind);
  const { checkedFiles, published } = await checkCrossReferences(byKind, { root, today: options.today, problems, display, inspected });

  problems.sort(byFileAndLine);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return {
    content: hasErrors ? undefined : toContent(root, byKind, published),
    problems,
    filesChecked: files.length + strays.filter((stray) => stray.counted !== false).length + checkedFiles,
  };
}

/** Each kind's field of Content, from its files (content-kinds.ts); called only when every file passed. */
function toContent(root: string, byKind: ReadonlyMap<string, ParsedFile[]>, published: PublishedFiles): Content {
  const content: Record<string, unknown> = { root, published };
  for (const definition of CONTENT_KINDS as ReadonlyArray<ContentKindDefinition>)
    content[definition.content] = definition.toContent(byKind.get(definition.kind) ?? []);
  return content as Content;
}

const isFolder = (folder: string) =>
  stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );
