// One inventory of the files the site publishes from content: partner and program logos, app
// icons and screenshots, brand assets, images in case studies and news. The loader fills it as it
// checks each file; the build (src/model/logos.ts, src/site/toolkit-files.ts, the Markdown image
// guard) publishes nothing that is not in it, and nothing whose bytes changed since they were checked.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { displayPath } from './display-path.ts';
import { formatText } from './format-problems.ts';
import type { Advice, Problem } from './problem.ts';

/**
 * What a file is published as: each has its own rules (see check-file-kind.ts). The build draws
 * logos, covers (a case study's or news post's front-matter image) and app screenshots into WebPs,
 * each in its own box (src/model/logos.ts); brand assets become renditions; body images are served as they are.
 */
export type PublishedPurpose = 'logo' | 'brand' | 'body-image' | 'cover' | 'screenshot';

export class PublishedFile {
  /** Relative to the content folder. */
  readonly file: string;
  readonly purpose: PublishedPurpose;
  /** sha256 of the bytes validate checked. */
  readonly sha256: string;
  readonly #place: () => ProblemPlace;

  constructor(file: string, purpose: PublishedPurpose, hash: string, place: () => ProblemPlace) {
    this.file = file;
    this.purpose = purpose;
    this.sha256 = hash;
    this.#place = place;
  }

  /**
   * The first place that names the file, where the build reports a problem with it as validate
   * would. Worked out when asked: finding a YAML field's line parses the file again.
   */
  namedAt(): ProblemPlace {
    return this.#place();
  }
}

export type ProblemPlace = Pick<Problem, 'file' | 'line' | 'column' | 'entry' | 'path'>;

/** By publishedKey(purpose, file). */
export type PublishedFiles = ReadonlyMap<string, PublishedFile>;

export const publishedKey = (purpose: PublishedPurpose, file: string) => `${purpose}:${file}`;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Thrown by the build for a file it cannot publish: validate's kind of message, without a stack trace. */
export class UnpublishableFile extends Error {
  constructor(problem: Problem) {
    super(formatText(problem));
    this.name = 'UnpublishableFile';
    // A content problem, not a bug: the stack would only bury the message.
    this.stack = this.message;
  }
}

/**
 * The inventory's entry for `file`, after making sure the bytes about to be published are the
 * ones validate checked. Throws UnpublishableFile otherwise.
 */
export function checkedForPublishing(published: PublishedFiles, root: string, purpose: PublishedPurpose, file: string, bytes: Uint8Array): PublishedFile {
  const entry = published.get(publishedKey(purpose, file));
  if (!entry) {
    throw new UnpublishableFile({
      file: displayPath(path.join(root, file)),
      line: 1,
      column: 1,
      entry: file,
      path: '',
      severity: 'error',
      code: 'not-checked-by-validate',
      message: `"${file}" was not checked by validate, so it cannot be published`,
      fix: 'run npm run validate, fix what it reports, and build again',
    });
  }
  if (sha256(bytes) !== entry.sha256) {
    throw buildProblem(entry, {
      code: 'changed-after-validate',
      message: `"${file}" changed after validate checked it`,
      fix: 'build again once the file is saved',
    });
  }
  return entry;
}

/** A problem the build met with a published file, reported at the field that names it. */
export function buildProblem(entry: PublishedFile, advice: Advice): UnpublishableFile {
  return new UnpublishableFile({ ...entry.namedAt(), severity: 'error', ...advice });
}

/** An inventory entry as plain data, for code that runs from the build's bundle (virtual:partnerkit/model). */
export interface PublishedRecord {
  file: string;
  purpose: PublishedPurpose;
  sha256: string;
  place: ProblemPlace;
}

/** Plain records of the entries for one purpose, with their places worked out now. */
export function publishedRecords(published: PublishedFiles, purpose: PublishedPurpose): PublishedRecord[] {
  return [...published.values()]
    .filter((entry) => entry.purpose === purpose)
    .map((entry) => ({ file: entry.file, purpose: entry.purpose, sha256: entry.sha256, place: entry.namedAt() }));
}

/** The inventory again, from plain records. */
export function publishedFilesFrom(records: readonly PublishedRecord[]): PublishedFiles {
  return new Map(
    records.map((record) => [publishedKey(record.purpose, record.file), new PublishedFile(record.file, record.purpose, record.sha256, () => record.place)]),
  );
}
