// Parses one YAML file into plain data plus a tree of source offsets, so that any problem found
// later (by zod or a cross-reference check) can be reported at the exact line:column of its node.
import { constructFromEvents, EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, YAMLException } from 'js-yaml';
import { kindOf, mayHaveUnsafeCharacters } from '../shared/unsafe-characters.ts';
import type { Advice, Finding } from './problem.ts';
import { findInScalar, type ScalarSpan } from './scalar-source.ts';
import { LineIndex, type SourcePosition } from './source-position.ts';
import { unsafeCharacterMessage } from './unsafe-text.ts';

export type FieldPath = readonly PropertyKey[];

type PositionNode =
  | { kind: 'map'; offset: number; entries: Map<string, { keyOffset: number; value: PositionNode }> }
  | { kind: 'seq'; offset: number; items: PositionNode[] }
  | { kind: 'leaf'; offset: number; span?: ScalarSpan };

/** Files larger than this are refused before parsing: content files are small by nature. */
export const MAX_YAML_BYTES = 512 * 1024;
/** Nodes a document may expand to through aliases: defeats "billion laughs" alias bombs. */
export const MAX_EXPANDED_NODES = 100_000;

export class YamlDocument {
  readonly data: unknown;
  readonly text: string;
  /** Added to every reported line, for YAML embedded in a larger file (front matter). */
  readonly lineOffset: number;
  // Positions are only needed when a problem is reported, which is rare: most files are valid, so
  // the tree and line index are built on first use (parsing again), not for every file.
  private tree: { root: PositionNode | undefined } | undefined;
  private lineIndex: LineIndex | undefined;

  constructor(data: unknown, text: string, lineOffset = 0, tree?: { root: PositionNode | undefined }) {
    this.data = data;
    this.text = text;
    this.lineOffset = lineOffset;
    this.tree = tree;
  }

  private get root(): PositionNode | undefined {
    if (!this.tree) {
      // The text parsed once already, without aliases (else the tree was built then): this cannot fail.
      const built = new PositionTreeBuilder(parseEvents(this.text, PARSER_OPTIONS), this.text).build();
      this.tree = 'root' in built ? built : { root: undefined };
    }
    return this.tree.root;
  }

  /**
   * Where the node at `path` is. A path that goes past the document (a missing key) resolves to
   * the deepest mapping or list that exists: the parent the key should be added to.
   */
  locate(path: FieldPath): SourcePosition {
    let node = this.root;
    let offset = node?.offset ?? 0;
    for (const segment of path) {
      if (!node) break;
      const next = childOf(node, segment);
      if (!next) break;
      node = next;
      offset = next.offset;
    }
    return this.position(offset);
  }

  /**
   * Where occurrence number `occurrence` of `needle` is written inside the text value at `path` (an
   * invisible character, a word); the value's start when it cannot be found there.
   */
  locateText(path: FieldPath, needle: string, occurrence: number): SourcePosition {
    let node = this.root;
    for (const segment of path) node = node && childOf(node, segment);
    const at = node?.kind === 'leaf' && node.span ? findInScalar(this.text, node.span, needle, occurrence) : undefined;
    return at === undefined ? this.locate(path) : this.position(at);
  }

  /** Where the key `key` of the mapping at `path` is written (for unknown keys). */
  locateKey(path: FieldPath, key: string): SourcePosition {
    let node = this.root;
    for (const segment of path) node = node && childOf(node, segment);
    const entry = node?.kind === 'map' ? node.entries.get(key) : undefined;
    return entry ? this.position(entry.keyOffset) : this.locate(path);
  }

  private position(offset: number): SourcePosition {
    this.lineIndex ??= new LineIndex(this.text);
    const at = this.lineIndex.at(offset);
    return { line: at.line + this.lineOffset, column: at.column };
  }
}

function childOf(node: PositionNode, segment: PropertyKey): PositionNode | undefined {
  if (node.kind === 'map') return node.entries.get(String(segment))?.value;
  if (node.kind === 'seq' && typeof segment === 'number') return node.items[segment];
  return undefined;
}

export type YamlParseResult = { ok: true; document: YamlDocument } | { ok: false; problem: Finding };

/** Parses `text` as one YAML document; never throws for bad input. */
export function parseYamlDocument(text: string, options: { lineOffset?: number } = {}): YamlParseResult {
  const lineOffset = options.lineOffset ?? 0;
  const fail = (offset: number, advice: Advice): YamlParseResult => {
    const at = new LineIndex(text).at(offset);
    return { ok: false, problem: { line: at.line + lineOffset, column: at.column, ...advice } };
  };

  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    return fail(0, {
      code: 'file-too-large',
      message: `the file is larger than ${MAX_YAML_BYTES / 1024} kB`,
      fix: 'split it up or shorten it; content files are small',
    });
  }

  let events: Event[];
  try {
    events = parseEvents(text, PARSER_OPTIONS);
  } catch (error) {
    return fromYamlException(error, lineOffset, text);
  }

  // The tree is built now only when it is needed now: to size aliases (alias bombs) or to point at
  // a second document. Otherwise YamlDocument builds it if and when a problem is reported.
  let tree: { root: PositionNode | undefined } | undefined;
  if (events.some((event) => event.type === EVENT_ID.ALIAS || (event.type === EVENT_ID.DOCUMENT && event !== events[0]))) {
    const built = new PositionTreeBuilder(events, text).build();
    if ('problem' in built) return fail(built.offset, built.problem);
    tree = built;
  }

  let data: unknown;
  try {
    const documents = constructFromEvents(events, { source: text });
    data = documents[0];
  } catch (error) {
    return fromYamlException(error, lineOffset, text);
  }
  return { ok: true, document: new YamlDocument(data, text, lineOffset, tree) };
}

