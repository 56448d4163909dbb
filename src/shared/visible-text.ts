// Text from content or from a user, shown where hidden characters do harm: a terminal runs
// control characters (clear the screen, write the clipboard through OSC 52, overwrite a line with
// a carriage return), and format characters reorder or hide text (a right-to-left override makes
// "txt.exe" read "exe.txt"; a zero-width space makes two names look alike). Each is shown as its
// JavaScript/JSON escape, \u001b, so it is visible and nothing is lost.

/** Controls (C0, DEL, C1), format characters (bidi, zero-width, BOM, tags), line and paragraph separators, unpaired surrogates. */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `\u001b`, or a surrogate pair's two escapes for a character beyond U+FFFF (a tag character): valid in JSON as in JavaScript. */
function escapeOf(char: string): string {
  return [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}

/** For a value inside one line: every hidden character shown, line breaks as \n and \r, a tab as a space. */
export function oneLine(text: string): string {
  return text.replace(HIDDEN, (char) => (char === '\n' ? '\\n' : char === '\r' ? '\\r' : char === '\t' ? ' ' : escapeOf(char)));
}

/** For text of several lines: line feeds and tabs kept, every other hidden character shown. */
export function showHidden(text: string): string {
  return text.replace(HIDDEN, (char) => (char === '\n' || char === '\t' ? char : escapeOf(char)));
}
