// Text from a stranger's pull request: no control, direction-changing or invisible characters in
// any text field or body (each reported at the character's own line:column, named, with the fix),
// and names compared as a reader sees them, so a look-alike cannot pass for another partner.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../src/loader/format-problems.ts';
import type { Problem } from '../src/loader/problem.ts';
import { lookAlikeKeys, mixedScriptWords, nameKey } from '../src/shared/name-key.ts';
import { findUnsafeCharacters, type TextKind } from '../src/shared/unsafe-characters.ts';
import { copyOfDemo, editFile, load, positionOf, readContentFile, validateCli } from './helpers/content-fixture.ts';

/** The lines `npm run validate` prints for these problems, with file paths relative to the content folder. */
const printed = (root: string, problems: Problem[]) => problems.map((problem) => formatText({ ...problem, file: path.relative(root, problem.file) }));
const at = (text: string, needle: string) => `${positionOf(text, needle).line}:${positionOf(text, needle).column}`;
const RETYPE = 'delete it: it is invisible, so delete the text around this column and type it again';

describe('refused characters, as found in a text', () => {
  const labels = (text: string, kind: TextKind) =>
    findUnsafeCharacters(text, kind).map(
      (found) => `${found.kind} U+${found.codePoint.toString(16).toUpperCase().padStart(4, '0')} at ${found.index}${found.count > 1 ? ` ×${found.count}` : ''}`,
    );

  it.each([
    ['a C0 control', 'Five\u001b[2J', 'control U+001B at 4'],
    ['a C1 control (CSI)', 'Five\u009b2J', 'control U+009B at 4'],
    ['a direction override', 'Acorn \u202ELedger', 'bidi U+202E at 6'],
    ['a direction isolate', 'Acorn \u2067Ledger\u2069', 'bidi U+2067 at 6'],
    ['a right-to-left mark', 'Acorn\u200F', 'bidi U+200F at 5'],
    ['the Arabic letter mark', 'Acorn\u061CLedger', 'bidi U+061C at 5'],
    ['a zero-width space', 'Acorn\u200BLedger', 'invisible U+200B at 5'],
    ['a zero-width joiner between Latin letters', 'Acorn\u200DLedger', 'invisible U+200D at 5'],
    ['a word joiner', 'Acorn\u2060Ledger', 'invisible U+2060 at 5'],
    ['a byte order mark inside text', 'Acorn\uFEFFLedger', 'invisible U+FEFF at 5'],
    ['soft hyphens, counted', 'Ac\u00ADorn Led\u00ADger', 'invisible U+00AD at 2 ×2'],
    ['a Hangul filler (blank-looking name)', '\u3164', 'invisible U+3164 at 0'],
    ['tag characters hiding text', 'Acorn\u{E0041}\u{E0042}', 'invisible U+E0041 at 5'],
    ['a variation selector after a space', 'Acorn \uFE0F', 'invisible U+FE0F at 6'],
    ['a run of variation selectors (hidden data)', '\u2764\uFE0F\uFE0E', 'invisible U+FE0E at 2'],
    ['a lone surrogate', 'Acorn \uD800Ledger', 'surrogate U+D800 at 6'],
    ['a line separator', 'Acorn\u2028Ledger', 'line-break U+2028 at 5'],
    ['a private-use character', 'Acorn \uE000', 'private-use U+E000 at 6'],
    ['a noncharacter', 'Acorn\uFFFF', 'noncharacter U+FFFF at 5'],
  ])('refuses %s in any text', (_name, text, expected) => {
    for (const kind of ['line', 'text', 'body'] as const) expect(labels(text, kind)).toContain(expected);
  });

  it('refuses line breaks and tabs in one-line text only, and Windows line ends and a leading BOM only in bodies', () => {
    expect(labels('Acorn\nLedger', 'line')).toEqual(['line-break U+000A at 5']);
    expect(labels('Acorn\tLedger', 'line')).toEqual(['tab U+0009 at 5']);
    expect(labels('Acorn\nLedger\twith a tab', 'text')).toEqual([]);
    expect(labels('Acorn\r\nLedger', 'text')).toEqual(['line-break U+000D at 5']);
    expect(labels('\uFEFF# Title\r\n\r\nBody\n', 'body')).toEqual([]);
    expect(labels('Old Mac\rline ends', 'body')).toEqual(['line-break U+000D at 7']);
    // Leading and trailing white space is trimmed away by the schema, so it is not refused.
    expect(labels('Acorn Ledger\n', 'line')).toEqual([]);
  });

  it.each([
    ['a ninth accent on one letter', `a${'\u0301'.repeat(9)}`, ['stacked-mark U+0301 at 9']],
    ['a variation selector after a Latin letter', 'A\uFE0Fcorn', ['invisible U+FE0F at 1']],
    [
      'a made-up tag flag',
      '\u{1F3F4}\u{E0070}\u{E0077}\u{E006E}\u{E007F}',
      ['invisible U+E0070 at 2', 'invisible U+E0077 at 4', 'invisible U+E006E at 6', 'invisible U+E007F at 8'],
    ],
    ['a braille blank, which draws nothing', 'Acorn Ledger\u2800x', ['invisible U+2800 at 12']],
  ])('refuses %s', (_name, text, expected) => {
    expect(labels(text, 'line')).toEqual(expected);
  });

  it.each([
    ['Persian with a zero-width non-joiner', 'می\u200Cخواهم'],
    ['Hindi with a zero-width joiner', 'क्\u200Dष'],
    ['an emoji ZWJ sequence with a skin tone', 'Built by \u{1F469}\u{1F3FD}\u200D\u{1F4BB} engineers'],
    ['an emoji-style heart', 'We \u2764\uFE0F APIs'],
    ['a keycap', 'Step 1\uFE0F\u20E3'],
    ['the flag of Scotland (tag characters)', 'Now in \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland'],
    ['Japanese', '日本のパートナー'],
    ['Greek', 'Ελληνικά'],
    ['Arabic', 'شريك'],
    ['a no-break space and an en dash', 'Acorn\u00A0Ledger – payments'],
    ['Vietnamese with two accents on a letter, decomposed', 'Vie\u0323\u0302t Nam'],
    ['Hebrew with points and a cantillation mark', 'שָׁלֹ֑ום'],
    ['a Han character with its glyph variant', '葛\u{E0100}城'],
    ['eight accents on one letter, the most allowed', `a${'\u0301'.repeat(8)}`],
  ])('accepts %s', (_name, text) => {
    for (const kind of ['line', 'text', 'body'] as const) expect(labels(text, kind)).toEqual([]);
  });
});

