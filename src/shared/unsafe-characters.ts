// Characters that must not reach a page, feed, badge or terminal from content: control characters,
// direction overrides, invisible format characters, lone surrogates, line and paragraph separators,
// private-use characters and noncharacters. They make XML outputs malformed, reorder what a reader
// sees (bidi), or make two names that look the same compare different (zero-width).
//
// A few invisible characters do real work in real text, so they are allowed only where they do it:
// - ZERO WIDTH NON-JOINER / JOINER between two letters of a script that shapes its letters
//   (Persian, Arabic, the Indic scripts…), never next to Latin, Greek or Cyrillic letters, and the
//   joiner inside an emoji sequence (👩‍💻);
// - a variation selector (emoji vs text style ❤️, CJK glyph variants) right after the visible
//   character it changes, one at a time: a run of them can smuggle hidden data;
// - tag characters only in the flag emoji of England, Scotland and Wales (🏴 + tags + CANCEL TAG);
// - combining marks (accents), at most MAX_STACKED_MARKS on one letter: a tall stack ("Zalgo")
//   draws over the lines around it.
// U+2800 BRAILLE PATTERN BLANK is refused as invisible: it draws nothing, so "Acorn Ledger⠀"
// would pass for "Acorn Ledger".

/** How a text is used: one line (names, titles), several lines (descriptions), or a Markdown/MDX body. */
export type TextKind = 'line' | 'text' | 'body';

export type UnsafeCharacterKind = 'line-break' | 'tab' | 'control' | 'bidi' | 'invisible' | 'surrogate' | 'private-use' | 'noncharacter' | 'stacked-mark';

/** More accents than this on one letter is refused; real scripts stack at most four or five. */
export const MAX_STACKED_MARKS = 8;

export interface UnsafeCharacter {
  /** The character, as it appears in the text (one code point). */
  char: string;
  codePoint: number;
  kind: UnsafeCharacterKind;
  /** UTF-16 index of its first refused occurrence. */
  index: number;
  /** How many earlier occurrences of the same character the text has (allowed ones included), to find it in the source. */
  occurrence: number;
  /** How many refused occurrences of this character the text has. */
  count: number;
}

// Every control (Cc), format (Cf) and default-ignorable character, separators, lone surrogates,
// private-use characters and noncharacters. Tabs and line feeds are left to the caller's kind.
// Combining marks (\p{M}) and U+2800 are candidates too: marks are refused only past the stack limit.
const CANDIDATE_IN_LINE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{M}\u2800]/u;
const CANDIDATE_IN_TEXT = /[\0-\x08\x0B-\x1F\x7F-\x9F\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\p{M}\u2800]/u;
const CANDIDATES_IN_LINE = new RegExp(CANDIDATE_IN_LINE.source, 'gu');
const CANDIDATES_IN_TEXT = new RegExp(CANDIDATE_IN_TEXT.source, 'gu');

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f;
/** 🏴 followed by tag letters or digits and CANCEL TAG: the subdivision flags (England, Scotland, Wales). */
const FLAG_TAG_SEQUENCE = /\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}/gu;
/** Letters of alphabets in which joiners have no job (and look-alike letters are most common). */
const NO_JOINING = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}|\uFE0F/u;
/** What a variation selector may follow: an emoji (❤️, 1️⃣) or a Han character (its glyph variants); Mongolian's own after Mongolian letters. */
const VARIED_BASE = /[\p{Emoji}\p{Script=Han}]/u;
const MONGOLIAN = /\p{Script=Mongolian}/u;
const isMongolianSelector = (cp: number) => (cp >= 0x180b && cp <= 0x180d) || cp === 0x180f;
const MARK = /\p{M}/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** Printable ASCII (and, in longer text, tabs and new lines): most text, and never refused. */
const PLAIN_LINE = /^[\x20-\x7e]*$/;
const PLAIN_TEXT = /^[\x20-\x7e\t\n]*$/;

