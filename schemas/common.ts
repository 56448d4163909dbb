// Building blocks shared by every content schema. Defaults and normalisation live here, so
// no page or model function has to re-check what a contributor wrote.
import { z } from 'zod';
import { isCountryCode } from '../src/shared/countries.ts';
import { isLanguageTag } from '../src/shared/languages.ts';
import { nameKey } from '../src/shared/name-key.ts';
import { findUnsafeCharacters } from '../src/shared/unsafe-characters.ts';

/** Codes of this file's own checks, which src/loader/zod-messages.ts turns into messages. */
export const CHECK = {
  unsafeCharacter: 'unsafe-character',
  duplicate: 'duplicate-item',
  dateRange: 'date-out-of-range',
  linkWithCredentials: 'link-with-credentials',
  country: 'unknown-country',
  language: 'unknown-language',
  unknownCurrency: 'unknown-currency',
  amountFinerThanCurrency: 'amount-finer-than-currency',
} as const;

/** Ids are kebab-case: they become URLs (`/tiers/<id>/`), so they must be safe there. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Every field says what it is (a test requires a description on every JSON Schema property). A
 * builder is told what the field means and adds the form it checks; a builder called without one
 * sets no description at all, so a field nobody described is caught instead of reading as
 * "One line of text". List items need none: their list says what they are.
 */
const describedAs = (what: string | undefined, form: string) => (what === undefined ? {} : { description: `${what} ${form}` });

export const id = (description?: string) =>
  z
    .string()
    .regex(KEBAB_CASE, { error: 'kebab-id' })
    .max(64)
    .meta(describedAs(description, 'A kebab-case id: lowercase letters, digits and single hyphens, e.g. "gold" or "data-platform".'));

/**
 * Refuses control, direction-changing and invisible characters (src/shared/unsafe-characters.ts):
 * one issue per character, carrying what the message needs to name it and find it in the file.
 */
const refuseUnsafeCharacters = (kind: 'line' | 'text') => (payload: z.core.ParsePayload<string>) => {
  for (const found of findUnsafeCharacters(payload.value, kind)) {
    payload.issues.push({ code: 'custom', message: CHECK.unsafeCharacter, input: payload.value, params: { ...found, textKind: kind } });
  }
};
const safeText = (kind: 'line' | 'text') => z.string().check(refuseUnsafeCharacters(kind));

/** Short single-line text (names, titles, labels): no line breaks, tabs, control or invisible characters. */
export const line = (max = 120, description?: string) =>
  safeText('line')
    .trim()
    .min(1)
    .max(max)
    .meta(describedAs(description, `One line, at most ${max} characters.`));

/** Longer prose: new lines and tabs allowed, no control or invisible characters; Markdown where a page renders it. */
export const prose = (max = 4000, description?: string) =>
  safeText('text')
    .trim()
    .min(1)
    .max(max)
    .meta(describedAs(description, `At most ${max} characters; it may run over several lines.`));

/**
 * A list that holds each item once, and at most `max` of them: limits no real program reaches, so a
 * pasted or generated list cannot blow a page up. Items are told apart by `by` (a field), else by
 * `id` when they have one, else by their whole value; text is compared as names are
 * (src/shared/name-key.ts), so "Payments" and "payments " are the same item.
 */
export function list<T extends z.ZodType>(item: T, options: { max: number; what: string; description?: string; by?: string; repeatHint?: string }) {
  const noRepeats = z.check<unknown[]>((payload) => {
    const items: unknown = payload.value;
    if (!Array.isArray(items) || items.length < 2) return; // not a list: its type check says so
    // One problem per repeated item, at its first repeat: a list pasted 20,000 times gives one line.
    const seen = new Map<string, { first: number; repeat?: number; field?: string; count: number }>();
    items.forEach((value, index) => {
      const [key, field] = itemKey(value, options.by);
      if (key === undefined) return;
      const known = seen.get(key);
      if (!known) seen.set(key, { first: index, field, count: 1 });
      else {
        known.count++;
        known.repeat ??= index;
      }
    });
    for (const { first, repeat, field, count } of seen.values()) {
      if (repeat === undefined) continue;
      payload.issues.push({
        code: 'custom',
        message: CHECK.duplicate,
        input: items,
        path: field ? [repeat, field] : [repeat],
        params: { what: options.what, field, first, count, hint: options.repeatHint },
      });
    }
  });
  // Also when an item has a mistake of its own, so every problem is reported in one run. (This is
  // what superRefine's `when` option does; superRefine itself adds a property to every payload it
  // sees, which made all of validation measurably slower.)
  noRepeats._zod.def.when = () => true;
  return z
    .array(item)
    .check(noRepeats)
    .max(options.max)
    .meta({ ...describedAs(options.description, `At most ${options.max} items, each listed once.`), uniqueItems: true });
}

