// JSON inside an HTML <script> element (the JSON-LD of profiles). The HTML parser ends the
// element at "</script" and changes mode at "<!--" whatever the JSON means, so "<" is written as
// the JSON escape \u003c (and ">" and "&" with it); U+2028 and U+2029, valid in JSON, end a line
// in older JavaScript parsers. The escapes are JSON: the data reads back exactly the same.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
