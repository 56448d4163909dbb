// Reads and checks one content file on its own: UTF-8, front matter, YAML syntax, its zod schema,
// the MDX body, and the editor hint line. Checks that need other files are in cross-references.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { checkBodyText } from './check-body-text.ts';
import type { FileCheck } from './check-file-names.ts';
import type { BodyImage, BodyQuote } from './check-mdx.ts';
import { type ContentFile, jsonSchemaFileName } from './content-file.ts';
import { FileProblems } from './file-problems.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { Problem } from './problem.ts';
import { parseYamlDocument } from './yaml-document.ts';
import { messagesForIssue } from './zod-messages.ts';

export interface ParsedFile {
  source: ContentFile;
  report: FileProblems;
  /** Schema output (defaults applied), when the file passed its schema. */
  data: unknown;
  /** The data as written, even when it failed its schema, so cross-references are still checked. */
  raw: unknown;
  body?: string;
  /** The images a case study or news body shows, for the file checks. */
  images?: BodyImage[];
  /** The <Quote>s a case study or news body holds, for the repeated-quote check. */
  quotes?: BodyQuote[];
}

/** What a file's kind asks of each of its files (content-kinds.ts). */
export interface FileRules {
  schema: z.ZodType;
  fileChecks: readonly FileCheck[];
}

/** Case studies and news posts larger than this are refused before parsing. */
export const MAX_PROSE_BYTES = 256 * 1024;

/** Throws on bytes that are not UTF-8; holds no state between whole-buffer decodes, so one serves every file. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text, or undefined (with the problem reported at the first byte that is not UTF-8). */
function decodeUtf8(bytes: Buffer, report: FileProblems): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const lenient = bytes.toString('utf8');
    const at = lenient.indexOf('\uFFFD');
    const before = lenient.slice(0, Math.max(0, at));
    const line = before.split('\n').length;
    report.place(
      {
        line,
        column: at - before.lastIndexOf('\n'),
        code: 'not-utf8',
        message: 'the file is not UTF-8 text',
        fix: 'save it with UTF-8 encoding (most editors offer this under "Save with encoding")',
      },
      'error',
    );
    return undefined;
  }
}

export async function parseFile(
  source: ContentFile,
  rules: FileRules,
  problems: Problem[],
  display: (absolute: string) => string,
  projectRoot: string,
): Promise<ParsedFile> {
  const report = new FileProblems(problems, display(source.absolute), source.entry);
  const result: ParsedFile = { source, report, data: undefined, raw: undefined };
  for (const check of rules.fileChecks) check(source, report);

  // Synchronous on purpose: for thousands of small files it is ~10× faster than fs/promises,
  // which pays a thread-pool round trip for each open, stat, read and close.
  const bytes = readFileSync(source.absolute);
  const isYaml = source.extension === '.yaml';
  if (!isYaml && bytes.length > MAX_PROSE_BYTES) {
    report.wholeFile('error', {
      code: 'file-too-large',
      message: `the file is larger than ${MAX_PROSE_BYTES / 1024} kB`,
      fix: 'shorten it, or split it into several posts',
    });
    return result;
  }
  const text = decodeUtf8(bytes, report);
  if (text === undefined) return result;
  const split = isYaml ? { yaml: text, yamlLineOffset: 0, body: '' } : splitFrontMatter(text);
  if (split.yaml === undefined) {
    report.wholeFile('error', {
      code: 'no-front-matter',
      message: 'the file has no front matter',
      fix: 'start it with a block between two "---" lines holding title, summary and the other fields (see the README)',
    });
    return result;
  }
  if ('problem' in split && split.problem) report.place(split.problem, 'error');
  const parsedYaml = parseYamlDocument(split.yaml, { lineOffset: split.yamlLineOffset });
  if (!parsedYaml.ok) report.place(parsedYaml.problem, 'error');
  else {
    report.document = parsedYaml.document;
    result.raw = parsedYaml.document.data;
    result.data = validateAgainstSchema(rules.schema, parsedYaml.document.data, report, isYaml ? 'file' : 'front matter');
  }
  if (isYaml) checkSchemaHint(text, source, report, projectRoot);
  else {
    result.body = split.body;
    // Loaded on first use: the MDX parser takes longer to load than thousands of YAML files to check.
    const { checkBody } = await import('./check-mdx.ts');
    const { problems: bodyProblems, images, quotes } = checkBody(split.body, source.extension === '.md' ? 'md' : 'mdx');
    for (const problem of bodyProblems) report.place(problem, 'error');
    result.images = images;
    result.quotes = quotes;
    // Control, direction-changing and invisible characters in the body (src/loader/check-body-text.ts).
    for (const problem of checkBodyText(split.body)) report.place(problem, 'error');
  }
  return result;
}

function validateAgainstSchema(schema: z.ZodType, data: unknown, report: FileProblems, what: 'file' | 'front matter'): unknown {
  if (data === undefined || data === null) {
    report.wholeFile('error', {
      code: 'empty-file',
      message: `the ${what} is empty`,
      fix:
        what === 'file'
          ? 'fill it in: the README has an example of this kind of file'
          : 'write title, summary and published (and the other fields) between the two "---" lines',
    });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    for (const message of messagesForIssue(issue, data, schema)) {
      if (message.key !== undefined) report.key(message.path, message.key, 'error', message);
      else if (message.text) report.fieldText(message.path, message.text.needle, message.text.occurrence, 'error', message);
      else report.field(message.path, 'error', message);
    }
  }
  return undefined;
}

/** Editors autocomplete and underline mistakes when a file names its JSON Schema on its first line. */
function checkSchemaHint(text: string, source: ContentFile, report: FileProblems, projectRoot: string) {
  const schemaFile = jsonSchemaFileName(source.kind);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0).replace(/^\uFEFF/, '');
  if (/^#\s*yaml-language-server:\s*\$schema=\S*/.test(firstLine) && firstLine.trimEnd().endsWith(schemaFile)) return;
  const relative = path
    .relative(path.dirname(source.absolute), path.join(projectRoot, 'schemas', 'json', schemaFile))
    .split(path.sep)
    .join('/');
  report.wholeFile('warning', {
    code: 'missing-schema-line',
    message: 'the first line does not name the JSON Schema for editors',
    fix: `make the first line: # yaml-language-server: $schema=${relative}`,
  });
}
