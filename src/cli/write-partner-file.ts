// Writes a new partner file (with its schema line) and its logo, then validates them: shared by
// `npm run new:partner` and `npm run from-issue`.
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { jsonSchemaFileName } from '../loader/content-file.ts';
import { loadContent } from '../loader/load-content.ts';
import type { Problem } from '../loader/problem.ts';
import { toKebabCase } from '../shared/kebab-case.ts';
import { UserError } from './user-error.ts';

export interface WrittenPartner {
  slug: string;
  logo: string;
  /** Problems validate finds in the new partner's files. */
  problems: Problem[];
}

export async function writePartnerFile(
  root: string,
  partner: Record<string, unknown>,
  logoSource: string | undefined,
  today: string,
  logoExtension = '.svg',
): Promise<WrittenPartner> {
  const name = String(partner.name ?? '');
  const slug = toKebabCase(name);
  if (!KEBAB_CASE.test(slug)) throw new UserError(`cannot make a file name from "${name}" → use a name with letters or digits`);
  const file = path.join(root, 'partners', `${slug}.yaml`);
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  )
    throw new UserError(`partners/${slug}.yaml already exists → edit it instead, or pick another name`);
  if (
    logoSource &&
    !(await stat(logoSource).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    throw new UserError(`the logo file ${logoSource} does not exist`);
  const extension = (logoSource ? path.extname(logoSource) : logoExtension).toLowerCase().replace('.jpeg', '.jpg');
  const logo = `logos/${slug}${extension}`;
  const written = { ...partner, logo, since: partner.since ?? today, reviewed: today };
  const schemaPath = path
    .relative(path.dirname(file), path.resolve('schemas', 'json', jsonSchemaFileName('partner')))
    .split(path.sep)
    .join('/');
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
