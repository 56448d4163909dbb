// The OpenAPI 3.1 document of the v1 API, generated from the same zod schemas the responses are
// parsed with. OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod emits directly.
import { z } from 'zod';
import { API_V1, API_V1_SLUGS } from '../../schemas/api/v1.ts';

/** Every schema with an id (`.meta({ id })`), as OpenAPI components referring to each other. */
function componentSchemas() {
  return z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, io: 'output' }).schemas;
}

/** The schemas an endpoint answers with: its schema, and the alternatives some paths answer with instead (a partner's former slug: Moved). */
function responseSchemas(name: keyof typeof API_V1): z.ZodType[] {
  const endpoint = API_V1[name];
  return [endpoint.schema, ...('alternatives' in endpoint ? endpoint.alternatives : [])];
}

/** One endpoint's response as a standalone JSON Schema (shared parts in $defs), for /schemas/ and validators. */
export function apiResponseJsonSchema(name: keyof typeof API_V1) {
  const [schema, ...alternatives] = responseSchemas(name);
  return z.toJSONSchema(alternatives.length ? z.xor([schema!, ...alternatives]) : schema!, { target: 'draft-2020-12', io: 'output' });
}

export function openApiDocument(options: { title: string; description: string; serverUrl: string; version: string }) {
  const components = componentSchemas();
  const refTo = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${(schema.meta() as { id: string }).id}` });
  const responseOf = (name: keyof typeof API_V1) => {
    const schemas = responseSchemas(name);
    return schemas.length > 1 ? { oneOf: schemas.map(refTo) } : refTo(schemas[0]!);
  };
  const paths = Object.fromEntries(
    (Object.keys(API_V1) as Array<keyof typeof API_V1>).map((name) => {
      const endpoint = API_V1[name];
      const slug = name in API_V1_SLUGS ? API_V1_SLUGS[name as keyof typeof API_V1_SLUGS] : undefined;
      const parameters = slug
        ? [
            {
              name: 'slug',
              in: 'path',
              required: true,
              description: slug.description,
              schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            },
          ]
        : [];
      return [
        endpoint.path,
        {
          get: {
            operationId: name,
            summary: endpoint.summary,
            parameters,
            responses: {
              '200': { description: endpoint.summary, content: { 'application/json': { schema: responseOf(name) } } },
              ...(slug ? { '404': { description: slug.notFound } } : {}),
            },
          },
        },
      ];
    }),
  );
  const schemas = Object.fromEntries(
    Object.entries(components).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version, description: options.description },
    servers: [{ url: options.serverUrl }],
    paths,
    components: { schemas },
  };
}
