// Every kind of content, declared once: where its files are, its schema, the checks it takes part
// in, and how it becomes part of Content (and, for a kind no other view is built from, of the
// model). The loader, `npm run schemas`, the published JSON Schemas and Astro's collections all
// read this table. Adding a kind is its schema, an entry here, and its pages (README, "Adding a
// kind of content").
import type { z } from 'zod';
import { ActivityFileSchema } from '../../schemas/activity.ts';
import { AppSchema } from '../../schemas/app.ts';
import { BrandFileSchema } from '../../schemas/brand.ts';
import { CaseStudySchema } from '../../schemas/case-study.ts';
import { NewsSchema } from '../../schemas/news.ts';
import { PartnerSchema } from '../../schemas/partner.ts';
import { ProgramSchema } from '../../schemas/program.ts';
import { checkAppImages, checkAppValues } from './check-app-references.ts';
import { checkBodyImages } from './check-body-images.ts';
import { checkAppCertificationExpiry, checkCertificationExpiry } from './check-certification-expiry.ts';
import { checkColourContrast } from './check-colour-contrast.ts';
import { checkActivityTypes, checkCaseStudyIndustry, checkPartnerValues, checkProgramReferences } from './check-defined-values.ts';
import { checkDuplicatePartners } from './check-duplicate-partners.ts';
import { checkSlugIsKebabCase, checkSlugIsNotReserved, type FileCheck } from './check-file-names.ts';
import { checkFormerSlugs } from './check-former-slugs.ts';
import { checkFoundedYear } from './check-founded-year.ts';
import { checkMetricRecords } from './check-metric-records.ts';
import { checkBrandAssetFiles, checkCoverImages, checkCustomerLogos, checkPartnerLogos, checkProgramLogo } from './check-named-files.ts';
import { checkLedgerPartners, checkPartnerLists } from './check-partner-references.ts';
import { checkProgramNames } from './check-program-names.ts';
import { checkRepeatedQuote } from './check-repeated-quote.ts';
import { checkRequirementMeasures } from './check-requirements.ts';
import { checkReviewedDates } from './check-reviewed-dates.ts';
import { checkSignupLink } from './check-signup-link.ts';
import { checkPartnerTrack, checkTierStructure } from './check-tier-structure.ts';
import { checkToolkitFileNames } from './check-toolkit-file-names.ts';
import type { CrossCheck } from './cross-check.ts';
import type { FileRules, ParsedFile } from './parse-file.ts';

/** Where an entry came from: its slug (the file name) and the file, relative to the content folder. */
export interface Source {
  slug: string;
  file: string;
}

/** A file that passed every check, its data the schema's output. */
export type LoadedFile<Data> = ParsedFile & { data: Data };

export interface ContentKindDefinition<
  Kind extends string = string,
  Key extends string = string,
  Schema extends z.ZodType = z.ZodType,
  Value = unknown,
  View = unknown,
> {
  /** Its name: the entry a fixed file's problems are reported under, and its JSON Schema, schemas/json/<kind>.schema.json. */
  kind: Kind;
  /** The zod schema of one file (of the front matter, for Markdown and MDX). */
  schema: Schema;
  /**
   * Where its files are: one file at a fixed path, or a folder of files, one entry each, named by
   * their kebab-case file name (the slug). Files other than .yaml are front matter and a body.
   */
  files: { path: string; required: boolean } | { folder: string; extensions: readonly string[] };
  /** Checks of each file on its own, besides its schema (folders' file names are checked as slugs anyway). */
  fileChecks?: readonly FileCheck[];
  /** Checks that need other files, in the order they run (cross-references.ts): the order is part of the output. */
  crossChecks?: readonly CrossCheck[];
  /** The field of Content that holds this kind… */
  content: Key;
  /** …and what it holds, from its files in the order they were read (sorted by name). An arrow, `(files) => …`, so that `view` infers its input from it. */
  toContent(files: ReadonlyArray<LoadedFile<z.output<Schema>>>): Value;
  /** Its view in the model (model.kinds[content]), for a kind the model builds nothing else from. */
  view?(value: Value, context: { today: string }): View;
}

/** Where a kind's files are, as a contributor reads it: its one file, or a slug-named file per extension in its folder. */
export const filePatterns = (files: ContentKindDefinition['files']): string[] =>
  'path' in files ? [files.path] : files.extensions.map((extension) => `${files.folder}/<slug>${extension}`);

/** Declares a kind, keeping its literal names and types for Content. */
const defineKind = <const Kind extends string, const Key extends string, Schema extends z.ZodType, Value, View = never>(
  definition: ContentKindDefinition<Kind, Key, Schema, Value, View>,
) => definition;

/** One entry per file: its data, slug and file. */
const entries = <Data>(files: ReadonlyArray<LoadedFile<Data>>): Array<Data & Source> =>
  files.map((file) => ({ ...file.data, slug: file.source.slug, file: file.source.relative }));

/** One entry per file, with its Markdown or MDX body. */
const entriesWithBodies = <Data>(files: ReadonlyArray<LoadedFile<Data>>): Array<Data & Source & { body: string }> =>
  files.map((file) => ({ ...file.data, slug: file.source.slug, file: file.source.relative, body: file.body ?? '' }));

/**
 * The kinds, in the order their cross-checks run (fixed files are read before folders). Program
 * before partners: a logo named by both is reported where the program names it.
 */