const PARSER_OPTIONS = { maxDepth: 50 };

function fromYamlException(error: unknown, lineOffset: number, text: string): YamlParseResult {
  if (!(error instanceof YAMLException)) throw error;
  const at = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : { line: 1, column: 1 };
  const reason = error.reason || 'the YAML cannot be read';
  // YAML itself refuses control characters written as themselves: name the character, as the schema does.
  const char = error.mark ? String.fromCodePoint(text.codePointAt(error.mark.position) ?? 0x20) : ' ';
  if (mayHaveUnsafeCharacters(char, 'text')) {
    const codePoint = char.codePointAt(0)!;
    return {
      ok: false,
      problem: {
        line: at.line + lineOffset,
        column: at.column,
        ...unsafeCharacterMessage({ codePoint, kind: kindOf(codePoint, char), count: 1 }, 'text', 'the file'),
      },
    };
  }
  const sourceLines = text.split(/\r\n|\r|\n/);
  const hint = hintFromSource(sourceLines, at.line);
  return {
    ok: false,
    problem: {
      line: (hint?.line ?? at.line) + lineOffset,
      column: hint ? hint.column : at.column,
      code: 'yaml-syntax',
      message: `YAML syntax error: ${hint?.message ?? reason}`,
      fix: hint?.fix ?? yamlFix(reason),
    },
  };
}

/**
 * js-yaml often notices a mistake a line late and names it by its effect ("bad indentation").
 * The two most common causes are easy to see in the text: an unclosed quote, and a value that
 * starts with a character YAML reserves.
 */
