// `npm run schemas`: writes schemas/json/<kind>.schema.json from the zod schema of each kind of
// content (src/loader/content-kinds.ts), so editors (through the yaml-language-server line at the
// top of each file) autocomplete and underline mistakes. `--check` exits 1 when a committed file is stale, without writing.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { CONTENT_KINDS, type ContentKind, contentKind, jsonSchemaFileName } from '../loader/content-kinds.ts';
import { type ExitCode, runCommand } from './run-command.ts';
import { print, printError } from './terminal-safe.ts';

export const JSON_SCHEMA_FOLDER = path.join(import.meta.dirname, '..', '..', 'schemas', 'json');

/** The JSON Schema of what a contributor writes (input side: fields with defaults are optional). */
export function jsonSchemaText(kind: ContentKind): string {
  const schema = z.toJSONSchema(contentKind(kind).schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

async function writeJsonSchemas(check: boolean): Promise<ExitCode> {
  const stale: string[] = [];
  for (const { kind } of CONTENT_KINDS) {
    const file = path.join(JSON_SCHEMA_FOLDER, jsonSchemaFileName(kind));
    const text = jsonSchemaText(kind);
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) continue;
    if (check) stale.push(path.relative(process.cwd(), file));
    else {
      await writeFile(file, text);
      print(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  if (stale.length) {
    printError(`stale JSON Schema: ${stale.join(', ')} → run \`npm run schemas\` and commit the result`);
    return 1;
  }
  if (check) print('JSON Schemas are up to date');
  return 0;
}

const HELP = `Usage: npm run schemas -- [--check]

Writes the JSON Schemas in schemas/json/ from the zod schemas. With --check, writes nothing and
exits 1 when the committed ones are stale.`;

if (import.meta.main)
  await runCommand({
    name: 'schemas',
    usage: HELP,
    options: { check: { type: 'boolean' } },
    run: ({ options }) => writeJsonSchemas(options.check === true),
  });
