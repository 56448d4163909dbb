// Finds where a piece of a YAML scalar's value is written in the source, so a problem inside a value
// (an invisible character, a word) is reported at its own column, not at the start of the field.
//
// The value is searched by content, not by index: YAML folds lines, strips indentation and decodes
// escapes, so indexes shift, but a character written as itself is the same in value and source.
// In double-quoted scalars an escape ("\u202E", "\e", "\x1b") that decodes to the character counts
// too, and is pointed at by its backslash.
import { SCALAR_STYLE } from 'js-yaml';

export interface ScalarSpan {
  /** Offsets of the value's text in the source (inside the quotes; the lines of a block scalar). */
  valueStart: number;
  valueEnd: number;
  style: number;
}

/**
 * The source offset of occurrence number `occurrence` (0-based) of `needle` in the scalar's value,
 * or undefined when it cannot be found (e.g. a line break that YAML made from folding).
 */
export function findInScalar(source: string, span: ScalarSpan, needle: string, occurrence: number): number | undefined {
  const { valueStart, valueEnd } = span;
  if (span.style !== SCALAR_STYLE.DOUBLE_QUOTED || [...needle].length !== 1) {
    let at = valueStart - 1;
    for (let seen = 0; seen <= occurrence; seen++) {
      at = source.indexOf(needle, at + 1);
      if (at < 0 || at + needle.length > valueEnd) return undefined;
    }
    return at;
  }
  const target = needle.codePointAt(0)!;
  let seen = 0;
  for (let at = valueStart; at < valueEnd; ) {
    const escaped = source[at] === '\\' ? decodeEscape(source, at) : undefined;
    const codePoint = escaped ? escaped.codePoint : source.codePointAt(at)!;
    const length = escaped ? escaped.length : codePoint > 0xffff ? 2 : 1;
    if (codePoint === target && seen++ === occurrence) return at;
    at += length;
  }
  return undefined;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  '0': 0x00,
  a: 0x07,
  b: 0x08,
  t: 0x09,
  '\t': 0x09,
  n: 0x0a,
  v: 0x0b,
  f: 0x0c,
  r: 0x0d,
  e: 0x1b,
  ' ': 0x20,
  '"': 0x22,
  '/': 0x2f,
  '\\': 0x5c,
  N: 0x85,
  _: 0xa0,
  L: 0x2028,
  P: 0x2029,
};
const HEX_LENGTHS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The character a double-quoted escape at `at` stands for, and how long the escape is. */
function decodeEscape(source: string, at: number): { codePoint: number; length: number } | undefined {
  const letter = source[at + 1] ?? '';
  if (letter in SIMPLE_ESCAPES) return { codePoint: SIMPLE_ESCAPES[letter]!, length: 2 };
  const digits = HEX_LENGTHS[letter];
  if (!digits) return undefined; // an escaped line break: folding, not a character
  const hex = source.slice(at + 2, at + 2 + digits);
  return /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? { codePoint: Number.parseInt(hex, 16), length: 2 + digits } : undefined;
}
