// The JSON Schemas editors use are generated from the zod schemas: never stale, named on the first
// line of every YAML file, and in agreement with zod on the demo content.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FOLDER, jsonSchemaText } from '../src/cli/generate-json-schemas.ts';
import { CONTENT_SCHEMAS, type ContentKind, jsonSchemaFileName } from '../src/loader/content-kinds.ts';
import { contentFileAt } from '../src/loader/read-content-folder.ts';
import { DEMO_CONTENT, run } from './helpers/content-fixture.ts';

const kinds = Object.keys(CONTENT_SCHEMAS) as ContentKind[];

async function yamlFilesOf(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.yaml')).map((e) => path.join(e.parentPath, e.name));
}

/** The kind the registry (content-kinds.ts) says a demo file is. */
const kindOf = (file: string): ContentKind => {
  const relative = path.relative(DEMO_CONTENT, file).split(path.sep).join('/');
  const found = contentFileAt(DEMO_CONTENT, relative);
  if (!found) throw new Error(`unexpected YAML file ${relative}`);
  return found.kind as ContentKind;
};

describe('generated JSON Schemas', () => {
  it.each(kinds)('schemas/json/%s.schema.json is up to date with the zod schema', async (kind) => {
    const committed = await readFile(path.join(JSON_SCHEMA_FOLDER, jsonSchemaFileName(kind)), 'utf8');
    expect(committed, 'run `npm run schemas` and commit the result').toBe(jsonSchemaText(kind));
  });

  it('`npm run schemas -- --check` agrees', () => {
    const result = run(['src/cli/generate-json-schemas.ts', '--check']);
    expect(result.stdout).toContain('JSON Schemas and the content reference are up to date');
    expect(result.code).toBe(0);
  });

  it('every demo YAML file names its JSON Schema on its first line, by a path that exists', async () => {
    const files = await yamlFilesOf(DEMO_CONTENT);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const firstLine = (await readFile(file, 'utf8')).split('\n')[0]!;
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
      expect(match, file).not.toBeNull();
      expect(path.resolve(path.dirname(file), match![1]!)).toBe(path.join(JSON_SCHEMA_FOLDER, jsonSchemaFileName(kindOf(file))));
    }
  });

  it('accepts every demo YAML file, as zod does, and rejects what zod rejects', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validators = Object.fromEntries(
      await Promise.all(
        kinds.map(async (kind) => [kind, ajv.compile(JSON.parse(await readFile(path.join(JSON_SCHEMA_FOLDER, jsonSchemaFileName(kind)), 'utf8')))] as const),
      ),
    );
    for (const file of await yamlFilesOf(DEMO_CONTENT)) {
      const validate = validators[kindOf(file)]!;
      expect(validate(parseYaml(await readFile(file, 'utf8'))), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const partner = validators.partner!;
    expect(partner({ name: 'x', tier: 'gold', types: ['a'], website: 'javascript:alert(1)', summary: 's', logo: 'logos/x.svg' })).toBe(false);
    expect(partner({ name: 'x', tier: 'gold', types: ['a'], website: 'https://x.example', summary: 's', logo: 'logos/x.svg', slug: 'y' })).toBe(false);
  });
});
