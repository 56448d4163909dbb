// `npm run api:client [openapi.json]`: writes api-v1.ts, the types openapi-typescript generates
// from the published OpenAPI document (the built demo's unless a file is given), which the sync
// client is written against. tests/site-api-sync.test.ts fails when they fall behind the document.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_TYPES = path.join(import.meta.dirname, 'api-v1.ts');

/** The types of a published OpenAPI document, as the file holds them. */
export async function typesOf(document: unknown): Promise<string> {
  return astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
}

if (import.meta.main) {
  const source = process.argv[2] ?? path.join('dist', 'api', 'v1', 'openapi.json');
  await writeFile(GENERATED_TYPES, await typesOf(JSON.parse(await readFile(source, 'utf8'))));
  console.log(`${path.relative(process.cwd(), GENERATED_TYPES)} written from ${source}`);
}
