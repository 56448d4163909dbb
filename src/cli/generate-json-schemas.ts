// `npm run schemas`: writes schemas/json/<kind>.schema.json from the zod schema of each kind of
// content (src/loader/content-kinds.ts), so editors (through the yaml-language-server line at the
// top of each file) autocomplete and underline mistakes, and docs/content-reference.md, the same
// fields and descriptions as tables for people. `--check` exits 1 when a committed file is stale, without writing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CONTENT_PATH, HEX_COLOR, KEBAB_CASE } from '../../schemas/common.ts';
import { CONTENT_KINDS, type ContentKind, contentKind, filePatterns, hasBodies, jsonSchemaFileName } from '../loader/content-kinds.ts';
import { contentReferenceText } from './content-reference.ts';
import type { JsonSchemaNode } from './json-schema-fields.ts';
import { type ExitCode, runCommand } from './run-command.ts';
import { print, printError } from './terminal-safe.ts';

const PROJECT_ROOT = path.join(import.meta.dirname, '..', '..');
export const JSON_SCHEMA_FOLDER = path.join(PROJECT_ROOT, 'schemas', 'json');
export const CONTENT_REFERENCE_FILE = path.join(PROJECT_ROOT, 'docs', 'content-reference.md');

/** The JSON Schema of what a contributor writes (input side: fields with defaults are optional). */
function jsonSchemaOf(kind: ContentKind): JsonSchemaNode {
  return z.toJSONSchema(contentKind(kind).schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchemaNode;
}

export function jsonSchemaText(kind: ContentKind): string {
  return `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`;
}

/** The content reference, kind by kind in the order of CONTENT_KINDS. */
export function contentReference(): string {
  const kinds = CONTENT_KINDS.map((definition) => ({
    kind: definition.kind,
    files: filePatterns(definition.files),
    frontMatter: hasBodies(definition),
    schema: jsonSchemaOf(definition.kind),
  }));
  return contentReferenceText(kinds, { id: KEBAB_CASE.source, colour: HEX_COLOR.source, contentPath: CONTENT_PATH.source });
}

/** Every generated file and its text. */
function generatedFiles(): Array<{ file: string; text: string }> {
  return [
    ...CONTENT_KINDS.map(({ kind }) => ({ file: path.join(JSON_SCHEMA_FOLDER, jsonSchemaFileName(kind)), text: jsonSchemaText(kind) })),
    { file: CONTENT_REFERENCE_FILE, text: contentReference() },
  ];
}

async function writeGeneratedFiles(check: boolean): Promise<ExitCode> {
  const stale: string[] = [];
  for (const { file, text } of generatedFiles()) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) continue;
    if (check) stale.push(path.relative(process.cwd(), file));
    else {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text);
      print(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  if (stale.length) {
    printError(`stale: ${stale.join(', ')} → run \`npm run schemas\` and commit the result`);
    return 1;
  }
  if (check) print('JSON Schemas and the content reference are up to date');
  return 0;
}

const HELP = `Usage: npm run schemas -- [--check]

Writes the JSON Schemas in schemas/json/ and the content reference docs/content-reference.md from
the zod schemas. With --check, writes nothing and exits 1 when the committed ones are stale.`;

if (import.meta.main)
  await runCommand({
    name: 'schemas',
    usage: HELP,
    options: { check: { type: 'boolean' } },
    run: ({ options }) => writeGeneratedFiles(options.check === true),
  });
