// The one place that turns zod issues into messages a partner's marketing person can act on:
// what is wrong, in plain words, and how to fix it.
import type { z } from 'zod';
import { CHECK, CURRENCY_CODES, currencyDecimals, DATE_RANGE } from '../../schemas/common.ts';
import { METRIC_CHECK } from '../../schemas/program.ts';
import { countryName, likelyCountryCode } from '../shared/countries.ts';
import { toKebabCase } from '../shared/kebab-case.ts';
import { languageName, likelyLanguageTag } from '../shared/languages.ts';
import { showInvisible, type TextKind, type UnsafeCharacter } from '../shared/unsafe-characters.ts';
import { closest, listOf } from './did-you-mean.ts';
import { formatPath, valueAt } from './field-path.ts';
import type { Advice } from './problem.ts';
import { unsafeCharacterMessage } from './unsafe-text.ts';
import type { FieldPath } from './yaml-document.ts';

export interface FieldMessage extends Advice {
  path: FieldPath;
  /** Set when the problem is a key itself (an unknown key), so it is located at the key. */
  key?: string;
  /** Set when the problem is one character inside a text value, so it is located at that character. */
  text?: { needle: string; occurrence: number };
}

/** Keys that would name an entry: the file name does that, so a pull request cannot claim another's page. */
const IDENTITY_KEYS = new Set(['slug', 'id']);

