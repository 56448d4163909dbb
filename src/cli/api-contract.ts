// `npm run api:contract`: keeps schemas/api/v1-contract.json, the committed snapshot of the v1 API.
// `--check` (run by the tests) fails when the current schemas break it: a field removed, renamed,
// made optional or given another type, or an enum narrowed. Additions are allowed; record them
// with `npm run api:contract` so they are locked in too.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { API_V1, type ApiV1Name } from '../../schemas/api/v1.ts';
import { apiResponseJsonSchema } from '../render/openapi.ts';
import { type ExitCode, runCommand } from './run-command.ts';
import { print, printError } from './terminal-safe.ts';

export const CONTRACT_FILE = path.join(import.meta.dirname, '..', '..', 'schemas', 'api', 'v1-contract.json');

type JsonSchema = Record<string, unknown>;

/**
 * Fields taken out of v1 on purpose, with why: data that was never meant to be public. A consumer
 * loses them, but publishing them was the bug (issue 14: balances and "at risk" states of each
 * partner are the program's internal business). Nothing else may be removed from v1.
 */
export const WITHDRAWN_FROM_V1: Readonly<Record<string, string>> = {
  'partner.reciprocity':
    "each partner's balance, activity scores and requirement states are internal: they are in the internal build's scorecards, never in the public API",
};
export type Contract = Record<string, JsonSchema>;

export function currentContract(): Contract {
  return Object.fromEntries((Object.keys(API_V1) as ApiV1Name[]).map((name) => [name, apiResponseJsonSchema(name) as JsonSchema]));
}

interface Shape {
  types: string[];
  properties: Record<string, JsonSchema>;
  required: string[];
  items: JsonSchema | undefined;
  values: unknown[] | undefined;
  format: string | undefined;
}

/** Flattens a schema node (refs, anyOf/oneOf for nullable fields) into what a consumer can receive. */
function shape(node: JsonSchema, root: JsonSchema): Shape {
  const resolved = resolve(node, root);
  const branches = ((resolved.anyOf ?? resolved.oneOf) as JsonSchema[] | undefined)?.map((branch) => resolve(branch, root)) ?? [resolved];
  const out: Shape = { types: [], properties: {}, required: [], items: undefined, values: undefined, format: undefined };
  for (const branch of branches) {
    const types =
      branch.type === undefined ? (branch.const !== undefined ? [typeof branch.const] : []) : ([] as string[]).concat(branch.type as string | string[]);
    out.types.push(...types);
    Object.assign(out.properties, branch.properties ?? {});
    out.required.push(...((branch.required as string[] | undefined) ?? []));
    out.items ??= branch.items as JsonSchema | undefined;
    if (branch.enum || branch.const !== undefined) out.values = [...(out.values ?? []), ...((branch.enum as unknown[] | undefined) ?? [branch.const])];
    out.format ??= branch.format as string | undefined;
  }
  out.types = [...new Set(out.types.map((t) => (t === 'integer' ? 'number' : t)))].sort();
  return out;
}

function resolve(node: JsonSchema, root: JsonSchema): JsonSchema {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
    current = pointer.reduce<JsonSchema>((at, key) => (at[key] as JsonSchema) ?? {}, root);
  }
  return current;
}

/** Every way `current` breaks what consumers of `committed` rely on, as readable lines. */
export function breakingChanges(committed: Contract, current: Contract): string[] {
  const problems: string[] = [];
  const compare = (before: JsonSchema, after: JsonSchema, beforeRoot: JsonSchema, afterRoot: JsonSchema, where: string) => {
    const a = shape(before, beforeRoot);
    const b = shape(after, afterRoot);
    if (a.types.join() !== b.types.join()) problems.push(`${where} changed type from ${a.types.join(' or ') || 'any'} to ${b.types.join(' or ') || 'any'}`);
    if (a.format !== b.format) problems.push(`${where} changed format from ${a.format ?? 'none'} to ${b.format ?? 'none'}`);
    if (a.values && b.values) {
      // New values are an addition; values that disappear narrow the field.
      const lost = a.values.filter((value) => !b.values!.includes(value));
      if (lost.length) problems.push(`${where} no longer returns ${lost.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    for (const [name, property] of Object.entries(a.properties)) {
      const field = `${where}.${name}`;
      if (!(name in b.properties)) {
        if (field in WITHDRAWN_FROM_V1) continue;
        problems.push(`${field} was removed (or renamed)`);
        continue;
      }
      if (a.required.includes(name) && !b.required.includes(name)) problems.push(`${field} may now be missing`);
      compare(property, b.properties[name]!, beforeRoot, afterRoot, field);
    }
    if (a.items && b.items) compare(a.items, b.items, beforeRoot, afterRoot, `${where}[]`);
  };
  for (const [name, schema] of Object.entries(committed)) {
    if (!current[name]) problems.push(`the ${name} endpoint was removed`);
    else compare(schema, current[name]!, schema, current[name]!, name);
  }
  return problems;
}

async function recordContract(check: boolean): Promise<ExitCode> {
  const current = currentContract();
  const text = `${JSON.stringify(current, null, 2)}\n`;
  const committed = JSON.parse(await readFile(CONTRACT_FILE, 'utf8').catch(() => '{}')) as Contract;
  const problems = breakingChanges(committed, current);
  if (problems.length) {
    printError('The v1 API would break for programs that use it:');
    for (const problem of problems) printError(`  - ${problem}`);
    printError('→ keep v1 as it is, and make this change in a new /api/v2/ beside it.');
    return 1;
  }
  if (check) {
    print(
      text === `${JSON.stringify(committed, null, 2)}\n`
        ? 'The v1 API contract is unchanged.'
        : 'The v1 API has additions only: run `npm run api:contract` to record them.',
    );
    return 0;
  }
  await writeFile(CONTRACT_FILE, text);
  print(`wrote ${path.relative(process.cwd(), CONTRACT_FILE)}`);
  return 0;
}

const HELP = `Usage: npm run api:contract -- [--check]

Fails when the v1 API would break for programs that use it; otherwise records additions in
schemas/api/v1-contract.json. With --check, records nothing.`;

if (import.meta.main)
  await runCommand({
    name: 'api:contract',
    usage: HELP,
    options: { check: { type: 'boolean' } },
    run: ({ options }) => recordContract(options.check === true),
  });