function itemKey(value: unknown, by: string | undefined): [string | undefined, string | undefined] {
  if (typeof value === 'string') return [nameKey(value), undefined];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [JSON.stringify(value), undefined];
  const field = by ?? ('id' in value ? 'id' : undefined);
  if (field === undefined) return [JSON.stringify(value), undefined];
  const keyed = (value as Record<string, unknown>)[field];
  return [typeof keyed === 'string' ? nameKey(keyed) : undefined, field];
}

/**
 * Links must be http(s): `javascript:` and `data:` links are refused, because content may come
 * from a stranger's pull request.
 */
export const link = (description?: string) =>
  // `pattern` is for editors only (JSON Schema's "uri" format allows any scheme); zod checks the protocol.
  z
    .httpUrl()
    .max(2048)
    .check(refuseUnsafeCharacters('line'))
    // "https://quillstack.example@evil.example/" reads as quillstack.example and goes to evil.example.
    .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(value), { message: CHECK.linkWithCredentials })
    .meta({ ...describedAs(description, 'A full web link starting with https:// (or http://).'), pattern: '^https?://' });

/**
 * The largest amount, count or threshold content may write (fees, benefit amounts, metric values,
 * requirement thresholds): beyond it a number is a typing mistake, and 1e300 would print as a
 * 300-digit price that no page can lay out.
 */
export const MAX_AMOUNT = 1e15;

/** Dates outside these are typing mistakes, and years past 9999 would break the API's dates. */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2100-12-31' } as const;

/** ISO calendar dates (YYYY-MM-DD), kept as strings so they compare and serialise without time zones. */
export const isoDate = (description?: string) =>
  z.iso
    .date()
    .check((payload) => {
      // A value that is not a calendar date is reported by the format check alone.
      if (payload.issues.length === 0 && (payload.value < DATE_RANGE.earliest || payload.value > DATE_RANGE.latest)) {
        payload.issues.push({ code: 'custom', message: CHECK.dateRange, input: payload.value });
      }
    })
    .meta(describedAs(description, `A date written as YYYY-MM-DD, between ${DATE_RANGE.earliest} and ${DATE_RANGE.latest}, e.g. 2025-03-31.`));

/** The ISO 4217 currencies in use, as the runtime's Intl knows them (it formats the amounts). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code in use: three capital letters, e.g. EUR. */
export const currencyCode = (description?: string) =>
  z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'currency' })
    .refine((code) => !/^[A-Z]{3}$/.test(code) || CURRENCY_CODES.has(code), { error: CHECK.unknownCurrency })
    .meta(describedAs(description, 'An ISO 4217 currency code: three capital letters, e.g. EUR, GBP or USD.'));

/** How many decimals amounts in `currency` are written with, as Intl prints them: 2 for EUR, 0 for JPY, 3 for BHD. */
export const currencyDecimals = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Whether `amount` has no more decimals than `currency` has (0.1 + 0.2 counts as 0.3, not 0.30000000000000004). */
export function fitsCurrency(amount: number, currency: string): boolean {
  const scaled = amount * 10 ** currencyDecimals(currency);
  return Math.abs(scaled - Math.round(scaled)) <= 1e-6 * Math.max(1, Math.abs(scaled));
}

/**
 * On an object with an amount and a currency (a fee, a benefit's value): the amount in that
 * currency's smallest unit, since pages print it with the currency's decimals: BHD 0.0001 read
 * "BHD 0.00" and JPY 100.5 read "JPY 101", prices nobody wrote.
 */
export const amountFitsCurrency = (payload: z.core.ParsePayload<{ amount: number; currency?: string | undefined }>) => {
  const { amount, currency } = payload.value;
  if (currency && CURRENCY_CODES.has(currency) && !fitsCurrency(amount, currency))
    payload.issues.push({ code: 'custom', message: CHECK.amountFinerThanCurrency, input: amount, path: ['amount'], params: { currency }, continue: true });
};

