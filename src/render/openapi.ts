// The OpenAPI 3.1 document of the v1 API, generated from the same zod schemas the responses are
// parsed with, plus the site's other machine-readable files (badge JSON, feeds, CSV) at their own
// server. OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod emits directly. The build parses
// with strict schemas (an unexpected field fails it); what is published allows additions, since
// the contract promises that v1 may grow (see ADDITIVE_CHANGE_POLICY).
import { z } from 'zod';
import { API_V1, API_V1_SLUGS, type ApiV1Name, ErrorSchema } from '../../schemas/api/v1.ts';
import { API_V1_EXAMPLES, ERROR_EXAMPLE } from '../../schemas/api/v1-examples.ts';
import { routes } from '../routes.ts';
import { SITE_OUTPUTS, type SiteOutput } from './site-outputs.ts';

type JsonSchema = Record<string, unknown>;

/** What a client of v1 may rely on, and what it must tolerate: stated in the OpenAPI document and on /api/. */
export const ADDITIVE_CHANGE_POLICY = [
  'v1 changes only by addition: new endpoints, new fields and new values of an enumeration may appear in any release, and raise the minor version.',
  'Within v1 a field is never removed, renamed, given another type or made optional, and no value of an enumeration is withdrawn; such a change would come as a new major version, v2, beside v1.',
  'So a client must ignore fields it does not know and handle values it does not know: the published schemas allow additional properties for that reason.',
  'The version of this document is the contract version (minor for additions, patch for clarified descriptions); the changelog lists what each version added.',
] as const;

/** Every published schema of the API: the response of each endpoint, and the body of a 404. */
export type ApiSchemaName = ApiV1Name | 'error';
const apiSchemas = (): Record<ApiSchemaName, z.ZodType> => {
  const responses: Record<string, z.ZodType> = Object.fromEntries(
    Object.entries(API_V1 as Record<string, ApiEndpoint>).map(([name, endpoint]) => [name, responseSchema(endpoint)]),
  );
  return { ...(responses as Record<ApiV1Name, z.ZodType>), error: ErrorSchema };
};

/** What a client receives from an endpoint: its schema, or exactly one of it and its alternatives. */
function responseSchema(endpoint: ApiEndpoint): z.ZodType {
  return endpoint.alternatives?.length ? z.xor([endpoint.schema, ...endpoint.alternatives]) : endpoint.schema;
}
export const API_SCHEMA_NAMES = Object.keys(apiSchemas()) as ApiSchemaName[];

/**
 * The published form of a schema: `additionalProperties: false` (what zod's strict objects emit) is
 * dropped everywhere, so a client validating with it accepts fields a later v1 adds.
 */
export function allowingAdditions<T>(node: T): T {
  if (Array.isArray(node)) return node.map(allowingAdditions) as T;
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, allowingAdditions(value)]),
  ) as T;
}

/** One published response schema as a standalone JSON Schema (shared parts in $defs), for /schemas/ and validators. */
export function apiResponseJsonSchema(name: ApiSchemaName): JsonSchema {
  return allowingAdditions(z.toJSONSchema(apiSchemas()[name], { target: 'draft-2020-12', io: 'output' }) as JsonSchema);
}

const componentId = (schema: z.ZodType): string | undefined => (schema.meta() as { id?: string } | undefined)?.id;

/** A schema of the tables without an id of its own becomes a component named after its entry. */
function ensureComponentIds(schemas: Record<string, z.ZodType | JsonSchema>) {
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema instanceof z.ZodType && !componentId(schema)) {
      z.globalRegistry.add(schema, { ...schema.meta(), id: `${name[0]!.toUpperCase()}${name.slice(1)}` });
    }
  }
}

/** Every schema with an id (`.meta({ id })`), as OpenAPI components referring to each other. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, io: 'output' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, allowingAdditions(rest)];
    }),
  );
}

const schemaObject = (schema: z.ZodType | JsonSchema): JsonSchema =>
  schema instanceof z.ZodType ? { $ref: `#/components/schemas/${componentId(schema)}` } : schema;

const KEBAB_CASE_ID = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' };

/** An operation as the document states it, whichever table it comes from. */
interface Operation {
  id: string;
  path: string;
  /** The server of a file outside /api/v1 (the site's root). */
  server?: string;
  tag: string;
  summary: string;
  /** Longer prose, when the entry has some. */
  description?: string;
  mediaType: string;
  schema: z.ZodType | JsonSchema;
  /** Bodies answered instead of `schema` at some paths. */
  alternatives?: readonly z.ZodType[];
  /** What each {placeholder} of the path names. */
  parameters: Record<string, string>;
  notFound: string;
  /** Whether a missing path answers with the JSON 404 (under /api/, when the host is set up for it). */
  jsonNotFound: boolean;
  example: unknown;
}

/**
 * An entry of API_V1 as the document reads it: path, schema and summary, and what else an entry
 * may say (a media type other than JSON, prose, its path parameters, what a 404 means). Read
 * generically, so a new entry needs nothing here; a schema that is a union (alternatives) becomes
 * its component's anyOf/oneOf.
 */
export interface ApiEndpoint {
  path: string;
  schema: z.ZodType;
  /** Other bodies some paths of the endpoint answer with instead (e.g. a stub at a renamed partner's old path). */
  alternatives?: readonly z.ZodType[];
  summary: string;
  mediaType?: string;
  description?: string;
  /** What each {placeholder} of the path names. */
  parameters?: Record<string, string>;
  notFound?: string;
}