describe('text fields, through validate', () => {
  it('names the character at its own column in a plain, a quoted (escaped) and a block value', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t
        .replace('  - Checkout design', '  - Checkout\u200Bdesign')
        .replace('name: "Acorn Ledger"', 'name: "Acorn \\u202ELedger"')
        .replace('  Customers come to them', '  Customers come\u2066 to them'),
    );
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(printed(root, problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(text, '\\u202E')} error partners/acorn-ledger › name: "name" has U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that changes the order in which the text is shown → ${RETYPE}`,
      `partners/acorn-ledger.yaml:${at(text, '\u2066')} error partners/acorn-ledger › description: "description" has U+2066 LEFT-TO-RIGHT ISOLATE, an invisible character that changes the order in which the text is shown → ${RETYPE}`,
      `partners/acorn-ledger.yaml:${at(text, '\u200B')} error partners/acorn-ledger › services[0]: "services item" has U+200B ZERO WIDTH SPACE, an invisible character → ${RETYPE}`,
    ]);
  });

  it('refuses line breaks and tabs in one-line fields, and control characters written as escapes', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'news/new-platinum-partners.md', (t) =>
      t
        .replace('title: Five partners reach Platinum', 'title: |\n  Five partners\n  reach Platinum')
        .replace(
          'summary: Our first Platinum partners met every requirement of the top tier.',
          'summary: "\\e[2JOur\\tfirst Platinum partners met every requirement."',
        ),
    );
    const file = 'news/new-platinum-partners.md';
    // The line feed that ends "Five partners".
    const lineFeed = positionOf(text, 'Five partners\n');
    expect(printed(root, (await load(root)).problems)).toEqual([
      `${file}:${lineFeed.line}:${lineFeed.column + 'Five partners'.length} error news/new-platinum-partners › title: "title" must be one line, but has U+000A LINE FEED, a line break → write it on one line, without | or > and without \\n`,
      `${file}:${at(text, '\\e')} error news/new-platinum-partners › summary: "summary" has U+001B ESCAPE, a control character that breaks the site's feeds and badges → ${RETYPE}`,
      `${file}:${at(text, '\\t')} error news/new-platinum-partners › summary: "summary" has U+0009 CHARACTER TABULATION, a tab → replace it with a space`,
    ]);
  });

  it('names a control character YAML itself refuses, with the same message', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('name: "Acorn Ledger"', 'name: "Acorn\u0007 Ledger"'));
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(text, '\u0007')} error partners/acorn-ledger: the file has U+0007 BELL, a control character that breaks the site's feeds and badges → ${RETYPE}`,
    ]);
  });

  it('checks every kind of file: program, activity, brand and case study front matter', async () => {
    const root = await copyOfDemo();
    const program = await editFile(root, 'program.yaml', (t) => t.replace('name: Registered', 'name: Regis\u00ADtered'));
    const ledger = await editFile(root, 'activity/acorn-ledger.yaml', (t) =>
      t.replace('title: "Acorn Ledger referral on Quillstack"', 'title: "Acorn Ledger referral on Quillstack\\uD800"'),
    );
    const brand = await editFile(root, 'brand/brand.yaml', (t) => t.replace('title: Quillstack wordmark', 'title: Quillstack\u2028wordmark'));
    const study = await editFile(root, 'case-studies/one-view-of-every-shipment.mdx', (t) =>
      t.replace('author: Operations director, Pebblepath Logistics', 'author: Operations \uE000director, Pebblepath Logistics'),
    );
    const lines = printed(root, (await load(root)).problems);
    expect(lines).toEqual([
      `activity/acorn-ledger.yaml:${at(ledger, '\\uD800')} error activity/acorn-ledger › entries[0].title: "title" has U+D800, half of a character (a damaged emoji or symbol) → type the character again; in quotes, write a whole character such as "\\U0001F600", not half of one`,
      `brand/brand.yaml:${at(brand, '\u2028')} error brand › assets[wordmark].title: "title" has U+2028 LINE SEPARATOR, a line break that some programs show and others ignore → delete it and write the text on one line`,
      `case-studies/one-view-of-every-shipment.mdx:${at(study, '\uE000')} error case-studies/one-view-of-every-shipment › quote.author: "author" has U+E000, a private-use character that visitors' devices show as an empty box → replace it with a standard character, or delete it`,
      `program.yaml:${at(program, '\u00AD')} error program › tiers[registered].name: "name" has U+00AD SOFT HYPHEN, an invisible character → ${RETYPE}`,
    ]);
  });

  it('accepts real text in other scripts, emoji and joiners where they do their job', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'partners/acorn-ledger.yaml', (t) =>
      t.replace('name: "Acorn Ledger"', 'name: "دفتر\u200Cبلوط"').replace('  - Mobile apps', '  - Mobile apps \u{1F4F1}\uFE0F\n  - 日本語サポート'),
    );
    await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace('name: "Brightwave Studio"', 'name: "Ελληνικά Studio"'));
    const { problems, content } = await load(root);
    expect(problems).toEqual([]);
    expect(content?.partners.find((partner) => partner.slug === 'acorn-ledger')?.name).toBe('دفتر\u200Cبلوط');
  });
});