function hintFromSource(lines: string[], errorLine: number): { line: number; column: number; message: string; fix: string } | undefined {
  for (const line of [errorLine - 1, errorLine]) {
    const source = lines[line - 1] ?? '';
    const value = /^(\s*(?:-\s+)?[^\s#'"][^:#]*:\s+)(.*)$/.exec(source);
    if (!value) continue;
    const content = value[2]!;
    const column = value[1]!.length + 1;
    if (/^[@`%]/.test(content)) {
      return { line, column, message: `a value cannot start with ${content[0]} unquoted`, fix: `put the text in quotes: "${content.slice(0, 30)}"` };
    }
    if (/^"/.test(content) && !/^"(?:[^"\\]|\\.)*"\s*(?:#.*)?$/.test(content)) {
      return { line, column, message: 'a quote is not closed', fix: 'end the text with " on the same line' };
    }
    const bracket = /^[[{]/.exec(content)?.[0];
    if (bracket && !content.includes(bracket === '[' ? ']' : '}')) {
      return {
        line,
        column,
        message: `a ${bracket === '[' ? 'list' : 'group'} opened with ${bracket} is not closed`,
        fix: `end it with ${bracket === '[' ? ']' : '}'} on the same line`,
      };
    }
  }
  return undefined;
}

function yamlFix(reason: string): string {
  if (reason.includes('quoted scalar')) return 'a quote is not closed: end the text with the same quote mark it starts with';
  if (reason.includes('duplicated mapping key')) return 'this key is written twice in the same block; keep one of them';
  if (reason.includes('indentation')) return 'line this entry up with its siblings (spaces, not tabs), and put text that contains ": " in quotes';
  if (reason.includes('unknown tag') || reason.includes('unknown scalar tag')) return 'remove the "!" tag: content files use plain YAML values only';
  if (reason.includes('tab')) return 'replace tabs with spaces';
  return 'check the quoting and indentation here: text containing ": " or " #" must be put in quotes';
}

type BuildResult = { root: PositionNode | undefined } | { problem: Advice; offset: number };

/** Walks the flat event stream once, mirroring the data with source offsets and sizing aliases. */
class PositionTreeBuilder {
  private index = 0;
  private expanded = 0;
  private readonly anchorSizes = new Map<string, number>();
  private readonly events: Event[];
  private readonly text: string;

  constructor(events: Event[], text: string) {
    this.events = events;
    this.text = text;
  }

  build(): BuildResult {
    const documents = this.events.filter((event) => event.type === EVENT_ID.DOCUMENT).length;
    if (documents > 1) {
      const second = this.secondDocumentOffset();
      return {
        problem: {
          code: 'several-documents',
          message: 'the file holds more than one YAML document',
          fix: 'remove the "---" line: a content file describes one thing',
        },
        offset: second,
      };
    }
    if (documents === 0 || this.events[1]?.type === EVENT_ID.POP) return { root: undefined };
    this.index = 1;
    try {
      return { root: this.node(0).node };
    } catch (error) {
      if (error instanceof AliasBomb) {
        return {
          problem: {
            code: 'alias-expansion',
            message: `aliases expand this file to more than ${MAX_EXPANDED_NODES} values`,
            fix: 'write the values out instead of repeating "*alias" references',
          },
          offset: error.offset,
        };
      }
      throw error;
    }
  }

  /** Where the second document starts: the second "---" line when the first document has one too. */
  private secondDocumentOffset(): number {
    const separators = [...this.text.matchAll(/^---(?=\s|$)/gm)].map((match) => match.index);
    const first = this.events.find((event) => event.type === EVENT_ID.DOCUMENT);
    const index = first && 'explicitStart' in first && first.explicitStart ? 1 : 0;
    return separators[index] ?? separators[0] ?? 0;
  }

  /** Reads one node; `fallback` is where to point when it has no text of its own (an empty value). */
  private node(fallback: number): { node: PositionNode; size: number } {
    const event = this.events[this.index++]!;
    let result: { node: PositionNode; size: number };
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        const offset = firstOffset(fallback, event.anchorStart, event.tagStart, this.scalarStart(event));
        result = { node: { kind: 'leaf', offset, span: { valueStart: event.valueStart, valueEnd: event.valueEnd, style: event.style } }, size: 1 };
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = this.text.slice(event.anchorStart, event.anchorEnd).replace(/^\*/, '');
        const size = this.anchorSizes.get(name) ?? 1;
        this.count(size, Math.max(0, event.anchorStart - 1));
        return { node: { kind: 'leaf', offset: Math.max(0, event.anchorStart - 1) }, size };
      }
      case EVENT_ID.SEQUENCE: {
        const items: PositionNode[] = [];
        let size = 1;
        let previous = firstOffset(fallback, event.start);
        while (this.events[this.index]!.type !== EVENT_ID.POP) {
          // An empty item ("-" alone) points at its dash.
          const child = this.node(this.nextDash(previous) ?? previous);
          items.push(child.node);
          size += child.size;
          previous = child.node.offset;
        }
        this.index++;
        result = { node: { kind: 'seq', offset: firstOffset(fallback, event.anchorStart, event.tagStart, event.start), items }, size };
        break;
      }
      case EVENT_ID.MAPPING: {
        const entries = new Map<string, { keyOffset: number; value: PositionNode }>();
        let size = 1;
        let previous = firstOffset(fallback, event.start);
        while (this.events[this.index]!.type !== EVENT_ID.POP) {
          const keyEvent = this.events[this.index]!;
          const key = this.node(previous);
          // An empty value points at its key.
          const value = this.node(key.node.offset);
          size += key.size + value.size;
          previous = key.node.offset;
          if (keyEvent.type === EVENT_ID.SCALAR) {
            // The decoded key ("it''s" → it's), as the data has it.
            entries.set(getScalarValue(this.text, keyEvent), { keyOffset: key.node.offset, value: value.node });
          }
        }
        this.index++;
        result = { node: { kind: 'map', offset: firstOffset(fallback, event.anchorStart, event.tagStart, event.start), entries }, size };
        break;
      }
      default:
        throw new Error(`unexpected YAML event ${event.type}`);
    }
    this.count(1, result.node.offset);
    if ('anchorStart' in event && event.anchorStart >= 0) {
      this.anchorSizes.set(this.text.slice(event.anchorStart, event.anchorEnd).replace(/^&/, ''), result.size);
    }
    return result;
  }

  /** The next block-sequence dash after `offset`, if any. */
  private nextDash(offset: number): number | undefined {
    const match = /-(?=[ \t]|\r?\n|$)/.exec(this.text.slice(offset + 1));
    return match ? offset + 1 + match.index : undefined;
  }

  /** Where a scalar is written: its opening quote, or the | or > of a block scalar. */
  private scalarStart(event: Extract<Event, { type: typeof EVENT_ID.SCALAR }>): number {
    switch (event.style) {
      case SCALAR_STYLE.SINGLE_QUOTED:
      case SCALAR_STYLE.DOUBLE_QUOTED:
        return event.valueStart - 1;
      case SCALAR_STYLE.LITERAL_BLOCK:
      case SCALAR_STYLE.FOLDED_BLOCK:
        return Math.max(this.text.lastIndexOf('|', event.valueStart), this.text.lastIndexOf('>', event.valueStart), 0);
      default:
        return event.valueStart;
    }
  }

  private count(nodes: number, offset: number) {
    this.expanded += nodes;
    if (this.expanded > MAX_EXPANDED_NODES) throw new AliasBomb(offset);
  }
}

class AliasBomb extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super('alias bomb');
    this.offset = offset;
  }
}

/** The earliest of a node's anchor, tag and value offsets (`-1` means absent); `fallback` when it has none. */
function firstOffset(fallback: number, ...offsets: number[]): number {
  const present = offsets.filter((offset) => offset >= 0);
  return present.length ? Math.min(...present) : fallback;
}