/** An email address (at most 254 characters, the longest a mail server accepts). */
export const email = (description?: string) => z.email().max(254).meta(describedAs(description, 'An email address, e.g. partners@example.com.'));

export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

export const hexColor = (description?: string) =>
  z.string().regex(HEX_COLOR, { error: 'hex-color' }).meta(describedAs(description, 'A colour as #rgb or #rrggbb, e.g. "#3355ff".'));

/**
 * A path to a file inside the content folder, written relative to it (e.g. `logos/acme.svg`).
 * Absolute paths and `..` are refused so a file can never point outside the content folder.
 */
/** Relative, no "." or ".." segments, plain file-name characters. */
export const CONTENT_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+$/;

export const contentFile = (extensions: readonly string[], description?: string) =>
  z
    .string()
    .max(200)
    .regex(CONTENT_PATH, { error: 'content-path' })
    .refine((value) => extensions.some((ext) => value.toLowerCase().endsWith(ext)), {
      error: `file-extension:${extensions.join(',')}`,
    })
    .meta(describedAs(description, `A file inside the content folder, written relative to it (${extensions.join(', ')}), at most 200 characters.`));

export const LOGO_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp'] as const;

/** A country as its ISO 3166-1 alpha-2 code; zod-messages.ts suggests the code someone meant ("UK" → "GB"). */
export const countryCode = () =>
  z.string().refine(isCountryCode, { message: CHECK.country }).meta({
    description: 'A country as its ISO 3166-1 alpha-2 code, in capitals, e.g. "GB" for the United Kingdom or "DE" for Germany.',
    pattern: '^[A-Z]{2}$',
  });

/**
 * A language as a BCP 47 tag Intl knows, in canonical form; zod-messages.ts suggests the tag
 * someone meant ("English" → "en"). At most 35 characters: more than any tag a language needs
 * (en-GB, zh-Hant-TW).
 */
export const languageTag = () =>
  z
    .string()
    .max(35)
    .refine(isLanguageTag, { message: CHECK.language })
    .meta({ description: 'A language as a BCP 47 / ISO 639 code, e.g. "en", "de" or "pt-BR".' });

/**
 * An image shown with a case study or news post: a file inside the content folder, checked and
 * published like a logo (as a WebP the build draws), with the text that describes it.
 */
export const coverImage = () =>
  z
    .strictObject({
      src: contentFile(LOGO_EXTENSIONS, 'The image file, relative to the content folder, e.g. images/warehouse.jpg. Published as WebP.'),
      alt: line(
        200,
        'What the image shows, for people who cannot see it (screen readers, images turned off), e.g. "Two engineers at a packing line". Published.',
      ),
    })
    .meta({ description: 'A cover image shown at the top of the page and in lists, with a description of what it shows. Published.' });

/** A named item with a short description: the shape of most program building blocks. */
export const block = () =>
  z.strictObject({
    title: line(120, 'The heading shown on the site, e.g. "Sandbox accounts". Published.'),
    summary: prose(600, 'What partners get and why it matters, in a few sentences. Published.'),
    details: prose(4000, 'Longer explanation: how to ask for it, conditions, limits. Published.').optional(),
    url: link('Where partners read more or ask for it. Published.').optional(),
    tiers: list(id(), {
      max: 20,
      what: 'tier',
      description: 'Tier ids (from tiers) this is available to, e.g. [gold, platinum]; every tier when absent.',
    }).optional(),
  });

export const linkItem = () =>
  z.strictObject({
    label: line(80, 'The text of the link, e.g. "Documentation".'),
    url: link('Where the link goes.'),
  });

/**
 * A certification held (by a partner, or by an app): which one, when it was earned, and when it
 * expires unless the certification's validity says. Its status is worked out as of the build date
 * (src/shared/certification-status.ts).
 */
export const earnedCertification = (whichOne: string) =>
  z
    .strictObject({
      id: id().meta({ description: whichOne }),
      earned: isoDate('When the certification was earned.'),
      expires: isoDate().optional().meta({ description: "When it expires, YYYY-MM-DD; when absent, earned + the certification's validityMonths." }),
    })
    .refine((cert) => !cert.expires || cert.expires > cert.earned, {
      error: 'expires-before-earned',
      path: ['expires'],
    });
