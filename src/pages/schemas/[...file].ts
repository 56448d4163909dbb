// Published JSON Schemas: the content files' (what contributors write) and the API responses'.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_V1 } from '../../../schemas/api/v1.ts';
import { CONTENT_KINDS, type ContentKind, jsonSchemaFileName } from '../../loader/content-kinds.ts';
import { apiResponseJsonSchema } from '../../render/openapi.ts';
import { nameInFolder, routes } from '../../routes.ts';
import { json } from '../../site/api-base.ts';

export const getStaticPaths = (() => [
  ...CONTENT_KINDS.map(({ kind }) => ({ params: { file: nameInFolder('schemas', routes.contentSchema(jsonSchemaFileName(kind))) }, props: { kind } })),
  ...(Object.keys(API_V1) as Array<keyof typeof API_V1>).map((name) => ({
    params: { file: nameInFolder('schemas', routes.apiSchema(name)) },
    props: { name },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kind, name } = props as { kind?: ContentKind; name?: keyof typeof API_V1 };
  if (kind) return json(JSON.parse(await readFile(path.resolve('schemas', 'json', jsonSchemaFileName(kind)), 'utf8')));
  return json(apiResponseJsonSchema(name!));
};
