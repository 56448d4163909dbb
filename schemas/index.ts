// Every kind of content file, its schema, and the JSON Schema file editors use for it.
import type { z } from 'zod';
import { ActivityFileSchema } from './activity.ts';
import { BrandFileSchema } from './brand.ts';
import { CaseStudySchema } from './case-study.ts';
import { NewsSchema } from './news.ts';
import { PartnerSchema } from './partner.ts';
import { ProgramSchema } from './program.ts';

export const CONTENT_SCHEMAS = {
  program: ProgramSchema,
  partner: PartnerSchema,
  'case-study': CaseStudySchema,
  news: NewsSchema,
  activity: ActivityFileSchema,
  brand: BrandFileSchema,
} as const satisfies Record<string, z.ZodType>;

export type ContentKind = keyof typeof CONTENT_SCHEMAS;

/** File name of a kind's generated JSON Schema, inside schemas/json/. */
export const jsonSchemaFileName = (kind: ContentKind) => `${kind}.schema.json`;