describe('Markdown and MDX bodies', () => {
  it('refuses the same characters in a body at their line:column, and each character once with a count', async () => {
    const root = await copyOfDemo();
    const news = await editFile(root, 'news/new-platinum-partners.md', (t) =>
      t.replace('Congratulations to', 'Congra\u202Etulations\u200B to').replace('each shipped', 'each\u200B shipped'),
    );
    const study = await editFile(root, 'case-studies/one-view-of-every-shipment.mdx', (t) =>
      t.replace('<Callout type="tip" title="What made the difference">', '<Callout type="tip" title="What made\u0008 the difference">'),
    );
    expect(printed(root, (await load(root)).problems)).toEqual([
      `case-studies/one-view-of-every-shipment.mdx:${at(study, '\u0008')} error case-studies/one-view-of-every-shipment: the text has U+0008 BACKSPACE, a control character that breaks the site's feeds and badges → ${RETYPE}`,
      `news/new-platinum-partners.md:${at(news, '\u202E')} error news/new-platinum-partners: the text has U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that changes the order in which the text is shown → ${RETYPE}`,
      `news/new-platinum-partners.md:${at(news, '\u200B')} error news/new-platinum-partners: the text has U+200B ZERO WIDTH SPACE (2 times), an invisible character → ${RETYPE}`,
    ]);
  });

  it('accepts a byte order mark at the start and Windows line ends, in bodies and in YAML', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'news/certification-program.mdx', (t) => `\uFEFF${t.replaceAll('\n', '\r\n')}`);
    await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replaceAll('\n', '\r\n'));
    expect((await load(root)).problems).toEqual([]);
  });
});

