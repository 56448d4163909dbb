// Rewrites the older forms of program.yaml into the current ones, editing only the lines of the
// fields that change so every other line, comments included, stays as written:
// - a tier's `fee: {…}` becomes `fees: [{…}]`;
// - the tiers' `benefits: [name]` lists become rows of the top-level benefits matrix, each
//   included where it was (includesLowerTiers applied), and includesLowerTiers goes, as the
//   matrix says what each tier gets.
// js-yaml's document tree keeps no comments, so lines are edited by the positions the loader
// reads. The edited text is parsed again and must equal the same change made to the data; when
// it does not (a tier written in flow style, say), the whole file is written from the data,
// without its comments, and the report says so.
import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import type { Program } from '../../schemas/program.ts';
import { fields, items } from '../loader/data-as-written.ts';
import { formatPath } from '../loader/field-path.ts';
import { parseYamlDocument, type YamlDocument } from '../loader/yaml-document.ts';
import { legacyBenefits } from '../model/tier-offer.ts';

export interface Migration {
  /** The file's new text; the same text when nothing changed. */
  text: string;
  /** What changed, one sentence each, in the file's own field names. */
  changes: string[];
  /** False when the file had to be written whole from its data, losing its comments. */
  commentsKept: boolean;
}

type Data = Record<string, unknown>;

/** The change on the data as written; `program` is the same file through its schema (defaults applied). */
function migrateData(raw: Data, program: Program): { data: Data; changes: string[] } {
  const data = structuredClone(raw);
  const changes: string[] = [];
  const tiers = items(data.tiers).map(([tier]) => fields(tier));
  tiers.forEach((tier, t) => {
    if (tier.fee === undefined || tier.fees !== undefined) return;
    replaceKey(tier, 'fee', 'fees', [tier.fee]);
    changes.push(`${formatPath(['tiers', t, 'fee'], raw)} → ${formatPath(['tiers', t, 'fees'], raw)}, a list of one fee`);
  });
  if (tiers.some((tier) => tier.benefits !== undefined)) {
    const taken = new Set(program.benefits.map((benefit) => benefit.id));
    const rows = legacyBenefits(program.tiers, taken);
    const from = tiers.flatMap((tier, t) => (tier.benefits === undefined ? [] : [formatPath(['tiers', t], raw)]));
    for (const tier of tiers) {
      delete tier.benefits;
      delete tier.includesLowerTiers;
    }
    if (rows.length > 0) {
      data.benefits = [...items(data.benefits).map(([benefit]) => benefit), ...rows];
      changes.push(
        `${rows.length} benefit${rows.length === 1 ? '' : 's'} of ${from.join(', ')} → benefits, the matrix with a value per tier (give each a group, and values such as "4 hours" where a tier gets more)`,
      );
    } else changes.push(`the empty benefits lists of ${from.join(', ')} are gone`);
    if (raw.tiers && items(raw.tiers).some(([tier]) => fields(tier).includesLowerTiers !== undefined))
      changes.push('includesLowerTiers is gone from the tiers: the matrix says what each tier gets');
  }
  return { data, changes };
}

/** Renames a key in place, keeping the order of the mapping's keys. */
function replaceKey(object: Data, key: string, newKey: string, value: unknown) {
  const entries = Object.entries(object).map(([k, v]): [string, unknown] => (k === key ? [newKey, value] : [k, v]));
  for (const k of Object.keys(object)) delete object[k];
  Object.assign(object, Object.fromEntries(entries));
}

export function migrateProgram(text: string, raw: unknown, program: Program): Migration {
  const { data, changes } = migrateData(fields(raw), program);
  if (changes.length === 0) return { text, changes, commentsKept: true };
  const edited = editLines(text, fields(raw), data);
  if (edited !== undefined && sameData(edited, data)) return { text: edited, changes, commentsKept: true };
  const schemaLine = /^#[^\n]*yaml-language-server[^\n]*\n/.exec(text)?.[0] ?? '';
  return { text: schemaLine + yaml(data, { flowLevel: -1 }), changes, commentsKept: false };
}

