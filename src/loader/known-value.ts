// A value that must be one of the ids the program defines (a tier, a partner type, a partner slug…).
import { closest, listOf } from './did-you-mean.ts';
import type { FileProblems } from './file-problems.ts';
import type { FieldPath } from './yaml-document.ts';

/**
 * Reports a value that is not among `allowedIds`; returns whether it is known. `allowed` may be a
 * set: the partner slugs of a large program are looked up, not listed, unless the value is unknown.
 * With `isKey`, the value is the last key of `at` (a tier id naming a benefit's value), and the
 * problem points at that key.
 */
export function checkKnownValue(
  report: FileProblems,
  at: FieldPath,
  value: string,
  allowedIds: readonly string[] | ReadonlySet<string>,
  what: string,
  where: string,
  isKey = false,
): boolean {
  if ('has' in allowedIds ? allowedIds.has(value) : allowedIds.includes(value)) return true;
  if (report.hasErrorAt(at)) return false; // already reported by its schema (e.g. not a valid id)
  const allowed = [...allowedIds];
  const guess = closest(value, allowed);
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  const advice = {
    code: 'unknown-value',
    message: `"${value}" is not ${article} ${what} of this program`,
    fix: guess ? `did you mean "${guess}"?` : allowed.length ? `use one of: ${listOf(allowed)} (defined in ${where})` : `define it in ${where} first`,
  } as const;
  if (isKey) report.key(at.slice(0, -1), value, 'error', advice);
  else report.field(at, 'error', advice);
  return false;
}