describe('the name key', () => {
  it.each([
    ['Acorn Ledger', 'ACORN LEDGER', 'case'],
    ['Acorn Ledger', 'Acorn  Ledger ', 'spacing'],
    ['Acorn Ledger', 'AcornLedger', 'spacing'],
    ['Acorn Ledger', 'Acorn\u200BLedger', 'an invisible character'],
    ['Acorn Ledger', 'Ａｃｏｒｎ Ｌｅｄｇｅｒ', 'full-width letters (NFKC)'],
    ['Straße Partners', 'STRASSE PARTNERS', 'case folding of ß'],
  ])('"%s" and "%s" are the same name (%s)', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  const lookAlike = (a: string, b: string) => lookAlikeKeys(a).some((key, i) => key === lookAlikeKeys(b)[i]);
  it.each([
    ['Acorn Ledger', '\u0410\u0441orn Ledger', 'Cyrillic А and с'],
    ['ACORN LEDGER', '\u0410\u0421ORN LEDGER', 'Cyrillic capitals'],
    ['acorn ledger', '\u0410\u0421ORN LEDGER', 'Cyrillic capitals against lower case'],
    ['TOP', '\u0422\u041E\u0420', 'all Cyrillic'],
    ['Paypal', 'P\u0430ypal', 'Cyrillic а'],
    ['Olympus', '\u039Flympus', 'Greek capital omicron'],
    ['Illumina', 'lllumina', 'capital I and small l'],
    ['Modern Labs', 'Modem Labs', 'rn and m'],
    ['Book Co', 'B00k Co', 'zeros for O'],
  ])('"%s" and "%s" look alike (%s)', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(lookAlike(a, b)).toBe(true);
  });

  it.each([
    ['Acorn Ledger', 'Acorn Labs'],
    ['Ian Labs', 'Lan Labs'],
    ['Café Nova', 'Cafe Nova'],
    ['日本', '日本語'],
    ['Ελληνικά', 'Ελληνικα'],
    ['Granite Owl', 'Granite Owls'],
    ['Partner 1', 'Partner 2'],
  ])('"%s" and "%s" are different names', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(lookAlike(a, b)).toBe(false);
  });

  it('finds words that mix alphabets, and leaves single-script and CJK names alone', () => {
    expect(mixedScriptWords('\u0410\u0441orn Ledger')).toEqual([{ word: '\u0410\u0441orn', scripts: ['Cyrl', 'Latn'] }]);
    expect(mixedScriptWords('\u03A9mega Labs')).toEqual([{ word: '\u03A9mega', scripts: ['Grek', 'Latn'] }]);
    for (const name of ['日本', 'Ελληνικά', 'Привет Мир', 'Tokyo 東京', '東京Labs', '日本のパートナー', 'شريك', 'नमस्ते', 'Acorn Ledger', 'Ember & Oak']) {
      expect(mixedScriptWords(name), name).toEqual([]);
    }
  });
});

