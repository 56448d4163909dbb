// The registry of content kinds (src/loader/content-kinds.ts) is the one list of kinds: the
// generated JSON Schemas, the README's content layout and the demo content folder agree with it,
// and a kind declared there is read, checked and handed on without being named anywhere else.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_KINDS, jsonSchemaFileName } from '../src/loader/content-kinds.ts';
import { contentFileAt } from '../src/loader/read-content-folder.ts';
import { copyOfDemo, DEMO_CONTENT, load, PROJECT_ROOT } from './helpers/content-fixture.ts';

/** How the README's content layout names a kind's files, e.g. `news/<slug>.md|.mdx`. */
const layoutName = (files: (typeof CONTENT_KINDS)[number]['files']) => ('path' in files ? files.path : `${files.folder}/<slug>${files.extensions.join('|')}`);

/** Top-level folders of files that entries point at (read-content-folder.ts); any file may be there. */
const ASSET_FOLDERS = ['logos', 'brand', 'images'];

describe('the registry of content kinds', () => {
  it('has one generated JSON Schema per kind in schemas/json/, and no other', async () => {
    const files = (await readdir(path.join(PROJECT_ROOT, 'schemas', 'json'))).filter((name) => name.endsWith('.schema.json'));
    expect(files.sort()).toEqual(CONTENT_KINDS.map(({ kind }) => jsonSchemaFileName(kind)).sort());
  });

  it("is the list of files in the README's content layout", async () => {
    const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const layout = /## Content layout\n\n```\ncontent\/\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(layout, 'the README has a "Content layout" block').toBeDefined();
    // Each line names a file or a folder, then says what it holds.
    const named = layout!.split('\n').flatMap((line) => /^ {2}(\S+)/.exec(line)?.[1] ?? []);
    const contentFiles = named.filter((name) => !name.endsWith('/'));
    expect(contentFiles.sort()).toEqual(CONTENT_KINDS.map((definition) => layoutName(definition.files)).sort());
  });

  it('claims every file of the demo content, outside the folders of logos, brand assets and images', async () => {
    const entries = await readdir(DEMO_CONTENT, { recursive: true, withFileTypes: true });
    const unclaimed = entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(DEMO_CONTENT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((relative) => !contentFileAt(DEMO_CONTENT, relative) && !ASSET_FOLDERS.includes(relative.split('/')[0]!));
    expect(unclaimed).toEqual([]);
  });

  it('reads each kind into its field of Content, checked against its schema', async () => {
    const root = await copyOfDemo();
    const { content, problems } = await load(root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    for (const definition of CONTENT_KINDS) {
      const value = (content as Record<string, unknown>)[definition.content];
      expect(value, definition.content).toBeDefined();
      // What a folder kind holds is one entry per file, in file-name order.
      if ('folder' in definition.files) {
        const { folder, extensions } = definition.files;
        const names = await readdir(path.join(root, folder)).catch(() => [] as string[]); // an absent folder is an empty collection
        const slugs = names.filter((name) => extensions.some((extension) => name.endsWith(extension))).map((name) => name.replace(/\.[a-z]+$/, ''));
        expect(
          (value as Array<{ slug: string }>).map((entry) => entry.slug),
          folder,
        ).toEqual(slugs.sort((a, b) => a.localeCompare(b)));
      }
    }
    // A file that fails its kind's schema is reported under its entry, with the problem's code.
    await writeFile(
      path.join(root, 'partners', 'stray-field.yaml'),
      '# yaml-language-server: $schema=../../schemas/json/partner.schema.json\nname: Stray\ncolour: red\n',
    );
    const refused = await load(root);
    expect(refused.content).toBeUndefined();
    expect(refused.problems.find((problem) => problem.entry === 'partners/stray-field' && problem.code === 'unknown-field')?.path).toBe('colour');
  });
});
