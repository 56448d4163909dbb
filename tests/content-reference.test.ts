// docs/content-reference.md is generated from the same zod schemas as the JSON Schemas: never
// stale, one row per field of every kind, and a description written in a schema can never break
// its table or add markup to the page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReferenceText } from '../src/cli/content-reference.ts';
import { CONTENT_REFERENCE_FILE, contentReference, JSON_SCHEMA_FOLDER } from '../src/cli/generate-json-schemas.ts';
import { type JsonSchemaNode, schemaFields } from '../src/cli/json-schema-fields.ts';
import { CONTENT_KINDS, jsonSchemaFileName } from '../src/loader/content-kinds.ts';
import { PROJECT_ROOT } from './helpers/content-fixture.ts';

const committed = await readFile(CONTENT_REFERENCE_FILE, 'utf8');

/** The rows of the table under a kind's heading, as cells. */
function tableOf(markdown: string, kind: string): string[][] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith(`${kind}:`));
  if (!section) throw new Error(`no section for ${kind}`);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('the content reference', () => {
  it('is up to date with the zod schemas (run `npm run schemas` and commit the result)', () => {
    expect(committed).toBe(contentReference());
  });

  it('is linked from the README', async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/content-reference.md)');
  });

  it.each(CONTENT_KINDS.map((definition) => definition.kind))('has a section for %s with a described row per field', async (kind) => {
    const rows = tableOf(committed, kind);
    const jsonSchema = JSON.parse(await readFile(path.join(JSON_SCHEMA_FOLDER, jsonSchemaFileName(kind)), 'utf8')) as JsonSchemaNode;
    expect(rows.map((cells) => cells[0])).toEqual(schemaFields(jsonSchema).map((field) => `\`${field.path}\``));
    for (const cells of rows) {
      expect(cells, cells[0]).toHaveLength(4);
      expect(cells[3]!.trim(), `${kind}: ${cells[0]}`).not.toBe('');
    }
  });

  it('gives each field its path, type, whether it must be written, and its description', () => {
    const row = (kind: string, field: string) => tableOf(committed, kind).find((cells) => cells[0] === `\`${field}\``);
    expect(row('program', 'tiers[].fee.period')).toEqual([
      '`tiers[].fee.period`',
      'one of `one-time`, `month`, `year`',
      'required',
      'How often the fee is paid: one-time, month or year.',
    ]);
    expect(row('program', 'site.colors.primary')?.slice(1, 3)).toEqual(['colour, #rrggbb', 'optional, default `#3346d3`']);
    expect(row('partner', 'status')?.slice(1, 3)).toEqual(['one of `active`, `inactive`, `alumni`', 'optional, default `active`']);
    expect(row('partner', 'contacts[].visibility')?.[3]).toContain('never published');
    expect(row('activity', 'entries[].notes')?.[3]).toContain('Never published');
  });

  it('escapes what a description holds: a table cell, HTML or a link stays text', () => {
    const text = contentReferenceText(
      [
        {
          kind: 'sample',
          files: ['sample.yaml'],
          frontMatter: false,
          schema: {
            type: 'object',
            description: '<script>alert(1)</script>',
            required: ['title'],
            properties: { title: { type: 'string', maxLength: 40, description: 'A | B <img src=x> [here](https://evil.example) `code`' } },
          },
        },
      ],
      { id: 'id', colour: 'colour', contentPath: 'path' },
    );
    expect(text).toContain('\\<script>alert(1)\\</script>');
    expect(tableOf(text, 'sample')).toEqual([
      ['`title`', 'text, at most 40 characters', 'required', 'A \\| B \\<img src=x> \\[here\\](https://evil.example) \\`code\\`'],
    ]);
  });
});