describe('duplicate and look-alike names, through validate', () => {
  it('refuses a second "Acorn Ledger" hidden behind a zero-width space, at both files', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace('name: "Brightwave Studio"', 'name: "Acorn\u200BLedger"'));
    const acorn = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const fix = "each partner is listed once: keep one of the two files, or tell them apart with each company's full legal name";
    expect(printed(root, (await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(acorn, '"Acorn Ledger"')} error partners/acorn-ledger › name: another partner has the same name: "Acorn<U+200B>Ledger" (partners/brightwave-studio.yaml) → ${fix}`,
      `partners/brightwave-studio.yaml:${at(text, '"Acorn\u200BLedger"')} error partners/brightwave-studio › name: another partner has the same name: "Acorn Ledger" (partners/acorn-ledger.yaml) → ${fix}`,
      `partners/brightwave-studio.yaml:${at(text, '\u200B')} error partners/brightwave-studio › name: "name" has U+200B ZERO WIDTH SPACE, an invisible character → ${RETYPE}`,
    ]);
  });

  it('refuses a look-alike in other letters, and warns at the word that mixes alphabets', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace('name: "Brightwave Studio"', 'name: "\u0410\u0441orn Ledger"'));
    const acorn = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const fix = 'visitors could not tell them apart: write each name in the letters it really has, or keep one of them if they are the same';
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(printed(root, problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(acorn, '"Acorn Ledger"')} error partners/acorn-ledger › name: "Acorn Ledger" (Latin letters) looks the same as "\u0410\u0441orn Ledger" (Cyrillic and Latin letters) in partners/brightwave-studio.yaml → ${fix}`,
      `partners/brightwave-studio.yaml:${at(text, '"\u0410')} error partners/brightwave-studio › name: "\u0410\u0441orn Ledger" (Cyrillic and Latin letters) looks the same as "Acorn Ledger" (Latin letters) in partners/acorn-ledger.yaml → ${fix}`,
      `partners/brightwave-studio.yaml:${at(text, '\u0410')} warning partners/brightwave-studio › name: the word "\u0410\u0441orn" mixes Cyrillic and Latin letters → type it again in one alphabet: look-alike letters from another one make a name that imitates another`,
    ]);
  });

  it('only warns about look-alike names in the same alphabet, which may be two real companies', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace('name: "Brightwave Studio"', 'name: "Acom Ledger"'));
    const acorn = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const { problems, content } = await load(root);
    expect(content).toBeDefined();
    expect(printed(root, problems)).toEqual([
      `partners/acorn-ledger.yaml:${at(acorn, '"Acorn Ledger"')} warning partners/acorn-ledger › name: "Acorn Ledger" looks very like "Acom Ledger" (partners/brightwave-studio.yaml) → check that they are two different companies; if so, nothing needs changing`,
      `partners/brightwave-studio.yaml:${at(text, '"Acom Ledger"')} warning partners/brightwave-studio › name: "Acom Ledger" looks very like "Acorn Ledger" (partners/acorn-ledger.yaml) → check that they are two different companies; if so, nothing needs changing`,
    ]);
  });

  it('compares the names of tiers and other named lists in program.yaml the same way', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'program.yaml', (t) => t.replace('    name: Gold\n', '    name: SILVER\n'));
    expect(printed(root, (await load(root)).problems)).toEqual([
      `program.yaml:${at(text, 'Silver\n')} error program › tiers[silver].name: another tier has the same name: "SILVER" (tiers[gold]) → give each tier its own name, or keep one of them`,
      `program.yaml:${at(text, 'SILVER')} error program › tiers[gold].name: another tier has the same name: "Silver" (tiers[silver]) → give each tier its own name, or keep one of them`,
    ]);
  });
});

describe('npm run validate', () => {
  it('prints the character problem at file:line:col, exits 1, and shows invisible characters by code point', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace('name: "Brightwave Studio"', 'name: "Brightwave\u202E Studio"'));
    const result = validateCli(['--content', root]);
    const line = result.stdout.split('\n').find((printedLine) => printedLine.includes('brightwave-studio.yaml'));
    expect(line).toBe(
      `${path.join(root, 'partners/brightwave-studio.yaml')}:${at(text, '\u202E')} error partners/brightwave-studio › name: "name" has U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that changes the order in which the text is shown → ${RETYPE}`,
    );
    expect(result.stdout).not.toContain('\u202E');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });
});
