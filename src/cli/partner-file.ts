// Writes a new partner file (with its schema line) and its logo, then validates them: shared by
// `npm run new:partner` and `npm run from-issue`.
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { jsonSchemaFileName } from '../../schemas/index.ts';
import { ProgramSchema, type Program } from '../../schemas/program.ts';
import { loadContent } from '../loader/load-content.ts';
import type { Problem } from '../loader/problem.ts';
import { parseYamlDocument } from '../loader/yaml-document.ts';
import { toKebabCase } from '../shared/kebab-case.ts';

export class UserError extends Error {}

/** program.yaml, validated: the choices for tiers, types and vocabularies. */
export async function readProgram(root: string): Promise<Program> {
  const text = await readFile(path.join(root, 'program.yaml'), 'utf8').catch(() => {
    throw new UserError(`there is no program.yaml in ${root} → run from the project folder, or pass --content DIR`);
  });
  const parsed = parseYamlDocument(text);
  const program = parsed.ok ? ProgramSchema.safeParse(parsed.document.data) : undefined;
  if (!program?.success) throw new UserError('program.yaml has errors → run `npm run validate` and fix them first');
  return program.data;
}


export interface WrittenPartner {
  slug: string;
  logo: string;
  /** Problems validate finds in the new partner's files. */
  problems: Problem[];
}

export async function writePartnerFile(root: string, partner: Record<string, unknown>, logoSource: string | undefined, today: string, logoExtension = '.svg'): Promise<WrittenPartner> {
  const name = String(partner.name ?? '');
  const slug = toKebabCase(name);
  if (!KEBAB_CASE.test(slug)) throw new UserError(`cannot make a file name from "${name}" → use a name with letters or digits`);
  const file = path.join(root, 'partners', `${slug}.yaml`);
  if (await stat(file).then(() => true, () => false)) throw new UserError(`partners/${slug}.yaml already exists → edit it instead, or pick another name`);
  if (logoSource && !(await stat(logoSource).then((s) => s.isFile(), () => false))) throw new UserError(`the logo file ${logoSource} does not exist`);
  const extension = (logoSource ? path.extname(logoSource) : logoExtension).toLowerCase().replace('.jpeg', '.jpg');
  const logo = `logos/${slug}${extension}`;
  const written = { ...partner, logo, since: partner.since ?? today, reviewed: today };
  const schemaPath = path.relative(path.dirname(file), path.resolve('schemas', 'json', jsonSchemaFileName('partner'))).split(path.sep).join('/');
  await mkdir(path.dirname(file), { recursive: true });
  if (logoSource) {
    await mkdir(path.join(root, 'logos'), { recursive: true });
    await copyFile(logoSource, path.join(root, logo));
  }
  // The core schema writes dates as plain 2026-11-21, the way contributors write them.
  await writeFile(file, `# yaml-language-server: $schema=${schemaPath}\n${dump(written, { lineWidth: 100, schema: CORE_SCHEMA })}`);
  const { problems } = await loadContent(root, { today });
  return { slug, logo, problems: problems.filter((p) => p.entry === `partners/${slug}`) };
}