function sameData(text: string, expected: Data): boolean {
  try {
    return isDeepStrictEqual(load(text, { schema: CORE_SCHEMA }), JSON.parse(JSON.stringify(expected)));
  } catch {
    return false;
  }
}

const yaml = (value: unknown, { flowLevel }: { flowLevel: number }) => dump(value, { schema: CORE_SCHEMA, lineWidth: -1, flowLevel, flowBracketPadding: true });

interface LineEdit {
  /** 0-based line where the edit starts, and the line after it ends. */
  from: number;
  to: number;
  lines: string[];
}

/** The text with the changed fields' lines rewritten, or undefined when a field is not where line edits can reach it. */
function editLines(text: string, raw: Data, data: Data): string | undefined {
  const parsed = parseYamlDocument(text);
  if (!parsed.ok) return undefined;
  const document = parsed.document;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const edits: LineEdit[] = [];
  const blockOf = (path: readonly PropertyKey[], key: string) => keyBlock(document, lines, path, key);

  const tiers = items(raw.tiers);
  const newTiers = items(data.tiers);
  for (const [value, t] of tiers) {
    const tier = fields(value);
    const after = fields(newTiers[t]?.[0]);
    if (tier.fee !== undefined && after.fees !== undefined && after.fee === undefined) {
      const block = blockOf(['tiers', t], 'fee');
      if (!block) return undefined;
      edits.push({ ...block, lines: indented(`fees:\n${indented(yaml(after.fees, { flowLevel: 1 }), '  ').join('\n')}`, block.indent) });
    }
    for (const key of ['benefits', 'includesLowerTiers']) {
      if (tier[key] === undefined || after[key] !== undefined) continue;
      const block = blockOf(['tiers', t], key);
      if (!block) return undefined;
      edits.push({ ...block, lines: [] });
    }
  }
  const before = items(raw.benefits).length;
  const added = items(data.benefits)
    .slice(before)
    .map(([benefit]) => benefit);
  if (added.length > 0) {
    if (raw.benefits === undefined) {
      // A new top-level block, right after the tiers.
      const block = blockOf([], 'tiers');
      if (!block) return undefined;
      edits.push({ from: block.to, to: block.to, lines: indented(yaml({ benefits: added }, { flowLevel: 3 }), '') });
    } else {
      const block = blockOf([], 'benefits');
      if (!block || items(raw.benefits).length === 0) return undefined;
      const itemIndent = ' '.repeat(Math.max(0, document.locate(['benefits', 0]).column - 3));
      edits.push({ from: block.to, to: block.to, lines: indented(yaml(added, { flowLevel: 2 }), itemIndent) });
    }
  }
  for (const edit of edits.sort((a, b) => b.from - a.from)) lines.splice(edit.from, edit.to - edit.from, ...edit.lines);
  return lines.join(eol);
}

/** Each line of `text` (without its final line break) behind `indent`. */
const indented = (text: string, indent: string) =>
  text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? indent + line : line));

/**
 * The lines of `key: value` in the mapping at `path`: the key's line and every line below it
 * indented further (or blank), up to the next line at the key's indent or less. Trailing blank
 * lines stay outside. Undefined when the key shares its line with something before it.
 */
function keyBlock(document: YamlDocument, lines: string[], path: readonly PropertyKey[], key: string) {
  const { line, column } = document.locateKey(path, key);
  const from = line - 1;
  const keyLine = lines[from];
  if (keyLine === undefined || keyLine.slice(0, column - 1).trim() !== '' || !keyLine.slice(column - 1).startsWith(key)) return undefined;
  const indent = column - 1;
  // A list may sit at the key's own indent ("key:\n- item"), when nothing follows the colon.
  const listAtIndent = /^[^:]+:\s*(#.*)?$/.test(keyLine.slice(indent));
  let to = from + 1;
  while (to < lines.length) {
    const next = lines[to]!;
    const own = next.length - next.trimStart().length;
    if (next.trim() !== '' && own <= indent && !(listAtIndent && own === indent && next.trimStart().startsWith('-'))) break;
    to++;
  }
  while (to > from + 1 && lines[to - 1]!.trim() === '') to--;
  return { from, to, indent: ' '.repeat(indent) };
}