function apiOperation(name: string, endpoint: ApiEndpoint, example: unknown): Operation {
  const slug = name in API_V1_SLUGS ? API_V1_SLUGS[name as keyof typeof API_V1_SLUGS] : undefined;
  return {
    id: name,
    path: endpoint.path,
    tag: 'API v1',
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    mediaType: endpoint.mediaType ?? 'application/json',
    schema: endpoint.schema,
    ...(endpoint.alternatives ? { alternatives: endpoint.alternatives } : {}),
    parameters: { ...(slug ? { slug: slug.description } : {}), ...endpoint.parameters },
    notFound: endpoint.notFound ?? slug?.notFound ?? 'Not published: check the address and the version.',
    jsonNotFound: true,
    example,
  };
}

function siteOperation(name: string, output: SiteOutput & { example?: unknown }, siteServerUrl: string): Operation {
  return {
    id: name,
    path: output.path,
    server: siteServerUrl,
    tag: output.tag,
    summary: output.summary,
    mediaType: output.mediaType,
    schema: output.schema,
    parameters: output.parameters ?? {},
    notFound: output.notFound,
    jsonNotFound: false,
    example: output.example,
  };
}

const TAGS: Record<string, string> = {
  'API v1': `Static JSON under ${routes.apiV1Root}, rebuilt with the site.`,
  Badges: "Partners' badges in the shields.io endpoint format, at the site's root.",
  Feeds: "News and partner events, at the site's root.",
  Exports: "The directory and the marketplace as CSV, at the site's root.",
};

function pathItem(operation: Operation) {
  const placeholders = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const response = (description: string, mediaType: string, schema: JsonSchema, example: unknown) => ({
    description,
    content: { [mediaType]: { schema, ...(example === undefined ? {} : { example }) } },
  });
  return {
    ...(operation.server ? { servers: [{ url: operation.server, description: `The site's root: this file is not under ${routes.apiV1Root}.` }] } : {}),
    get: {
      operationId: operation.id,
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      tags: [operation.tag],
      parameters: placeholders.map((name) => ({
        name,
        in: 'path',
        required: true,
        description: operation.parameters[name] ?? `The ${name} this file is about.`,
        schema: KEBAB_CASE_ID,
      })),
      responses: {
        '200': response(
          operation.summary,
          operation.mediaType,
          operation.alternatives?.length ? { oneOf: [operation.schema, ...operation.alternatives].map(schemaObject) } : schemaObject(operation.schema),
          operation.example,
        ),
        '404': operation.jsonNotFound
          ? response(
              `${operation.notFound} The body is the JSON 404 (Error) when the host serves ${routes.apiNotFound} for missing API paths (the API documentation says how); otherwise it is the host's own not-found page.`,
              'application/json',
              schemaObject(ErrorSchema),
              ERROR_EXAMPLE,
            )
          : response(`${operation.notFound} The body is the site's not-found page.`, 'text/html', { type: 'string' }, undefined),
      },
    },
  };
}

export interface OpenApiOptions {
  title: string;
  /** The documentation's address and what the program is, before the compatibility policy. */
  description: string;
  /** The v1 API's base URL (…/api/v1). */
  apiServerUrl: string;
  /** The site's root URL, without the final slash: the server of badge JSON, feeds and CSV. */
  siteServerUrl: string;
  /** The contract version (schemas/api/v1-contract.json). */
  version: string;
  license: { name: string; url: string };
  contact: { name: string; url?: string; email?: string };
}

/** The document of the v1 API (another table and its examples only in tests, to show any entry is described). */
export function openApiDocument(
  options: OpenApiOptions,
  endpoints: Readonly<Record<string, ApiEndpoint>> = API_V1,
  examples: Readonly<Record<string, unknown>> = API_V1_EXAMPLES,
) {
  ensureComponentIds({
    ...Object.fromEntries(Object.entries(endpoints).map(([name, endpoint]) => [name, endpoint.schema])),
    ...Object.fromEntries(
      Object.entries(endpoints).flatMap(([name, endpoint]) => (endpoint.alternatives ?? []).map((schema, index) => [`${name}Alternative${index + 1}`, schema])),
    ),
    error: ErrorSchema,
    ...Object.fromEntries(Object.entries(SITE_OUTPUTS).map(([name, output]) => [name, output.schema])),
  });
  const components = componentSchemas();
  const operations = [
    ...Object.entries(endpoints).map(([name, endpoint]) => apiOperation(name, endpoint, examples[name])),
    ...Object.entries(SITE_OUTPUTS).map(([name, output]) => siteOperation(name, output, options.siteServerUrl)),
  ];
  const usedTags = [...new Set(operations.map((operation) => operation.tag))];
  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description: [options.description, '', '## Compatibility', '', ...ADDITIVE_CHANGE_POLICY.map((line) => `- ${line}`)].join('\n'),
      license: options.license,
      contact: options.contact,
    },
    servers: [{ url: options.apiServerUrl, description: 'The v1 API.' }],
    // Public, read-only static files: no key, no authentication.
    security: [],
    tags: usedTags.map((name) => ({ name, description: TAGS[name] ?? name })),
    paths: Object.fromEntries(operations.map((operation) => [operation.path, pathItem(operation)])),
    components: { schemas: components },
  };
}
