// How names are compared, wherever two names must not be the same (partners, tiers, certifications…).
//
// - nameKey: the same name, however it is typed: NFKC (full-width letters, ligatures), case folded,
//   invisible characters and white space removed. "ACORN LEDGER" = "Acorn\u200BLedger" = "AcornLedger":
//   names that differ only in spacing are the same name to a reader.
// - lookAlikeKeys: names that look the same, after Unicode TR39's confusable skeleton
//   (NFD → map each character to its prototype → NFD, with the unhomoglyph package's copy of
//   confusables.txt). "Асorn Ledger" with a Cyrillic А and с looks like "Acorn Ledger".
//   Two keys, because case folding and look-alikes do not commute: "I" looks like "l", but folding
//   first would make it "i"; and "АСORN" only meets "acorn" once both are folded.
// - scriptsOf / mixedScriptWords: which alphabets a name uses (Unicode Script and Script_Extensions).
import unhomoglyph from 'unhomoglyph';
import { INVISIBLE_CHARACTERS } from './unsafe-characters.ts';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** NFKC, without invisible characters and white space. */
function clean(name: string): string {
  // Printable ASCII is its own NFKC and has no invisible characters: most names, and every id.
  if (PRINTABLE_ASCII.test(name)) return name.includes(' ') ? name.replaceAll(' ', '') : name;
  return name.normalize('NFKC').replace(INVISIBLE_CHARACTERS, '').replace(/\s+/gu, '');
}

/** Full case folding, near enough: upper then lower maps ß to ss and ς to σ, as folding does. */
const fold = (text: string) => (PRINTABLE_ASCII.test(text) ? text.toLowerCase() : text.toUpperCase().toLowerCase());

/** Latin small capitals, which TR39's table and NFKC leave alone, though ᴀᴄᴏʀɴ reads as acorn. */
const SMALL_CAPITALS = new Map(
  Object.entries({
    ᴀ: 'a',
    ʙ: 'b',
    ᴄ: 'c',
    ᴅ: 'd',
    ᴇ: 'e',
    ꜰ: 'f',
    ɢ: 'g',
    ʜ: 'h',
    ɪ: 'i',
    ᴊ: 'j',
    ᴋ: 'k',
    ʟ: 'l',
    ᴍ: 'm',
    ɴ: 'n',
    ᴏ: 'o',
    ᴘ: 'p',
    ꞯ: 'q',
    ʀ: 'r',
    ꜱ: 's',
    ᴛ: 't',
    ᴜ: 'u',
    ᴠ: 'v',
    ᴡ: 'w',
    ʏ: 'y',
    ᴢ: 'z',
  }),
);
const SMALL_CAPITAL = new RegExp(`[${[...SMALL_CAPITALS.keys()].join('')}]`, 'gu');

/** TR39 skeleton: NFD, each character replaced by its confusable prototype, NFD again (small capitals read as letters first). */
const skeleton = (text: string) => unhomoglyph(text.replace(SMALL_CAPITAL, (char) => SMALL_CAPITALS.get(char)!).normalize('NFD')).normalize('NFD');

/** Equal for the same name however it is written (case, width, invisible characters, white space). */
export function nameKey(name: string): string {
  return fold(clean(name));
}

/** Equal (one or the other) for names that look alike on screen. */
export function lookAlikeKeys(name: string): [cased: string, folded: string] {
  const cleaned = clean(name);
  return [skeleton(cleaned), fold(skeleton(fold(cleaned)))];
}

// ---- scripts ----------------------------------------------------------------------------------

/** ISO 15924 codes of Unicode's scripts; codes this Node does not know yet are skipped. */
const SCRIPT_CODES = (
  'Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Bhks Bopo Brah Brai Bugi Buhd Cakm Cans Cari Cham Cher Chrs Copt Cpmn Cprt Cyrl ' +
  'Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Gara Geor Glag Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp Hung ' +
  'Ital Java Kali Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Latn Lepc Limb Lina Linb Lisu Lyci Lydi Mahj Maka Mand Mani Marc Medf Mend Merc ' +
  'Mero Mlym Modi Mong Mroo Mtei Mult Mymr Nagm Nand Narb Nbat Newa Nkoo Nshu Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx ' +
  'Plrd Prti Rjng Rohg Runr Samr Sarb Saur Sgnw Shaw Shrd Sidd Sind Sinh Sogd Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale Talu Taml Tang Tavt Telu ' +
  'Tfng Tglg Thaa Thai Tibt Tirh Tnsa Todr Toto Tutg Ugar Vaii Vith Wara Wcho Xpeo Xsux Yezi Yiii Zanb'
).split(' ');

