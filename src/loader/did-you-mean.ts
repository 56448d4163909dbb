// "Did you mean" suggestions for misspelt keys and values.
import { distance } from 'fastest-levenshtein';

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differing = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return differing.length === 2 && differing[1] === differing[0]! + 1 && a[differing[0]!] === b[differing[1]!] && a[differing[1]!] === b[differing[0]!];
}

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const list = [...candidates];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.min(needle.length, best?.length ?? 0) / 3));
  if (best !== undefined && bestDistance <= allowed) return best;
  // Two letters swapped ("txet") is one slip, though it counts as two edits.
  for (const candidate of list) {
    if (isTransposition(needle, candidate.toLowerCase())) return candidate;
  }
  return undefined;
}

/** "a, b, c" or "a, b, c and 9 more", so a fix hint stays one readable line. */
export function listOf(values: readonly string[], max = 8): string {
  if (values.length <= max) return values.join(', ');
  return `${values.slice(0, max).join(', ')} and ${values.length - max} more`;
}
