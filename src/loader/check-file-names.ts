// A file named by its slug becomes a page's URL: the name must be a kebab-case slug, and a partner's
// must not be a word the site uses for its own pages. Checks of one file by its name, before reading it.
import path from 'node:path';
import { KEBAB_CASE } from '../../schemas/common.ts';
import { RESERVED_SLUGS } from '../routes.ts';
import { toKebabCase } from '../shared/kebab-case.ts';
import type { ContentFile } from './content-file.ts';
import type { FileProblems } from './file-problems.ts';

/** A check of one file on its own, beyond its schema; it runs on worker threads too. */
export type FileCheck = (source: ContentFile, report: FileProblems) => void;

export const checkSlugIsKebabCase: FileCheck = (source, report) => {
  if (KEBAB_CASE.test(source.slug)) return;
  const suggestion = toKebabCase(source.slug);
  report.wholeFile('error', {
    code: 'file-name-not-kebab-case',
    message: `the file name "${path.basename(source.relative)}" is not a kebab-case slug`,
    fix: `rename it to ${suggestion || 'lowercase-words-with-hyphens'}${source.extension}: the file name becomes the page's URL`,
  });
};

export const checkSlugIsNotReserved: FileCheck = (source, report) => {
  if (!RESERVED_SLUGS.has(source.slug)) return;
  report.wholeFile('error', {
    code: 'reserved-file-name',
    message: `the file name "${path.basename(source.relative)}" is a word the site uses for its own pages`,
    fix: `rename it after the company, e.g. ${source.slug}-company${source.extension}: the file name becomes the page's URL`,
  });
};
