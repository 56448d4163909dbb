// One file of the content folder as the loader reads it, named by the kind it belongs to
// (content-kinds.ts). Plain data: worker threads receive these (parse-files.ts).
import type { Advice } from './problem.ts';

export interface ContentFile {
  /** The kind's name in the registry of content kinds, e.g. "partner". */
  kind: string;
  /** Absolute path. */
  absolute: string;
  /** Relative to the content folder, forward slashes. */
  relative: string;
  /** The file name without extension: the entry's id. */
  slug: string;
  extension: string;
  /** The entry its problems are reported under: the kind of a fixed file ("program"), else "<folder>/<slug>". */
  entry: string;
}

/** File name of a kind's generated JSON Schema, inside schemas/json/: editors read it (the first line of each YAML file names it). */
export const jsonSchemaFileName = (kind: string) => `${kind}.schema.json`;

/** Symbolic links could make the build read (and publish) files from outside the content folder. */
export const SYMLINK: Advice = {
  code: 'symbolic-link',
  message: 'symbolic links are not allowed in the content folder',
  fix: 'replace the link with the file itself',
};
