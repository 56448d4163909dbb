// program.yaml, for the commands that ask about a new partner (new:partner, from-issue,
// issue-form): its tiers, partner types and vocabularies are the choices offered. Read by the
// loader, with the checks validate runs on the file itself.
import type { Program } from '../../schemas/program.ts';
import { readProgramFile } from '../loader/read-content-file.ts';
import { UserError } from './user-error.ts';

/** program.yaml, validated: the choices for tiers, types and vocabularies. */
export async function readProgram(root: string): Promise<Program> {
  const program = await readProgramFile(root);
  if (!program.found) throw new UserError(`there is no program.yaml in ${root} → run from the project folder, or pass --content DIR`);
  if (!program.data || program.problems.some((problem) => problem.severity === 'error'))
    throw new UserError('program.yaml has errors → run `npm run validate` and fix them first');
  return program.data;
}
