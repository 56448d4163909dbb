// /api/v1/program.json: the program document, with the contribute block when program.yaml names the
// content's repository, so a partner's own systems know where to send changes and how to write them.
import { ProgramSchema } from '../../schemas/api/v1.ts';
import type { Program } from '../../schemas/program.ts';
import { CONTENT_KINDS, filePatterns, jsonSchemaFileName } from '../loader/content-kinds.ts';
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';
import { ISSUE_FORM_FILES } from '../shared/issue-form-files.ts';
import { type Absolute, programDocument } from './api-v1.ts';

/** A repository on GitHub opens an issue form at <repository>/issues/new?template=<file>; elsewhere there is no such link. */
function issueFormUrl(repository: string, file: string): string | null {
  const url = new URL(repository);
  const [owner, name] = url.pathname.split('/').filter(Boolean);
  if (url.hostname !== 'github.com' || !owner || !name) return null;
  return `https://github.com/${owner}/${name.replace(/\.git$/, '')}/issues/new?template=${encodeURIComponent(file)}`;
}

export function contributeBlock(program: Program, absolute: Absolute) {
  const repository = program.site.repository;
  if (!repository) return undefined;
  return {
    repository,
    applicationForm: issueFormUrl(repository, ISSUE_FORM_FILES.partner),
    appSubmissionForm: issueFormUrl(repository, ISSUE_FORM_FILES.app),
    contentSchemas: CONTENT_KINDS.map(({ kind, files }) => ({
      kind,
      files: filePatterns(files),
      schema: absolute(routes.contentSchema(jsonSchemaFileName(kind))),
    })),
  };
}

export function programResponse(model: Model, absolute: Absolute) {
  const contribute = contributeBlock(model.program, absolute);
  return ProgramSchema.parse({ ...programDocument(model, absolute), ...(contribute ? { contribute } : {}) });
}