/** Whether `text` has any character `findUnsafeCharacters` could refuse: a fast test for the common clean case. */
export function mayHaveUnsafeCharacters(text: string, kind: TextKind): boolean {
  if ((kind === 'line' ? PLAIN_LINE : PLAIN_TEXT).test(text)) return false;
  return (kind === 'line' ? CANDIDATE_IN_LINE : CANDIDATE_IN_TEXT).test(text);
}

/**
 * The refused characters of `text`, each reported once at its first occurrence. Leading and
 * trailing white space is ignored for `line` and `text`, which the schema trims away.
 */
export function findUnsafeCharacters(text: string, kind: TextKind): UnsafeCharacter[] {
  if (!mayHaveUnsafeCharacters(text, kind)) return [];
  const [from, to] = kind === 'body' ? [0, text.length] : trimmedRange(text);
  const flags = text.includes('\u{1F3F4}') ? [...text.matchAll(FLAG_TAG_SEQUENCE)].map((match) => [match.index, match.index + match[0].length] as const) : [];
  const found = new Map<string, UnsafeCharacter>();
  const seen = new Map<string, number>();
  for (const match of text.matchAll(kind === 'line' ? CANDIDATES_IN_LINE : CANDIDATES_IN_TEXT)) {
    const char = match[0];
    const index = match.index;
    const occurrence = seen.get(char) ?? 0;
    seen.set(char, occurrence + 1);
    if (index < from || index >= to) continue;
    const codePoint = char.codePointAt(0)!;
    if (isAllowedHere(text, index, codePoint, kind, flags)) continue;
    const known = found.get(char);
    if (known) known.count++;
    else found.set(char, { char, codePoint, kind: kindOf(codePoint, char), index, occurrence, count: 1 });
  }
  return [...found.values()];
}

function trimmedRange(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  return [start, Math.max(start, text.trimEnd().length)];
}

function isAllowedHere(text: string, index: number, codePoint: number, kind: TextKind, flags: ReadonlyArray<readonly [number, number]>): boolean {
  if (kind === 'body') {
    if (codePoint === 0x0d && text.charCodeAt(index + 1) === 0x0a) return true; // Windows line ends
    if (codePoint === 0xfeff && index === 0) return true; // a byte order mark at the start of the file
  }
  if (codePoint === ZWNJ || codePoint === ZWJ) return joins(text, index, codePoint);
  if (isVariationSelector(codePoint)) {
    const before = codePointBefore(text, index);
    if (before === undefined || isVariationSelector(before.codePointAt(0)!)) return false;
    return isMongolianSelector(codePoint) ? MONGOLIAN.test(before) : VARIED_BASE.test(before);
  }
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return flags.some(([start, end]) => index > start && index < end);
  const char = String.fromCodePoint(codePoint);
  if (MARK.test(char) && !IGNORABLE.test(char)) return marksBefore(text, index) < MAX_STACKED_MARKS;
  return false;
}

/** A joiner between two letters of a shaping script, or the joiner of an emoji sequence. */
function joins(text: string, index: number, codePoint: number): boolean {
  const before = codePointBefore(text, index);
  const after = text.codePointAt(index + 1);
  if (before === undefined || after === undefined) return false;
  const next = String.fromCodePoint(after);
  if (LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(next)) return !NO_JOINING.test(before) && !NO_JOINING.test(next);
  if (codePoint !== ZWJ || !PICTOGRAPH.test(next)) return false;
  // 👩🏽‍💻, ❤️‍🔥: the pictograph may carry a skin tone or the emoji-style selector.
  let at = index;
  let previous = before;
  while (EMOJI_MODIFIER.test(previous)) {
    at -= previous.length;
    const earlier = codePointBefore(text, at);
    if (earlier === undefined) return false;
    previous = earlier;
  }
  return PICTOGRAPH.test(previous);
}

