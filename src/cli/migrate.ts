// `npm run migrate`: rewrites the older forms in program.yaml (a tier's single `fee`, the tiers'
// `benefits` lists) into the current ones (`fees`, the benefits matrix), printing what it changed;
// `--check` only reports, and exits 1 when there is something to migrate.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Program } from '../../schemas/program.ts';
import { displayPath } from '../loader/display-path.ts';
import { readProgramFile } from '../loader/read-content-file.ts';
import { migrateProgram } from './migrate-program.ts';
import { runCommand } from './run-command.ts';
import { print } from './terminal-safe.ts';
import { UserError } from './user-error.ts';

const HELP = `Usage: npm run migrate -- [--check] [--content DIR]

Rewrites the older forms in program.yaml into the current ones, and prints what it changed:
  a tier's "fee"            → "fees", a list (one-time and recurring fees, several currencies)
  the tiers' "benefits"     → "benefits", the matrix with a value per tier
Only the lines of those fields change; comments elsewhere are kept.

  --check   only report what would change; exit 1 when something would`;

if (import.meta.main)
  await runCommand({
    name: 'migrate',
    usage: HELP,
    options: { check: { type: 'boolean', default: false }, content: { type: 'string' } },
    async run({ options, contentFolder }) {
      const reading = await readProgramFile(contentFolder);
      if (!reading.found) throw new UserError(`there is no program.yaml in ${contentFolder} → run from the project folder, or pass --content DIR`);
      if (!reading.data || reading.text === undefined || reading.problems.some((problem) => problem.severity === 'error'))
        throw new UserError('program.yaml has errors → run `npm run validate` and fix them first');
      const file = displayPath(path.join(contentFolder, 'program.yaml'));
      const migration = migrateProgram(reading.text, reading.raw, reading.data as Program);
      if (migration.changes.length === 0) {
        print(`${file}: nothing to migrate, it uses the current forms`);
        return 0;
      }
      print(`${file}: ${options.check ? 'would change' : 'changed'}`);
      for (const change of migration.changes) print(`  ${change}`);
      if (!migration.commentsKept) print('  the file was written whole from its data: its comments could not be kept');
      if (options.check) {
        print('Run `npm run migrate` to rewrite it.');
        return 1;
      }
      await writeFile(path.join(contentFolder, 'program.yaml'), migration.text);
      print('Run `npm run validate` to check it, and review the new benefits: give each a group, and values where a tier gets more.');
      return 0;
    },
  });