export const CONTENT_KINDS = [
  defineKind({
    kind: 'program',
    schema: ProgramSchema,
    files: { path: 'program.yaml', required: true },
    crossChecks: [
      checkProgramNames,
      checkProgramReferences,
      checkRequirementMeasures,
      checkTierStructure,
      checkColourContrast,
      checkProgramLogo,
      checkSignupLink,
    ],
    content: 'program',
    toContent: (files) => files[0]!.data,
  }),
  defineKind({
    kind: 'partner',
    schema: PartnerSchema,
    files: { folder: 'partners', extensions: ['.yaml'] },
    fileChecks: [checkSlugIsNotReserved],
    crossChecks: [
      checkPartnerValues,
      checkFoundedYear,
      checkPartnerTrack,
      checkCertificationExpiry,
      checkReviewedDates,
      checkPartnerLogos,
      checkDuplicatePartners,
      checkFormerSlugs,
    ],
    content: 'partners',
    toContent: (files) => entries(files),
  }),
  defineKind({
    kind: 'app',
    schema: AppSchema,
    files: { folder: 'apps', extensions: ['.yaml'] },
    fileChecks: [checkSlugIsNotReserved],
    crossChecks: [checkAppValues, checkAppCertificationExpiry, checkReviewedDates, checkAppImages],
    content: 'apps',
    toContent: (files) => entries(files),
  }),
  defineKind({
    kind: 'activity',
    schema: ActivityFileSchema,
    files: { folder: 'activity', extensions: ['.yaml'] },
    crossChecks: [checkLedgerPartners, checkActivityTypes, checkMetricRecords],
    content: 'activity',
    toContent: (files) => entries(files),
  }),
  defineKind({
    kind: 'case-study',
    schema: CaseStudySchema,
    files: { folder: 'case-studies', extensions: ['.mdx'] },
    crossChecks: [checkBodyImages, checkCoverImages, checkCustomerLogos, checkPartnerLists, checkCaseStudyIndustry, checkRepeatedQuote],
    content: 'caseStudies',
    toContent: (files) => entriesWithBodies(files),
  }),
  defineKind({
    kind: 'news',
    schema: NewsSchema,
    files: { folder: 'news', extensions: ['.md', '.mdx'] },
    crossChecks: [checkBodyImages, checkCoverImages, checkPartnerLists],
    content: 'news',
    toContent: (files) => entriesWithBodies(files).map((post) => ({ ...post, format: post.file.endsWith('.md') ? ('md' as const) : ('mdx' as const) })),
  }),
  defineKind({
    kind: 'brand',
    schema: BrandFileSchema,
    files: { path: 'brand/brand.yaml', required: false },
    crossChecks: [checkToolkitFileNames, checkBrandAssetFiles],
    content: 'brandAssets',
    toContent: (files) => files[0]?.data.assets ?? [],
  }),
] as const;

type KindDefinition = (typeof CONTENT_KINDS)[number];
export type ContentKind = KindDefinition['kind'];

/** Content's fields, one per kind. */
export type KindContent = { [Definition in KindDefinition as Definition['content']]: ReturnType<Definition['toContent']> };

type ViewOf<Definition> = Definition extends { view?: (value: never, context: never) => infer View } ? View : never;

/** The model's views of the kinds that declare one (model.kinds). */
export type KindViews = { [Definition in KindDefinition as [ViewOf<Definition>] extends [never] ? never : Definition['content']]: ViewOf<Definition> };

/** Whether a kind's files are front matter and a Markdown or MDX body (else YAML). */
export const hasBodies = (definition: ContentKindDefinition): boolean =>
  'folder' in definition.files && definition.files.extensions.some((extension) => extension !== '.yaml');

/** Content's fields whose entries have bodies Astro renders: each is one of Astro's collections (src/content.config.ts). */
export type ProseKey = { [Key in keyof KindContent]: KindContent[Key] extends ReadonlyArray<{ body: string }> ? Key : never }[keyof KindContent];
export type ProseContent = Pick<KindContent, ProseKey>;
export const PROSE_KEYS = CONTENT_KINDS.filter(hasBodies).map((definition) => definition.content as ProseKey);

/** What each kind asks of each of its files: its schema, and the checks of one file (a file in a folder is named by its slug, which must be kebab-case). */
const FILE_RULES = new Map<string, FileRules>(
  CONTENT_KINDS.map((definition) => [
    definition.kind,
    {
      schema: definition.schema,
      fileChecks: 'folder' in definition.files ? [checkSlugIsKebabCase, ...(definition.fileChecks ?? [])] : (definition.fileChecks ?? []),
    },
  ]),
);

export function fileRulesOf(kind: string): FileRules {
  const rules = FILE_RULES.get(kind);
  if (!rules) throw new Error(`unknown content kind "${kind}"`);
  return rules;
}

const BY_NAME = new Map<string, KindDefinition>(CONTENT_KINDS.map((definition) => [definition.kind, definition]));

/** The definition of the kind named `kind`. */
export function contentKind(kind: string): KindDefinition {
  const definition = BY_NAME.get(kind);
  if (!definition) throw new Error(`unknown content kind "${kind}"`);
  return definition;
}

/** Each kind's schema, by kind. */
export const CONTENT_SCHEMAS = Object.fromEntries(CONTENT_KINDS.map((definition) => [definition.kind, definition.schema])) as {
  [Definition in KindDefinition as Definition['kind']]: Definition['schema'];
};

export { jsonSchemaFileName } from './content-file.ts';
