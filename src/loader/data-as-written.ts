// Defensive readers for data as written, for the checks that need more than one file: they read
// the YAML as parsed, not the schema's output, so a mistake elsewhere in a file never switches
// them off. A value of the wrong type was already reported by the schema; here it reads as absent.
import type { FieldPath } from './yaml-document.ts';

/** The fields of a mapping; {} for anything else. */
export const fields = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A text value, or undefined. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The items of a list with their indexes; [] for anything else. */
export const items = (value: unknown): Array<[unknown, number]> => (Array.isArray(value) ? value.map((item, index) => [item, index]) : []);

/** The text items of a list with their indexes. */
export const strings = (value: unknown): Array<[string, number]> => items(value).filter((pair): pair is [string, number] => typeof pair[0] === 'string');

/** The value at a field path, through mappings only. */
export const valueAtPath = (value: unknown, at: FieldPath): unknown => at.reduce<unknown>((current, key) => fields(current)[String(key)], value);
