// Published JSON Schemas: the content files' (what contributors write) and the API responses'. Each
// carries its own address as `$id`, so validators and editors can name and cache it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { model } from 'virtual:partnerkit/model';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_KINDS, type ContentKind, jsonSchemaFileName } from '../../loader/content-kinds.ts';
import { API_SCHEMA_NAMES, type ApiSchemaName, apiResponseJsonSchema } from '../../render/openapi.ts';
import { nameInFolder, routes } from '../../routes.ts';
import { absoluteFor, json } from '../../site/api-base.ts';

export const getStaticPaths = (() => [
  ...CONTENT_KINDS.map(({ kind }) => ({ params: { file: nameInFolder('schemas', routes.contentSchema(jsonSchemaFileName(kind))) }, props: { kind } })),
  ...API_SCHEMA_NAMES.map((name) => ({
    params: { file: nameInFolder('schemas', routes.apiSchema(name)) },
    props: { name },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { kind, name } = props as { kind?: ContentKind; name?: ApiSchemaName };
  const absolute = absoluteFor(site, model.program.site.url);
  const { $schema, ...schema } = kind
    ? (JSON.parse(await readFile(path.resolve('schemas', 'json', jsonSchemaFileName(kind)), 'utf8')) as Record<string, unknown>)
    : apiResponseJsonSchema(name!);
  const $id = absolute(kind ? routes.contentSchema(jsonSchemaFileName(kind)) : routes.apiSchema(name!));
  return json({ $schema, $id, ...schema });
};
