// `npm run api:contract`: keeps schemas/api/v1-contract.json, the committed contract of the v1 API:
// its version and the published schema of every response. It fails when the current schemas break
// the contract (a field removed, renamed, made optional or given another type, or an enum
// narrowed); otherwise it records the change and bumps the version: the minor for additions, the
// patch when only descriptions changed. The changelog (schemas/api/CHANGELOG.md) gets the version,
// with what was written under "## Unreleased" and the list of what was added. `--check` (run by
// the tests) records nothing and fails on any unrecorded change, so info.version cannot lag behind.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bumpVersion, CHANGELOG_FILE, CONTRACT_FILE, contractText, type JsonSchema, readContract } from '../render/api-contract-file.ts';
import { API_SCHEMA_NAMES, apiResponseJsonSchema } from '../render/openapi.ts';
import { type ExitCode, runCommand } from './run-command.ts';
import { print, printError } from './terminal-safe.ts';

export { CONTRACT_FILE };

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
  return Object.fromEntries(API_SCHEMA_NAMES.map((name) => [name, apiResponseJsonSchema(name)]));
}

interface Shape {
  types: string[];
  properties: Record<string, JsonSchema>;
  required: string[];
  items: JsonSchema | undefined;
  values: unknown[] | undefined;
  format: string | undefined;
  description: string | undefined;
}

/** Flattens a schema node (refs, anyOf/oneOf for nullable fields) into what a consumer can receive. */
function shape(node: JsonSchema, root: JsonSchema): Shape {
  const resolved = resolve(node, root);
  const branches = ((resolved.anyOf ?? resolved.oneOf) as JsonSchema[] | undefined)?.map((branch) => resolve(branch, root)) ?? [resolved];
  const out: Shape = {
    types: [],
    properties: {},
    required: [],
    items: undefined,
    values: undefined,
    format: undefined,
    description: (node.description ?? resolved.description) as string | undefined,
  };
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

/** How `current` differs from `committed`, as readable lines: what breaks consumers, what was added, whose description changed. */
export interface ContractChanges {
  breaking: string[];
  added: string[];
  described: string[];
}

export function contractChanges(committed: Contract, current: Contract): ContractChanges {
  const changes: ContractChanges = { breaking: [], added: [], described: [] };
  const compare = (before: JsonSchema, after: JsonSchema, beforeRoot: JsonSchema, afterRoot: JsonSchema, where: string) => {
    const a = shape(before, beforeRoot);
    const b = shape(after, afterRoot);
    if (a.types.join() !== b.types.join())
      changes.breaking.push(`${where} changed type from ${a.types.join(' or ') || 'any'} to ${b.types.join(' or ') || 'any'}`);
    if (a.format !== b.format) changes.breaking.push(`${where} changed format from ${a.format ?? 'none'} to ${b.format ?? 'none'}`);
    if (a.values && b.values) {
      // New values are an addition; values that disappear narrow the field.
      const lost = a.values.filter((value) => !b.values!.includes(value));
      if (lost.length) changes.breaking.push(`${where} no longer returns ${lost.map((v) => JSON.stringify(v)).join(', ')}`);
      const gained = b.values.filter((value) => !a.values!.includes(value));
      if (gained.length) changes.added.push(`${where} may also be ${gained.map((v) => JSON.stringify(v)).join(', ')}`);
    }
    if (a.description !== b.description) changes.described.push(where);
    for (const [name, property] of Object.entries(a.properties)) {
      const field = `${where}.${name}`;
      if (!(name in b.properties)) {
        if (field in WITHDRAWN_FROM_V1) continue;
        changes.breaking.push(`${field} was removed (or renamed)`);
        continue;
      }
      if (a.required.includes(name) && !b.required.includes(name)) changes.breaking.push(`${field} may now be missing`);
      compare(property, b.properties[name]!, beforeRoot, afterRoot, field);
    }
    for (const name of Object.keys(b.properties)) if (!(name in a.properties)) changes.added.push(`${where}.${name}`);
    if (a.items && b.items) compare(a.items, b.items, beforeRoot, afterRoot, `${where}[]`);
  };
  for (const [name, schema] of Object.entries(committed)) {
    if (!current[name]) changes.breaking.push(`the ${name} response was removed`);
    else compare(schema, current[name]!, schema, current[name]!, name);
  }
  for (const name of Object.keys(current)) if (!committed[name]) changes.added.push(`the ${name} response`);
  const unique = (lines: string[]) => [...new Set(lines)];
  return { breaking: unique(changes.breaking), added: unique(changes.added), described: unique(changes.described) };
}

/** Every way `current` breaks what consumers of `committed` rely on, as readable lines. */
export function breakingChanges(committed: Contract, current: Contract): string[] {
  return contractChanges(committed, current).breaking;
}

/** A schema without its prose: what is left differs only when the contract itself changed. */
function withoutProse(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutProse);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'description' && key !== 'examples')
      .map(([key, value]) => [key, withoutProse(value)]),
  );
}

/** The next version for a non-breaking change: the minor for anything beyond prose, the patch for prose alone. */
export function nextVersion(version: string, committed: Contract, current: Contract, changes: ContractChanges): string {
  const structural = changes.added.length > 0 || JSON.stringify(withoutProse(committed)) !== JSON.stringify(withoutProse(current));
  return bumpVersion(version, structural ? 'minor' : 'patch');
}

