// A sentence-case title ("Partner types", "API access") inside a sentence: its first letter lower
// case ("partner types"), unless the first word is an acronym or a name written with capitals
// inside it ("API access", "GitHub app" stay as they are).
export function midSentence(title: string): string {
  const firstWord = title.split(/\s/, 1)[0] ?? '';
  if (/[A-Z]/.test(firstWord.slice(1))) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** "A", "A and B", "A, B and C" in the program's language. */
export function listOf(items: readonly string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);
  }
}
