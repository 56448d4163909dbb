// What to tell a contributor about a character the text checks refuse (src/shared/unsafe-characters.ts):
// which character, why it matters, and how to get rid of it. Shared by the schema messages, the
// Markdown/MDX body check and the YAML reader, so each says it the same way.
import { characterLabel, MAX_STACKED_MARKS, type TextKind, type UnsafeCharacter } from '../shared/unsafe-characters.ts';
import type { Advice } from './problem.ts';

const RETYPE = 'delete it: it is invisible, so delete the text around this column and type it again';

/** `subject` names where the character is: `"name"`, `the text`. */
export function unsafeCharacterMessage(found: Pick<UnsafeCharacter, 'codePoint' | 'kind' | 'count'>, kind: TextKind, subject: string): Advice {
  return { code: 'unsafe-character', ...unsafeCharacterWords(found, kind, subject) };
}

function unsafeCharacterWords(found: Pick<UnsafeCharacter, 'codePoint' | 'kind' | 'count'>, kind: TextKind, subject: string): { message: string; fix: string } {
  const label = characterLabel(found.codePoint);
  const times = found.count > 1 ? ` (${found.count} times)` : '';
  const has = `${subject} has ${label}${times}`;
  switch (found.kind) {
    case 'line-break':
      if (kind === 'line' && (found.codePoint === 0x0a || found.codePoint === 0x0d)) {
        return { message: `${subject} must be one line, but has ${label}${times}, a line break`, fix: 'write it on one line, without | or > and without \\n' };
      }
      return {
        message: `${has}, a line break that some programs show and others ignore`,
        fix: kind === 'line' ? 'delete it and write the text on one line' : 'delete it; start new lines with the Enter key',
      };
    case 'tab':
      return { message: `${has}, a tab`, fix: 'replace it with a space' };
    case 'control':
      return { message: `${has}, a control character that breaks the site's feeds and badges`, fix: RETYPE };
    case 'bidi':
      return { message: `${has}, an invisible character that changes the order in which the text is shown`, fix: RETYPE };
    case 'surrogate':
      return {
        message: `${has}, half of a character (a damaged emoji or symbol)`,
        fix: 'type the character again; in quotes, write a whole character such as "\\U0001F600", not half of one',
      };
    case 'private-use':
      return {
        message: `${has}, a private-use character that visitors' devices show as an empty box`,
        fix: 'replace it with a standard character, or delete it',
      };
    case 'noncharacter':
      return { message: `${has}, which is not a character`, fix: RETYPE };
    case 'invisible':
      return { message: `${has}, an invisible character`, fix: RETYPE };
    case 'stacked-mark':
      return {
        message: `${has}, one accent too many: a letter may carry at most ${MAX_STACKED_MARKS}, more draw over the lines around it`,
        fix: 'remove the extra accents',
      };
  }
}
