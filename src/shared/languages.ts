// Languages as BCP 47 tags ("en", "fr-CA", "pt-BR"), checked with Intl (no list to keep up to date)
// and named in English. Used by the partner schema (languages) and the pages. Answers are
// remembered (memoize.ts): Intl is slow enough that 10,000 partners would take seconds.
import { memoize } from './memoize.ts';

const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The tag in its canonical form ("EN-gb" → "en-GB"), or undefined when it is not a well-formed tag. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language's name in English ("fr-CA" → "Canadian French"); undefined when Intl does not know it. */
export const languageName = memoize((tag: string): string | undefined => {
  try {
    // With fallback "none", a known region on an unknown language still gets a name: check the language alone too.
    return NAMES.of(tag.split('-')[0]!) ? NAMES.of(tag) : undefined;
  } catch {
    return undefined;
  }
});

/** Whether `tag` is a BCP 47 language tag, in canonical form, whose language Intl knows (a made-up "xx" is not). */
export const isLanguageTag = memoize((tag: string): boolean => canonical(tag) === tag && languageName(tag) !== undefined);

let byName: Map<string, string> | undefined;

/** English names of the two-letter (ISO 639-1) languages, to read "English" or "german" as a tag. */
function codesByName(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        const name = NAMES.of(code);
        if (name && name !== code) byName.set(name.toLowerCase(), code);
      }
    }
  }
  return byName;
}

/** The tag someone most likely meant by `written`: "EN" → "en", "en_gb" → "en-GB", "English" → "en". */
export function likelyLanguageTag(written: string): string | undefined {
  const value = written.trim();
  const tag = canonical(value.replaceAll('_', '-'));
  if (tag && isLanguageTag(tag)) return tag;
  const named = codesByName().get(value.toLowerCase());
  return named && isLanguageTag(named) ? named : undefined;
}