const UNRELEASED = /^## Unreleased[^\n]*\n/m;

/**
 * The changelog with the new version on top: what was written under "## Unreleased" becomes this
 * version's notes, followed by the list of what was added (or whose description changed).
 */
export function changelogWithVersion(changelog: string, version: string, date: string, changes: ContractChanges): string {
  const code = (line: string) => line.replace(/^(the )?([\w.$[\]]+)/, (_, the = '', name) => `${the}\`${name}\``);
  const recorded = changes.added.length
    ? `Added:\n\n${changes.added.map((line) => `- ${code(line)}`).join('\n')}\n`
    : changes.described.length
      ? `Descriptions clarified: ${changes.described.map((line) => code(line)).join(', ')}.\n`
      : 'Schema details changed; no field was added.\n';
  const heading = `## ${version} (${date})\n`;
  const unreleased = UNRELEASED.exec(changelog);
  if (unreleased) {
    const start = unreleased.index + unreleased[0].length;
    const next = changelog.slice(start).search(/^## /m);
    const end = next === -1 ? changelog.length : start + next;
    const notes = changelog.slice(start, end).trim();
    return `${changelog.slice(0, unreleased.index)}${heading}\n${notes ? `${notes}\n\n` : ''}${recorded}\n${changelog.slice(end)}`.replace(/\n+$/, '\n');
  }
  const first = changelog.search(/^## /m);
  const at = first === -1 ? changelog.length : first;
  return `${changelog.slice(0, at).replace(/\n*$/, '\n\n')}${heading}\n${recorded}\n${changelog.slice(at)}`.replace(/\n+$/, '\n');
}

interface Files {
  contract: string;
  changelog: string;
}

async function recordContract(check: boolean, files: Files, today: () => string): Promise<ExitCode> {
  let committed: Awaited<ReturnType<typeof readContract>>;
  try {
    committed = await readContract(files.contract);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // Most often a merge left conflict markers in it: either side alone would lose the other's changes.
    printError(`${path.relative(process.cwd(), files.contract)} is not valid JSON (${error.message}).`);
    printError(
      '→ if a merge left conflict markers in it, restore the version of the branch you merged into (git checkout <branch> -- <file>) and run `npm run api:contract`: it records every change since as the next version.',
    );
    return 1;
  }
  const current = currentContract();
  const changes = contractChanges(committed.schemas, current);
  if (changes.breaking.length) {
    printError('The v1 API would break for programs that use it:');
    for (const problem of changes.breaking) printError(`  - ${problem}`);
    printError('→ keep v1 as it is, and make this change in a new /api/v2/ beside it.');
    return 1;
  }
  const unchanged = contractText({ version: committed.version, schemas: current }) === (await readFile(files.contract, 'utf8').catch(() => ''));
  if (unchanged) {
    print(`The v1 API contract is unchanged (version ${committed.version}).`);
    return 0;
  }
  // The same schemas in the first form of the file (no version): rewritten as they are, no new version.
  const sameSchemas = JSON.stringify(committed.schemas) === JSON.stringify(current);
  const version = sameSchemas ? committed.version : nextVersion(committed.version, committed.schemas, current, changes);
  if (check && sameSchemas) {
    printError(`The v1 API contract is in an older form → run \`npm run api:contract\` to rewrite it (as ${version}), and commit it.`);
    return 1;
  }
  if (sameSchemas) {
    await writeFile(files.contract, contractText({ version, schemas: current }));
    print(`rewrote ${path.relative(process.cwd(), files.contract)} in the current form, as ${version}`);
    return 0;
  }
  if (check) {
    printError(
      `The v1 API changed since the contract was recorded (${committed.version}; ${changes.added.length ? `added: ${changes.added.join(', ')}` : 'descriptions or details only'}).`,
    );
    printError(`→ run \`npm run api:contract\` to record it as ${version} in the contract and the changelog, and commit both.`);
    return 1;
  }
  await writeFile(files.contract, contractText({ version, schemas: current }));
  const changelog = await readFile(files.changelog, 'utf8').catch(() => '# Changelog of the v1 API\n');
  await writeFile(files.changelog, changelogWithVersion(changelog, version, today(), changes));
  print(`recorded version ${version} in ${path.relative(process.cwd(), files.contract)} and ${path.relative(process.cwd(), files.changelog)}`);
  return 0;
}

const HELP = `Usage: npm run api:contract -- [--check] [--contract FILE] [--changelog FILE]

Fails when the v1 API would break for programs that use it. Otherwise records the change in
schemas/api/v1-contract.json with a new version (the minor for additions, the patch when only
descriptions changed), and adds that version to schemas/api/CHANGELOG.md: the notes under
"## Unreleased" and the list of what was added. The version's date is PARTNERKIT_NOW, else today.
With --check, records nothing and exits 1 when there is anything to record.`;

if (import.meta.main)
  await runCommand({
    name: 'api:contract',
    usage: HELP,
    options: { check: { type: 'boolean' }, contract: { type: 'string' }, changelog: { type: 'string' } },
    run: ({ options, today }) =>
      recordContract(
        options.check === true,
        { contract: path.resolve(options.contract ?? CONTRACT_FILE), changelog: path.resolve(options.changelog ?? CHANGELOG_FILE) },
        today,
      ),
  });
