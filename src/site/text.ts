// Plain text from content, shown as paragraphs (no HTML from content is ever rendered raw).
export const paragraphs = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
