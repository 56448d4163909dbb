// What marks data as internal, and how to find it in a file of the public site. Pages that show
// internal data carry INTERNAL_MARK on their container (ReciprocityCard, src/internal-pages/) and
// API responses would carry one of INTERNAL_KEYS: both are structure no content can write, so the
// build fails on them (src/integrations/public-guard.ts). The model's own sentences about a
// partnership (INTERNAL_SENTENCES) are checked by the tests instead: a partner's description may
// say anything, and a build must never fail on text validate accepted.

/** The attribute on every element that holds internal data. */
export const INTERNAL_MARK = 'data-internal';

/** JSON keys of the internal reciprocity report: none may appear in a public JSON file. */
export const INTERNAL_KEYS: ReadonlySet<string> = new Set([
  'balance',
  'balanceText',
  'lately',
  'lastTwelveMonths',
  'nextStep',
  'needed',
  'stale',
  'daysSinceActivity',
  'atRisk',
  'ranking',
  'partnerOwes',
  'platformOwes',
  'scorecard',
  'scorecards',
]);

/**
 * The sentences src/model/reciprocity.ts writes about a partnership (balanceText, nextStep), as
 * patterns: a fixed set, so checking a file costs the same however many partners there are.
 * tests/audience.test.ts checks that every sentence the model writes matches one.
 */
export const INTERNAL_SENTENCES: readonly RegExp[] = [
  / owes [^:]+: .+ has done [\d.]+ points? more /,
  /have done about as much for each other/,
  /\bTo keep [^:]+: \d+ more /,
  /could return the favour: the platform has done more/,
  /The platform should give back: /,
  /Get back in touch: nothing on either side/,
  /Start the ledger: nothing is recorded with /,
  /Keep going: requirements met and the partnership is balanced/,
];

/** File types whose text the public guard reads: what pages, the API, feeds and CSV are written as. */
export const CHECKED_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.json', '.xml', '.csv', '.txt']);

/** What in `text` (a file of the public site, named by its extension) is internal; empty when nothing is. */
export function internalLeaks(extension: string, text: string): string[] {
  const found: string[] = [];
  if (extension === '.html' && MARKED_ELEMENT.test(text)) found.push(`an element marked ${INTERNAL_MARK} (internal data)`);
  if (extension === '.json') {
    const keys = new Set<string>();
    collectKeys(safeParse(text), keys);
    for (const key of keys) if (INTERNAL_KEYS.has(key)) found.push(`the internal field "${key}"`);
  }
  return found;
}

/** The sentences of the internal report found in `text`: for the tests that grep a public build. */
export function internalSentences(text: string): string[] {
  return INTERNAL_SENTENCES.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [`a sentence of the internal report ("…${match[0]}…")`] : [];
  });
}

/**
 * A start tag carrying the mark as an attribute. Attribute values are skipped whole, so text that
 * merely says "data-internal" (escaped in a text node, quoted in an attribute) is not a mark.
 */
const MARKED_ELEMENT = new RegExp(`<[a-zA-Z][\\w-]*(?:\\s+[^\\s=>"'/]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s>"']+))?)*?\\s+${INTERNAL_MARK}(?=[\\s=>/])`);

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectKeys(item, keys);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      collectKeys(inner, keys);
    }
}
