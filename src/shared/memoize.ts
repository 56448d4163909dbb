// Remembers a function's answers by key, up to a cap: for lookups that are slow (Intl takes about
// 0.1 ms to canonicalise or name a language or country) and asked again and again with the few
// keys a program uses, while a file full of made-up keys cannot grow the memory without bound.

/** `compute`, answering each key once; keys past `cap` distinct ones are computed every time. */
export function memoize<T>(compute: (key: string) => T, cap = 10_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute(key);
    if (answers.size < cap) answers.set(key, answer);
    return answer;
  };
}
