// Text for XML (feeds, badges, charts) and HTML. One character XML 1.0 does not allow makes the
// whole document malformed, dead for every reader, so such characters are removed here, whatever
// the loader let through: outputs stay valid by construction.

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF, unpaired surrogates) and those it discourages (DEL, C1 controls, other noncharacters).
 * The `u` flag makes a well-formed surrogate pair one character, so only unpaired halves match \p{Cs}.
 */
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/** Text a library writes into XML itself (the `feed` package, @astrojs/rss, badge-maker): they escape markup but pass these characters through. */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** Text made safe inside XML or HTML, in element text and in quoted attributes alike. */
export function escapeXml(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
