// Countries as ISO 3166-1 alpha-2 codes ("GB", "DE"), checked against the i18n-iso-countries
// package (Intl alone also names codes that are not countries, such as "EU" and "UN") and named
// in English. Used by the partner schema (headquarters) and the pages.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { memoize } from './memoize.ts';

countries.registerLocale(english);

/**
 * Codes people write for a country that ISO 3166-1 does not use for it: the United Kingdom is
 * "GB" ("UK" is reserved), Greece is "GR" (the EU writes "EL").
 */
const COMMON_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** Whether `code` is an ISO 3166-1 alpha-2 code, written as ISO writes it (two capital letters). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** Names as people say them ("United States", "Taiwan", "Czechia"), where the package has formal ones ("Taiwan, Province of China"). */
const COMMON_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The country's name in English ("GB" → "United Kingdom"); the code itself for an unknown one. Remembered: Intl is slow. */
export const countryName = memoize((code: string): string => COMMON_NAMES.of(code) ?? countries.getName(code, 'en') ?? code);

/** Longer than any English country name the package has ("South Georgia and the South Sandwich Islands" is 44). */
const LONGEST_COUNTRY_NAME = 80;

/** The code someone most likely meant by `written`: "UK" → "GB", "gb" → "GB", "DEU" → "DE", "Germany" → "DE". */
export function likelyCountryCode(written: string): string | undefined {
  const value = written.trim();
  const upper = value.toUpperCase();
  const candidates = [COMMON_ALIASES[upper], upper.length === 2 ? upper : undefined, upper.length === 3 ? countries.alpha3ToAlpha2(upper) : undefined];
  // A name is compared with each of ~250 countries' names: a longer text than any of them is none, and is not compared.
  if (value.length > 3 && value.length <= LONGEST_COUNTRY_NAME) candidates.push(countries.getAlpha2Code(value, 'en'));
  return candidates.find((code): code is string => code !== undefined && isCountryCode(code));
}
