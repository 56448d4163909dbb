// The text of a case study or news body, character by character: the same control, direction-
// changing and invisible characters the schemas refuse in front matter fields are refused here, at
// their own line:column. (MDX syntax and links are checked in check-mdx.ts.)
import { findUnsafeCharacters } from '../shared/unsafe-characters.ts';
import type { Finding } from './problem.ts';
import { LineIndex } from './source-position.ts';
import { unsafeCharacterMessage } from './unsafe-text.ts';

/** `body` is the whole file with its front matter blanked out, so positions are file positions. */
export function checkBodyText(body: string): Finding[] {
  const found = findUnsafeCharacters(body, 'body');
  if (!found.length) return [];
  const lines = new LineIndex(body);
  return found.map((character) => ({ ...lines.at(character.index), ...unsafeCharacterMessage(character, 'body', 'the text') }));
}
