// The one loader. `npm run validate` and the Astro build both call loadContent(), so the build can
// never accept what validate rejects, and both print the same messages.
//
// read files → parse YAML with positions → validate each file against its zod schema →
// check cross-references and referenced files → Content (only when there are no errors).
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { CONTENT_SCHEMAS, type ContentKind } from '../../schemas/index.ts';
import type { Content } from './content-types.ts';
import { checkCrossReferences, type ParsedEntries } from './cross-references.ts';
import { FileProblems } from './file-problems.ts';
import type { ParsedFile } from './parse-file.ts';
import { displayPath, parseFiles, type ParallelOptions } from './parse-files.ts';
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
    new FileProblems(problems, display(root), 'content').place(1, 1, [], 'error', `the content folder ${display(root)} does not exist`, 'run from the project folder, or point --content / PARTNERKIT_CONTENT at the folder that holds program.yaml');
    return { content: undefined, problems, filesChecked: 0 };
  }
  const { files, strays, missing } = await readContentFolder(root);

  for (const relative of missing) {
    new FileProblems(problems, display(path.join(root, relative)), 'program').place(1, 1, [], 'error', `${relative} is missing from ${display(root)}`, `create it (see the README), or point --content / PARTNERKIT_CONTENT at the content folder`);
  }
  for (const stray of strays) {
    new FileProblems(problems, display(stray.absolute), stray.relative).place(1, 1, [], stray.severity ?? 'error', stray.message, stray.fix);
  }

  const { parsed, inspected } = await parseFiles(files, { root, projectRoot: options.projectRoot ?? process.cwd(), problems, display }, options.parallel);
  const entries = groupByKind(parsed);
  const { checkedFiles, published } = await checkCrossReferences(entries, { root, today: options.today, problems, display, inspected });

  problems.sort(byFileAndLine);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return {
    content: hasErrors ? undefined : toContent(root, entries, published),
    problems,
    filesChecked: files.length + strays.filter((stray) => stray.counted !== false).length + checkedFiles,
  };
}

function groupByKind(parsed: ParsedFile[]): ParsedEntries {
  const of = (kind: ContentKind) => parsed.filter((file) => file.source.kind === kind);
  return {
    program: of('program')[0],
    brand: of('brand')[0],
    partners: of('partner'),
    activity: of('activity'),
    caseStudies: of('case-study'),
    news: of('news'),
  };
}

function toContent(root: string, entries: ParsedEntries, published: PublishedFiles): Content {
  const source = (file: ParsedFile) => ({ slug: file.source.slug, file: file.source.relative });
  const brand = entries.brand?.data as z.output<typeof CONTENT_SCHEMAS.brand> | undefined;
  return {
    root,
    program: entries.program!.data as Content['program'],
    partners: entries.partners.map((file) => ({ ...(file.data as object), ...source(file) }) as Content['partners'][number]),
    activity: entries.activity.map((file) => ({ ...(file.data as object), ...source(file) }) as Content['activity'][number]),
    caseStudies: entries.caseStudies.map((file) => ({ ...(file.data as object), ...source(file), body: file.body ?? '' }) as Content['caseStudies'][number]),
    news: entries.news.map((file) => ({ ...(file.data as object), ...source(file), body: file.body ?? '', format: file.source.extension === '.md' ? 'md' : 'mdx' }) as Content['news'][number]),
    brandAssets: brand?.assets ?? [],
    published,
  };
}

const isFolder = (folder: string) => stat(folder).then((info) => info.isDirectory(), () => false);
