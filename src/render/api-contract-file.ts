// schemas/api/v1-contract.json: the committed v1 contract, a semantic version and the published
// JSON Schema of every response. `npm run api:contract` writes it; the build reads the version for
// the OpenAPI document's info.version and publishes the file at /api/v1/contract.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Paths from the project root, where npm scripts and the build run. */
export const CONTRACT_FILE = path.resolve('schemas', 'api', 'v1-contract.json');
export const CHANGELOG_FILE = path.resolve('schemas', 'api', 'CHANGELOG.md');

export type JsonSchema = Record<string, unknown>;

export interface ContractFile {
  /** major.minor.patch: the major is the API's (1 for /api/v1/), the minor counts additions, the patch clarified descriptions. */
  version: string;
  /** The published JSON Schema of each response, by its name. */
  schemas: Record<string, JsonSchema>;
}

/** The version of a contract recorded before versions were (the bare map of schemas). */
const FIRST_VERSION = '1.0.0';

/** Reads a contract file, also in its first form (the map of schemas alone, which was 1.0.0); an absent file is an empty 1.0.0. */
export async function readContract(file = CONTRACT_FILE): Promise<ContractFile> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '{}';
    throw error;
  });
  const parsed = JSON.parse(text) as Record<string, unknown>;
  if (typeof parsed.version === 'string' && parsed.schemas && typeof parsed.schemas === 'object') return parsed as unknown as ContractFile;
  return { version: FIRST_VERSION, schemas: parsed as Record<string, JsonSchema> };
}

export function contractText(contract: ContractFile): string {
  return `${JSON.stringify({ version: contract.version, schemas: contract.schemas }, null, 2)}\n`;
}

/** 1.4.2 → 1.5.0 (minor) or 1.4.3 (patch). */
export function bumpVersion(version: string, part: 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}
