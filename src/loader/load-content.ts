// The one loader. `npm run validate` and the Astro build both call loadContent(), so the build can
// never accept what validate rejects, and both print the same messages.
//
// read files → parse YAML with positions → validate each file against its zod schema →
// check cross-references and referenced files → Content (only when there are no errors).
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { CONTENT_SCHEMAS, jsonSchemaFileName, type ContentKind } from '../../schemas/index.ts';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { mapLimit } from '../shared/map-limit.ts';
import { checkMdx } from './check-mdx.ts';
import type { Content } from './content-types.ts';
import { checkCrossReferences, type ParsedEntries } from './cross-references.ts';
import { FileProblems } from './file-problems.ts';
import { splitFrontMatter } from './front-matter.ts';
import { byFileAndLine, type Problem } from './problem.ts';
import { readContentFolder, type ContentFile } from './read-content-folder.ts';
import { parseYamlDocument } from './yaml-document.ts';
import { toKebabCase } from '../shared/kebab-case.ts';
import { messagesForIssue } from './zod-messages.ts';

/** Case studies and news posts larger than this are refused before parsing. */
export const MAX_PROSE_BYTES = 256 * 1024;

/** UTF-8 text, or undefined (with the problem reported at the first byte that is not UTF-8). */
function decodeUtf8(bytes: Buffer, report: FileProblems): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, Math.max(0, at));
    const line = before.split('\n').length;
    report.place(line, at - before.lastIndexOf('\n'), [], 'error', 'the file is not UTF-8 text', 'save it with UTF-8 encoding (most editors offer this under "Save with encoding")');
    return undefined;
  }
}

export interface LoadOptions {
  /** The build date, YYYY-MM-DD: expiry warnings are computed against it. */
  today: string;
  /** Folder that holds schemas/json, for the editor hint line; defaults to the working directory. */
  projectRoot?: string;
}

export interface LoadResult {
  /** The validated content; undefined when any error was found, so nothing half-checked is published. */
  content: Content | undefined;
  problems: Problem[];
  filesChecked: number;
}

export interface ParsedFile {
  source: ContentFile;
  report: FileProblems;
  /** Schema output (defaults applied), when the file passed its schema. */
  data: unknown;
  /** The data as written, even when it failed its schema, so cross-references are still checked. */
  raw: unknown;
  body?: string;
}

export async function loadContent(root: string, options: LoadOptions): Promise<LoadResult> {
  const problems: Problem[] = [];
  // Paths relative to where the command runs, as editors and CI annotations want them; absolute
  // when the content lives elsewhere (a "../../tmp/…" path helps nobody).
  const display = (absolute: string) => {
    const relative = path.relative(process.cwd(), absolute);
    return (relative.startsWith('..') ? absolute : relative || '.').split(path.sep).join('/');
  };
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

  const parsed = await mapLimit(files, 32, (file) => parseFile(file, problems, display, options.projectRoot ?? process.cwd()));
  const entries = groupByKind(parsed);
  const checkedFiles = await checkCrossReferences(entries, { root, today: options.today, problems, display });

  problems.sort(byFileAndLine);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return {
    content: hasErrors ? undefined : toContent(root, entries),
    problems,
    filesChecked: files.length + strays.length + checkedFiles,
  };
}

async function parseFile(source: ContentFile, problems: Problem[], display: (absolute: string) => string, projectRoot: string): Promise<ParsedFile> {
  const entry = source.kind === 'program' ? 'program' : source.kind === 'brand' ? 'brand' : `${path.dirname(source.relative)}/${source.slug}`;
  const report = new FileProblems(problems, display(source.absolute), entry);
  const result: ParsedFile = { source, report, data: undefined, raw: undefined };

  if (source.kind !== 'program' && source.kind !== 'brand' && !KEBAB_CASE.test(source.slug)) {
    const suggestion = toKebabCase(source.slug);
    report.place(1, 1, [], 'error', `the file name "${path.basename(source.relative)}" is not a kebab-case slug`, `rename it to ${suggestion || 'lowercase-words-with-hyphens'}${source.extension}: the file name becomes the page's URL`);
  }

  // Synchronous on purpose: for thousands of small files it is ~10× faster than fs/promises,
  // which pays a thread-pool round trip for each open, stat, read and close.
  const bytes = readFileSync(source.absolute);
  const isYaml = source.extension === '.yaml';
  if (!isYaml && bytes.length > MAX_PROSE_BYTES) {
    report.place(1, 1, [], 'error', `the file is larger than ${MAX_PROSE_BYTES / 1024} kB`, 'shorten it, or split it into several posts');
    return result;
  }
  const text = decodeUtf8(bytes, report);
  if (text === undefined) return result;
  const split = isYaml ? { yaml: text, yamlLineOffset: 0, body: '' } : splitFrontMatter(text);
  if (split.yaml === undefined) {
    report.place(1, 1, [], 'error', 'the file has no front matter', 'start it with a block between two "---" lines holding title, summary and the other fields (see the README)');
    return result;
  }
  if ('problem' in split && split.problem) {
    const { line, column, message, fix } = split.problem;
    report.place(line, column, [], 'error', message, fix);
  }
  const parsedYaml = parseYamlDocument(split.yaml, { lineOffset: split.yamlLineOffset });
  if (!parsedYaml.ok) {
    const { line, column, message, fix } = parsedYaml.problem;
    report.place(line, column, [], 'error', message, fix);
  } else {
    report.document = parsedYaml.document;
    result.raw = parsedYaml.document.data;
    result.data = validateAgainstSchema(CONTENT_SCHEMAS[source.kind], parsedYaml.document.data, report, isYaml ? 'file' : 'front matter');
  }
  if (isYaml) checkSchemaHint(text, source, report, projectRoot);
  else {
    result.body = split.body;
    for (const problem of checkMdx(split.body, source.extension === '.md' ? 'md' : 'mdx')) {
      report.place(problem.line, problem.column, [], 'error', problem.message, problem.fix);
    }
  }
  return result;
}

function validateAgainstSchema(schema: z.ZodType, data: unknown, report: FileProblems, what: 'file' | 'front matter'): unknown {
  if (data === undefined || data === null) {
    report.place(1, 1, [], 'error', `the ${what} is empty`, what === 'file' ? 'fill it in: the README has an example of this kind of file' : 'write title, summary and published (and the other fields) between the two "---" lines');
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    for (const message of messagesForIssue(issue, data, schema)) {
      if (message.key !== undefined) report.key(message.path, message.key, 'error', message.message, message.fix);
      else report.field(message.path, 'error', message.message, message.fix);
    }
  }
  return undefined;
}

/** Editors autocomplete and underline mistakes when a file names its JSON Schema on its first line. */
function checkSchemaHint(text: string, source: ContentFile, report: FileProblems, projectRoot: string) {
  const schemaFile = jsonSchemaFileName(source.kind);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0).replace(/^\uFEFF/, '');
  if (/^#\s*yaml-language-server:\s*\$schema=\S*/.test(firstLine) && firstLine.trimEnd().endsWith(schemaFile)) return;
  const relative = path.relative(path.dirname(source.absolute), path.join(projectRoot, 'schemas', 'json', schemaFile)).split(path.sep).join('/');
  report.place(1, 1, [], 'warning', 'the first line does not name the JSON Schema for editors', `make the first line: # yaml-language-server: $schema=${relative}`);
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

function toContent(root: string, entries: ParsedEntries): Content {
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
  };
}

const isFolder = (folder: string) => stat(folder).then((info) => info.isDirectory(), () => false);
