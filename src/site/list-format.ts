// Lists of names joined as the program's language joins them ("Silver, Gold and Platinum").

/** "A", "A and B", "A, B and C" in the program's language. */
export function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);
  }
}
