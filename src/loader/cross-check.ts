// The shape of a check that needs more than one file (src/loader/cross-references.ts runs them):
// it gets the files of one kind, and what every check may look up in the others.
import type { ReferencedFiles } from './check-referenced-files.ts';
import type { ParsedFile } from './parse-file.ts';
import type { ProgramIds } from './program-ids.ts';

export interface CrossCheckLookups {
  /** The build date, YYYY-MM-DD. */
  today: string;
  /** The ids program.yaml defines; undefined when there is no program.yaml. */
  ids: ProgramIds | undefined;
  /** The partners' slugs (their file names). */
  partnerSlugs: ReadonlySet<string>;
  /** The files content names (logos, brand assets, images), each checked once. */
  files: ReferencedFiles;
}

/** Checks the files of one kind, reporting on each file's own report. */
export type CrossCheck = (files: readonly ParsedFile[], lookups: CrossCheckLookups) => void;
