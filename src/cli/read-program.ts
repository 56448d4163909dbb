// program.yaml, for the commands that ask about a new partner (new:partner, from-issue,
// issue-form): its tiers, partner types and vocabularies are the choices offered.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ProgramSchema, type Program } from '../../schemas/program.ts';
import { parseYamlDocument } from '../loader/yaml-document.ts';
import { UserError } from './user-error.ts';

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