export function messagesForIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): FieldMessage[] {
  const path = issue.path;
  const value = valueAt(data, path);
  // List items are named by their list: "services" items, not "0".
  const last = path.at(-1);
  const field = last === undefined ? 'the file' : typeof last === 'number' ? `${String(path.at(-2) ?? 'list')} item` : String(last);

  if (path.length === 0 && issue.code === 'invalid_type') {
    return [
      {
        path,
        code: 'not-a-mapping',
        message: `the file should hold "field: value" lines, not ${receivedWords(value)}`,
        fix: 'write one field per line, e.g. "name: Acme"; the README has a full example',
      },
    ];
  }

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path, data);
      return issue.keys.map((key) => {
        if (key === '<<') {
          return { path, key, code: 'merge-key', message: 'YAML merge keys (<<) are not supported', fix: 'write the fields out in full' };
        }
        if (IDENTITY_KEYS.has(key) && !known.includes(key) && path.length === 0) {
          return {
            path,
            key,
            code: 'id-field',
            message: `"${key}" cannot be set here: the file name is the id`,
            fix: `remove "${key}"; to change the id, rename the file`,
          };
        }
        const guess = closest(key, known);
        return {
          path,
          key,
          code: 'unknown-field',
          message: `unknown field "${key}"`,
          fix: guess ? `did you mean "${guess}"?` : `remove it; the fields allowed here are ${listOf(known)}`,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        return [{ path, code: 'missing-field', message: `"${field}" is missing`, fix: `add "${field}:" with ${expectedWords(issue.expected)}` }];
      }
      return [
        {
          path,
          code: 'wrong-type',
          message: `"${field}" should be ${expectedWords(issue.expected)}, not ${receivedWords(value)}`,
          fix: typeFix(issue.expected, field),
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (value === undefined) {
        return [{ path, code: 'missing-field', message: `"${field}" is missing`, fix: `add "${field}:" with one of: ${listOf(options)}` }];
      }
      const guess = typeof value === 'string' ? closest(value, options) : undefined;
      return [
        {
          path,
          code: 'not-an-option',
          message: `${show(value)} is not one of ${listOf(options)}`,
          fix: guess ? `did you mean "${guess}"?` : `use one of: ${listOf(options)}`,
        },
      ];
    }
    case 'invalid_format':
      return [{ path, ...formatMessage(issue, value, field) }];
    case 'too_small':
      return [{ path, ...sizeMessage('small', issue.origin, Number(issue.minimum), value, field) }];
    case 'too_big':
      return [{ path, ...sizeMessage('big', issue.origin, Number(issue.maximum), value, field) }];
    case 'custom': {
      const params = issue.params ?? {};
      if (issue.message === CHECK.unsafeCharacter) {
        const found = params as UnsafeCharacter & { textKind: TextKind };
        return [{ path, text: { needle: found.char, occurrence: found.occurrence }, ...unsafeCharacterMessage(found, found.textKind, `"${field}"`) }];
      }
      if (issue.message === CHECK.duplicate) return [{ path, ...duplicateMessage(path, params as DuplicateParams, value, data) }];
      if (issue.message === CHECK.amountFinerThanCurrency) return [{ path, ...amountFinerMessage(value, String(params.currency)) }];
      return [{ path, ...customMessage(issue.message, value, field) }];
    }
    case 'invalid_union': {
      if (issue.message === 'benefit-value')
        return [
          {
            path,
            code: 'wrong-shape',
            message: `${show(value)} is not a value a benefit can have`,
            fix: 'write true (included), false (not included), a short text such as "4 hours", or an amount such as { amount: 5, unit: exam vouchers } or { amount: 10000, currency: EUR }',
          },
        ];
      // Explained by the shape the value was most likely meant as, in that shape's own words.
      const options = unionOptions(schemaAt(schema, path, data));
      const shape = options ? issue.errors[closestOption(options, value)] : undefined;
      if (shape?.length) return shape.flatMap((inner) => messagesForIssue({ ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue, data, schema));
      return [{ path, code: 'wrong-shape', message: `"${field}" has a value of the wrong shape`, fix: 'compare it with the example in the README' }];
    }
    default:
      return [{ path, code: 'invalid-value', message: issue.message, fix: 'compare it with the example in the README' }];
  }
}

function expectedWords(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list (lines starting with "- ")',
    object: 'indented "key: value" lines',
    date: 'a date (YYYY-MM-DD)',
  };
  return words[expected] ?? expected;
}

function receivedWords(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text ${show(value)}`;
  if (typeof value === 'boolean') return `${value}`;
  return `${typeof value} ${show(value)}`;
}

function typeFix(expected: string, field: string): string {
  switch (expected) {
    case 'string':
      return field.endsWith(' item') ? 'write the item as text, on its own line after "- "' : `write it as text in quotes, e.g. ${field}: "…"`;
    case 'array':
      return `write each item on its own line starting with "- ", or as [a, b]`;
    case 'object':
      return `write its fields on indented lines below "${field}:"`;
    case 'boolean':
      return 'write true or false, without quotes';
    case 'number':
    case 'int':
      return 'write a number without quotes or units';
    default:
      return `write ${expectedWords(expected)}`;
  }
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown, field: string): Advice {
  const shown = show(value);
  switch (issue.format) {
    case 'email':
      return { code: 'invalid-email', message: `${shown} is not an email address`, fix: 'write it as name@example.com' };
    case 'url':
      return typeof value === 'string' && /^\s*[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)
        ? { code: 'unsafe-link', message: `${shown} is not a web link: only http and https links are allowed`, fix: 'use a link that starts with https://' }
        : {
            code: 'invalid-link',
            message: `${shown} is not a full web link`,
            fix: 'write the whole link, starting with https://, e.g. https://example.com/page',
          };
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? { code: 'not-a-calendar-day', message: `${shown} is not a day of the calendar`, fix: 'check the month (01–12) and the day of the month' }
        : { code: 'invalid-date', message: `${shown} is not a date`, fix: 'write dates as YYYY-MM-DD, e.g. 2025-03-31' };
    case 'regex':
      return regexMessage(issue.message, value, field);
    default:
      return { code: 'invalid-value', message: `${shown} is not a valid ${issue.format}`, fix: `check the value of "${field}"` };
  }
}

/** Regex checks carry a short code as their message (set in schemas/common.ts). */
function regexMessage(code: string, value: unknown, field: string): Advice {
  const shown = show(value);
  switch (code) {
    case 'kebab-id': {
      const suggestion = typeof value === 'string' ? toKebabCase(value) : '';
      return {
        code: 'invalid-id',
        message: `${shown} is not a valid id`,
        fix: `ids use lowercase letters, digits and single hyphens${suggestion ? `, e.g. "${suggestion}"` : ''}`,
      };
    }
    case 'hex-color':
      return { code: 'invalid-colour', message: `${shown} is not a colour`, fix: 'write it as #rrggbb, e.g. "#3355ff" (in quotes, since # starts a comment)' };
    case 'content-path':
      return {
        code: 'invalid-content-path',
        message: `${shown} is not a file path inside the content folder`,
        fix: 'write it relative to the content folder, without ".." or a leading "/", e.g. logos/acme.svg',
      };
    case 'currency':
      return { code: 'invalid-currency', message: `${shown} is not a currency code`, fix: 'use a three-letter ISO code such as USD or EUR' };
    case 'recorded-period':
      return {
        code: 'invalid-period',
        message: `${shown} is not a period`,
        fix: 'write a month (2026-03), a quarter (2026-Q1), a half-year (2026-H2), a year (2026), a fiscal one (FY2026-Q1, FY2026), or { from: YYYY-MM-DD, to: YYYY-MM-DD }',
      };
    case 'language':
      return { code: 'invalid-language', message: `${shown} is not a language code`, fix: 'use a code such as en or en-GB' };
    default:
      return { code: 'invalid-value', message: `${shown} is not a valid ${field}`, fix: `check the value of "${field}"` };
  }
}

function sizeMessage(which: 'small' | 'big', origin: string, limit: number, value: unknown, field: string): Advice {
  if (origin === 'string') {
    const length = typeof value === 'string' ? value.trim().length : 0;
    if (which === 'small') {
      return length === 0
        ? { code: 'empty-text', message: `"${field}" is empty`, fix: `write some text after "${field}:"` }
        : { code: 'text-too-short', message: `"${field}" is too short (${length} characters)`, fix: `write at least ${limit} characters` };
    }
    return {
      code: 'text-too-long',
      message: `"${field}" is ${length} characters long; the limit is ${limit}`,
      fix: `shorten it by ${length - limit} characters`,
    };
  }
  if (origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    return which === 'small'
      ? {
          code: 'too-few-items',
          message: `"${field}" needs at least ${limit} item${limit === 1 ? '' : 's'}`,
          fix: `add ${limit - count} more, each on its own line starting with "- "`,
        }
      : { code: 'too-many-items', message: `"${field}" has ${count} items; the limit is ${limit}`, fix: `remove ${count - limit} of them` };
  }
  return which === 'small'
    ? { code: 'number-too-small', message: `${show(value)} is too small for "${field}"`, fix: `use ${limit} or more` }
    : { code: 'number-too-large', message: `${show(value)} is too large for "${field}"`, fix: `use ${limit} or less` };
}

interface DuplicateParams {
  /** What one item is, e.g. "partner type". */
  what: string;
  /** The field items are told apart by, when they are compared by one. */
  field?: string;
  /** Index of the first item with the same value. */
  first: number;
  /** How many items have it. */
  count: number;
  /** What to do instead of repeating an item, when the list says (e.g. where repeats belong). */
  hint?: string;
}

/** A list item that repeats an earlier one; `path` is the repeat (or the field that repeats). */
function duplicateMessage(path: FieldPath, params: DuplicateParams, value: unknown, data: unknown): Advice {
  const { message, fix } = duplicateWords(path, params, value, data);
  return { code: 'duplicate-item', message, fix: params.hint ? `remove ${params.count === 2 ? 'the repeat' : 'the repeats'}: ${params.hint}` : fix };
}

function duplicateWords(path: FieldPath, params: DuplicateParams, value: unknown, data: unknown): { message: string; fix: string } {
  const listPath = path.slice(0, params.field ? -2 : -1);
  const first = `${formatPath(listPath, data)}[${params.first}]`;
  const times = params.count === 2 ? 'twice' : `${params.count} times`;
  const repeats = params.count === 2 ? 'the repeat' : 'the repeats';
  if (params.field === 'id')
    return { message: `the ${params.what} id ${show(value)} is used ${times} (first at ${first})`, fix: `give each one its own id, or remove ${repeats}` };
  if (params.field)
    return { message: `the ${params.what} ${params.field} ${show(value)} is used ${times} (first at ${first})`, fix: `remove ${repeats}, or tell them apart` };
  if (typeof value === 'string') return { message: `the ${params.what} ${show(value)} is listed ${times} (first at ${first})`, fix: `remove ${repeats}` };
  return { message: `this ${params.what} is the same as ${first}${params.count > 2 ? `, as are ${params.count - 2} more` : ''}`, fix: `remove ${repeats}` };
}

function amountFinerMessage(value: unknown, currency: string): Advice {
  const decimals = currencyDecimals(currency);
  return {
    code: 'amount-finer-than-currency',
    message: `${show(value)} has more decimals than amounts in ${currency} have (${decimals === 0 ? 'none' : decimals}), so the site would print another amount`,
    fix: `round it to ${decimals === 0 ? `whole ${currency}` : `${decimals} decimal${decimals === 1 ? '' : 's'}`}`,
  };
}

function customMessage(code: string, value: unknown, field: string): Advice {
  if (code === CHECK.dateRange) {
    return { code: 'date-out-of-range', message: `${show(value)} is not between ${DATE_RANGE.earliest} and ${DATE_RANGE.latest}`, fix: 'check the year' };
  }
  if (code === CHECK.linkWithCredentials) {
    return {
      code: 'link-with-credentials',
      message: `${show(value)} has a user name before the host, so it goes to the address after the "@", not the one it starts with`,
      fix: 'write the link without the part before "@"',
    };
  }
  if (code === CHECK.country) {
    const guess = typeof value === 'string' ? likelyCountryCode(value) : undefined;
    return {
      code: 'unknown-country',
      message: `${show(value)} is not a country code`,
      fix: guess
        ? `did you mean "${guess}" (${countryName(guess)})?`
        : 'write the two-letter ISO 3166-1 code in capitals, e.g. "GB" for the United Kingdom or "DE" for Germany',
    };
  }
  if (code === CHECK.language) {
    const guess = typeof value === 'string' ? likelyLanguageTag(value) : undefined;
    return {
      code: 'unknown-language',
      message: `${show(value)} is not a language code`,
      fix: guess ? `did you mean "${guess}" (${languageName(guess)})?` : 'write a language code such as "en", "de" or "pt-BR"',
    };
  }
  if (code === 'expires-before-earned') {
    return {
      code: 'expires-before-earned',
      message: `the expiry date ${show(value)} is not after the date it was earned`,
      fix: 'check both dates: "expires" must come after "earned"',
    };
  }
  if (code === 'named-group') {
    return {
      code: 'named-group',
      message: `a named item is one person, but it says people: ${show(value)}`,
      fix: 'leave out people: for a named person, or leave out the name to count several people in one item',
    };
  }
  if (code === CHECK.unknownCurrency) {
    const guess = typeof value === 'string' ? closest(value, CURRENCY_CODES) : undefined;
    return {
      code: 'invalid-currency',
      message: `${show(value)} is not an ISO 4217 currency code`,
      fix: guess ? `did you mean "${guess}"?` : 'use a three-letter ISO code such as USD or EUR',
    };
  }
  if (code === METRIC_CHECK.currencyMissing) {
    return {
      code: 'missing-currency',
      message: 'a money metric needs the currency its amounts are in',
      fix: 'add "currency:" with a three-letter code, e.g. currency: EUR',
    };
  }
  if (code === METRIC_CHECK.currencyNotMoney) {
    return {
      code: 'currency-not-needed',
      message: `only money metrics have a currency, and this one is not money`,
      fix: 'remove "currency", or make the metric kind: money',
    };
  }
  if (code === 'period-ends-before-it-starts') {
    return { code: 'invalid-period', message: `the period ends on ${show(value)}, before it starts`, fix: 'check both dates: "to" must be on or after "from"' };
  }
  if (code.startsWith('file-extension:')) {
    const extensions = code.slice('file-extension:'.length).split(',');
    return { code: 'unsupported-file-type', message: `${show(value)} is not a supported kind of file`, fix: `use a file ending in ${listOf(extensions)}` };
  }
  return { code: 'invalid-value', message: code, fix: `check the value of "${field}"` };
}

function show(value: unknown): string {
  // Invisible and direction-changing characters are shown by code point: they could reorder the message.
  if (typeof value === 'string') return showInvisible(JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value));
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a group of fields';
  return String(value);
}

type SchemaDef = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
};

const defOf = (node: z.core.$ZodType) => node._zod.def as SchemaDef;

/** The keys an object schema allows at `path`, unwrapping optional/default/array/pipe wrappers; of a union, those of the shape `data` is closest to there. */
export function knownKeysAt(schema: z.ZodType, path: FieldPath, data?: unknown): string[] {
  let node = schemaAt(schema, path, data);
  const options = unionOptions(node);
  if (options) node = unwrap(options[closestOption(options, valueAt(data, path))]);
  const def = node && defOf(node);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The schema of the value at `path` (unwrapped); on the way, through a union, the shape the value there is closest to. */
function schemaAt(schema: z.core.$ZodType, path: FieldPath, data: unknown): z.core.$ZodType | undefined {
  let node: z.core.$ZodType | undefined = schema;
  let value = data;
  for (const segment of [...path, undefined]) {
    node = unwrap(node);
    if (!node || segment === undefined) return node;
    const options = unionOptions(node);
    if (options) node = unwrap(options[closestOption(options, value)])!;
    const def = defOf(node);
    if (def.type === 'object') node = def.shape?.[String(segment)];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return undefined;
}

const unionOptions = (node: z.core.$ZodType | undefined) => (node && defOf(node).type === 'union' ? defOf(node).options : undefined);

/**
 * Which of a union's shapes a value was most likely meant as: the one that knows most of its keys
 * ("metric" and "per" say a metric threshold, whatever else is misspelt), then the one it breaks
 * least; the first of equals.
 */
function closestOption(options: readonly z.core.$ZodType[], value: unknown): number {
  const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  let best = 0;
  let bestScore = { known: -1, problems: Infinity };
  options.forEach((option, index) => {
    const def = defOf(unwrap(option)!);
    const known = def.type === 'object' && def.shape ? keys.filter((key) => key in def.shape!).length : 0;
    const problems = (option as z.ZodType).safeParse(value).error?.issues.length ?? 0;
    if (known > bestScore.known || (known === bestScore.known && problems < bestScore.problems)) [best, bestScore] = [index, { known, problems }];
  });
  return best;
}

function unwrap(node: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  while (node) {
    const def = node._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else return node;
  }
  return node;
}