interface ScriptTest {
  code: string;
  script: RegExp;
  extensions: RegExp;
}

let scriptTests: ScriptTest[] | undefined;
function tests(): ScriptTest[] {
  scriptTests ??= SCRIPT_CODES.flatMap((code) => {
    try {
      return [{ code, script: new RegExp(`\\p{Script=${code}}`, 'u'), extensions: new RegExp(`\\p{Script_Extensions=${code}}`, 'u') }];
    } catch {
      return [];
    }
  });
  return scriptTests;
}

/** Common and Inherited characters (digits, punctuation, combining accents) go with any script. */
const ANY_SCRIPT = /[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]/u;
const ASCII_LETTER = /[A-Za-z]/;

const scriptCache = new Map<string, string | undefined>();
/** The script of one character (its Script property), or undefined for Common and Inherited ones. */
function scriptOf(char: string): string | undefined {
  if (char < '\u0080') return ASCII_LETTER.test(char) ? 'Latn' : undefined;
  if (!scriptCache.has(char)) scriptCache.set(char, tests().find((test) => test.script.test(char))?.code);
  return scriptCache.get(char);
}

/** Han is also written with Japanese kana and Korean Hangul: TR39's augmented script sets. */
const AUGMENTED: Record<string, string[]> = { Hani: ['Hanb', 'Jpan', 'Kore'], Hira: ['Jpan'], Kana: ['Jpan'], Hang: ['Kore'], Bopo: ['Hanb'] };

const extensionsCache = new Map<string, ReadonlySet<string> | undefined>();
/** The scripts a character may be written in (Script_Extensions, augmented); undefined means any. */
function scriptSetOf(char: string): ReadonlySet<string> | undefined {
  if (char < '\u0080') return ASCII_LETTER.test(char) ? new Set(['Latn']) : undefined;
  if (!extensionsCache.has(char)) {
    const codes = ANY_SCRIPT.test(char)
      ? undefined
      : tests()
          .filter((test) => test.extensions.test(char))
          .map((test) => test.code);
    extensionsCache.set(char, codes?.length ? new Set(codes.flatMap((code) => [code, ...(AUGMENTED[code] ?? [])])) : undefined);
  }
  return extensionsCache.get(char);
}

/** The scripts a name's letters are written in (Common and Inherited characters left out). */
export function scriptsOf(name: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of name) {
    const script = scriptOf(char);
    if (script) scripts.add(script);
  }
  return scripts;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((item) => b.has(item));
/** Whether two names are written in the same scripts (both Latin, both Greek…). */
export const sameScripts = (a: string, b: string) => sameSet(scriptsOf(a), scriptsOf(b));

const scriptNames = new Intl.DisplayNames(['en'], { type: 'script' });
/** "Cyrillic" for Cyrl. */
export const scriptName = (code: string) => scriptNames.of(code) ?? code;

export interface MixedScriptWord {
  word: string;
  /** Script codes of the word's letters, in order of first appearance. */
  scripts: string[];
}

/**
 * Words whose letters come from more than one script ("Асorn": Cyrillic А and с, Latin orn), the
 * usual make-up of a look-alike name. Allowed as TR39's "highly restrictive" level allows: one
 * script, or Latin with Chinese, Japanese or Korean (e.g. "東京Labs").
 */
export function mixedScriptWords(name: string): MixedScriptWord[] {
  if (/^[\x00-\x7f]*$/.test(name)) return [];
  const words = name.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  return words.flatMap((word) => (isSingleScript(word) ? [] : [{ word, scripts: [...scriptsOf(word)] }]));
}

function isSingleScript(word: string): boolean {
  if (resolvedScripts(word).size > 0) return true;
  const withoutLatin = resolvedScripts([...word].filter((char) => scriptOf(char) !== 'Latn').join(''));
  return ['Jpan', 'Hanb', 'Kore'].some((code) => withoutLatin.has(code));
}

/** TR39's resolved script set: the scripts every character of `word` may be written in. */
function resolvedScripts(word: string): Set<string> {
  let resolved: Set<string> | undefined;
  for (const char of word) {
    const scripts = scriptSetOf(char);
    if (!scripts) continue;
    resolved = resolved ? new Set([...resolved].filter((code) => scripts.has(code))) : new Set(scripts);
    if (resolved.size === 0) return resolved;
  }
  return resolved ?? new Set(['Zyyy']);
}