/** How many combining marks come right before `index`, on the same letter. */
function marksBefore(text: string, index: number): number {
  let count = 0;
  let at = index;
  for (let before = codePointBefore(text, at); before !== undefined && MARK.test(before); before = codePointBefore(text, at)) {
    count++;
    at -= before.length;
  }
  return count;
}

function codePointBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  const start =
    low >= 0xdc00 && low <= 0xdfff && index >= 2 && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

/** Why a character is refused (for a character already known to be refused). */
export function kindOf(codePoint: number, char: string): UnsafeCharacterKind {
  if (LINE_BREAKS.has(codePoint)) return 'line-break';
  if (codePoint === 0x09) return 'tab';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  if (BIDI.has(codePoint)) return 'bidi';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'surrogate';
  if (/\p{Noncharacter_Code_Point}/u.test(char)) return 'noncharacter';
  if (/\p{Co}/u.test(char)) return 'private-use';
  if (MARK.test(char) && !IGNORABLE.test(char)) return 'stacked-mark';
  return 'invisible';
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and, where known, its Unicode name. */
export function characterLabel(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = characterName(codePoint);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

/** Names of the characters these checks meet most; others are named by their code point alone. */
const NAMES = new Map<number, string>([
  [0x7f, 'DELETE'],
  [0x85, 'NEXT LINE'],
  [0x90, 'DEVICE CONTROL STRING'],
  [0x9b, 'CONTROL SEQUENCE INTRODUCER'],
  [0x9c, 'STRING TERMINATOR'],
  [0x9d, 'OPERATING SYSTEM COMMAND'],
  [0xad, 'SOFT HYPHEN'],
  [0x34f, 'COMBINING GRAPHEME JOINER'],
  [0x61c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x1160, 'HANGUL JUNGSEONG FILLER'],
  [0x17b4, 'KHMER VOWEL INHERENT AQ'],
  [0x17b5, 'KHMER VOWEL INHERENT AA'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x2028, 'LINE SEPARATOR'],
  [0x2029, 'PARAGRAPH SEPARATOR'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0x2800, 'BRAILLE PATTERN BLANK'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  [0xfff9, 'INTERLINEAR ANNOTATION ANCHOR'],
  [0xfffa, 'INTERLINEAR ANNOTATION SEPARATOR'],
  [0xfffb, 'INTERLINEAR ANNOTATION TERMINATOR'],
  [0xe0001, 'LANGUAGE TAG'],
  [0xe0020, 'TAG SPACE'],
  [0xe007f, 'CANCEL TAG'],
]);

function characterName(codePoint: number): string | undefined {
  if (codePoint < 0x20) return C0_NAMES[codePoint];
  const named = NAMES.get(codePoint);
  if (named) return named;
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
  if (codePoint >= 0x180b && codePoint <= 0x180f) return `MONGOLIAN FREE VARIATION SELECTOR ${['ONE', 'TWO', 'THREE', '', 'FOUR'][codePoint - 0x180b]}`;
  const tagged = codePoint - 0xe0000;
  if (tagged >= 0x41 && tagged <= 0x5a) return `TAG LATIN CAPITAL LETTER ${String.fromCharCode(tagged)}`;
  if (tagged >= 0x61 && tagged <= 0x7a) return `TAG LATIN SMALL LETTER ${String.fromCharCode(tagged - 0x20)}`;
  if (tagged >= 0x30 && tagged <= 0x39) return `TAG DIGIT ${['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'][tagged - 0x30]}`;
  return undefined;
}

const SHOWN_AS_CODE = new RegExp(CANDIDATE_IN_LINE.source, 'gu');
/** `Acorn<U+200B>Ledger`: text quoted in a message, with every character these checks could refuse made visible. */
export function showInvisible(text: string): string {
  return text.replace(SHOWN_AS_CODE, (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Invisible characters a name may hide (format and default-ignorable ones), for comparing names. */
export const INVISIBLE_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
