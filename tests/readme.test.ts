// The README's examples are what new users copy: each one must pass its schema.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../src/loader/check-mdx.ts';
import { CONTENT_SCHEMAS, type ContentKind } from '../src/loader/content-kinds.ts';
import { splitFrontMatter } from '../src/loader/front-matter.ts';
import { parseYamlDocument } from '../src/loader/yaml-document.ts';
import { PROJECT_ROOT } from './helpers/content-fixture.ts';

const readme = await readFile(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```(yaml|mdx)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1]!, text: match[2]! }));

describe('README examples', () => {
  const yamlExamples = blocks.filter((block) => block.language === 'yaml');

  it('has an example for each kind of YAML file', () => {
    const kinds = yamlExamples.map((block) => /schemas\/json\/([a-z-]+)\.schema\.json/.exec(block.text)?.[1]);
    expect(kinds.sort()).toEqual(['activity', 'app', 'brand', 'partner', 'program']);
  });

  it.each(yamlExamples.map((block) => [/schemas\/json\/([a-z-]+)\.schema\.json/.exec(block.text)![1]!, block.text]))(
    'the %s example passes its schema',
    (kind, text) => {
      const parsed = parseYamlDocument(text);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const result = CONTENT_SCHEMAS[kind as ContentKind].safeParse(parsed.document.data);
      expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
    },
  );

  it('the case study example passes its schema and the MDX rules', () => {
    const mdx = blocks.find((block) => block.language === 'mdx')!;
    const split = splitFrontMatter(mdx.text);
    const parsed = parseYamlDocument(split.yaml!);
    expect(parsed.ok && CONTENT_SCHEMAS['case-study'].safeParse(parsed.document.data).success).toBe(true);
    expect(checkMdx(split.body, 'mdx')).toEqual([]);
  });
});
