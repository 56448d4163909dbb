// Names a field the way a contributor reads the file: `tiers[gold].fee`, `contacts[1].email`.
import type { FieldPath } from './yaml-document.ts';

/** Walks plain data along a path; undefined where it does not exist. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * List items that have an `id` are named by it (ids are unique and stable); others by position,
 * counted from 0 as in the file.
 */
export function formatPath(path: FieldPath, data: unknown): string {
  let text = '';
  let value = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const item = Array.isArray(value) ? value[segment] : undefined;
      const itemId = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      text += typeof itemId === 'string' && itemId ? `[${itemId}]` : `[${segment}]`;
    } else {
      text += text ? `.${String(segment)}` : String(segment);
    }
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return text;
}
