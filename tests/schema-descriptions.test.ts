// Every field of every content file says what it is, so editors' hovers and the content reference
// document the whole model. A field added without `.meta({ description })` (or a description
// passed to its builder in schemas/common.ts) fails here by its path.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FOLDER } from '../src/cli/generate-json-schemas.ts';
import { type JsonSchemaNode, schemaFields } from '../src/cli/json-schema-fields.ts';

const undescribed = (schema: JsonSchemaNode) =>
  schemaFields(schema)
    .filter((field) => !field.schema.description?.trim())
    .map((field) => field.path);

const jsonSchemaFiles = (await readdir(JSON_SCHEMA_FOLDER)).filter((name) => name.endsWith('.json')).sort();

describe('descriptions on schema fields', () => {
  it('finds the JSON Schemas', () => {
    expect(jsonSchemaFiles).toContain('program.schema.json');
    expect(jsonSchemaFiles.length).toBeGreaterThanOrEqual(6);
  });

  it.each(jsonSchemaFiles)('every property in schemas/json/%s has a description', async (name) => {
    const schema = JSON.parse(await readFile(path.join(JSON_SCHEMA_FOLDER, name), 'utf8')) as JsonSchemaNode;
    expect(schemaFields(schema).length).toBeGreaterThan(0);
    expect(undescribed(schema), `add .meta({ description: '…' }) to these fields of ${name}, then run \`npm run schemas\``).toEqual([]);
  });

  it('looks inside list items, alternatives, maps and shared definitions, and names each field without one', () => {
    const schema: JsonSchemaNode = {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'The name.' },
        tiers: {
          type: 'array',
          description: 'The tiers.',
          items: {
            type: 'object',
            properties: { id: { type: 'string' }, fee: { anyOf: [{ type: 'object', properties: { amount: { type: 'number' } } }, { type: 'null' }] } },
          },
        },
        labels: {
          type: 'object',
          description: 'Labels by key.',
          additionalProperties: { type: 'object', properties: { text: { type: 'string', description: '  ' } } },
        },
      },
      $defs: { Term: { type: 'object', properties: { id: { type: 'string' } } } },
    };
    expect(undescribed(schema)).toEqual(['tiers[].id', 'tiers[].fee', 'tiers[].fee.amount', 'labels.*.text', '$defs.Term.id']);
  });
});
