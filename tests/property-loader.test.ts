// Property-based red-teaming of the loader: random and malformed YAML, hostile strings in every kind
// of field, and hostile file names. Whatever a stranger's pull request holds, the loader never
// throws, every problem it reports is placed and explained, and content it accepts renders into
// outputs that stay well-formed (the build can never fail on what validate accepted).
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { dump, load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../src/loader/load-content.ts';
import { buildModel } from '../src/model/build-model.ts';
import { caseStudyList, partnerDetail, partnerListPage, partnerListPageCount, programDocument, tierList } from '../src/render/api-v1.ts';
import { certificationListPage, certificationListPageCount } from '../src/render/api-v1-certifications.ts';
import { badgeRenderers } from '../src/render/badge-files.ts';
import { atomFeed, newsRss } from '../src/render/feeds.ts';
import { partnersCsv } from '../src/render/partners-csv.ts';
import { copyOfDemo, load, NOW, readContentFile, validateCli } from './helpers/content-fixture.ts';
import { parseXml } from './helpers/xml.ts';

/** Pieces an attacker reaches for: controls, escapes, bidi and invisible characters, look-alikes, markup, YAML syntax. */
const HOSTILE_PIECES = [
  '\u0000',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\r',
  '\n',
  '\t',
  '\u001b[2J',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u009b31m',
  '\u0085',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u061c',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u{e0041}',
  '\ufe0f',
  '\ud800',
  '\udc00',
  '\u2028',
  '\u2029',
  '\ufffe',
  '\uffff',
  'А',
  'е',
  'о',
  'ο',
  'Ａ',
  'ﬁ',
  'ǅ',
  'İ',
  'ß',
  '<script>alert(1)</script>',
  '</script>',
  '<!--',
  '-->',
  ']]>',
  '&amp;',
  '&',
  '<',
  '>',
  '"',
  "'",
  '`',
  '|',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '\\',
  '=HYPERLINK("https://evil.example")',
  '+1',
  '-2',
  '@SUM(A1)',
  '{',
  '}',
  '${x}',
  '{{x}}',
  ': ',
  '- ',
  '# ',
  '&a ',
  '*a',
  '!!js/function',
  '%',
  '..',
  '/',
  'Acorn Ledger',
  'acorn-ledger',
  'partners',
  'verify',
  ' ',
  '  ',
  'é',
  '日本',
  'عربي',
];

const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...HOSTILE_PIECES), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12 })).map((parts) => parts.join('')),
);

/** The first well-formedness error of an XML document, if any. */
const xmlError = (xml: string): string | undefined => parseXml(xml).errors[0];

const STACK_LINE = /^\s+at .+[:(]\d+/m;

/** Every problem names a real place in a file, says what is wrong and how to fix it. */
function expectPlacedProblems(result: LoadResult) {
  for (const problem of result.problems) {
    expect(problem.file, JSON.stringify(problem)).toBeTruthy();
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.trim()).not.toBe('');
    expect(problem.fix.trim()).not.toBe('');
    expect(problem.message).not.toMatch(STACK_LINE);
  }
}

let logoCache: string;
beforeAll(async () => {
  logoCache = await mkdtemp(path.join(tmpdir(), 'partnerkit-fuzz-logos-'));
});
afterAll(() => rm(logoCache, { recursive: true, force: true }));

/** Accepted content must render: the model, the API (parsed by its strict schemas), CSV, feeds and badges. */
async function expectRenders(result: LoadResult) {
  const content = result.content!;
  const { model } = await buildModel(content, { today: NOW, logoCache });
  const absolute = (site: string) => new URL(site, 'https://partners.example').href;
  for (let page = 1; page <= partnerListPageCount(model); page++) partnerListPage(model, absolute, page);
  for (let page = 1; page <= certificationListPageCount(model); page++) certificationListPage(model, absolute, page);
  tierList(model, absolute);
  programDocument(model, absolute);
  caseStudyList(model, absolute);
  for (const partner of model.partners) partnerDetail(partner, model, absolute);
  const csv = partnersCsv(model, absolute);
  const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
  expect(rows.length).toBe(model.activePartners.length);
  for (const row of rows) for (const [column, cell] of Object.entries(row)) expect(cell, `CSV ${column}`).not.toMatch(/^[=+\-@\t\r]/);
  expect(xmlError(atomFeed(model, absolute))).toBeUndefined();
  expect(xmlError(await newsRss(model, absolute))).toBeUndefined();
  for (const [file, render] of badgeRenderers(model, undefined)) {
    if (file.endsWith('.svg')) expect(xmlError(render()), file).toBeUndefined();
  }
}

describe('the loader under random input (fast-check)', () => {
  let root: string;
  let partnerText: string;
  let partner: Record<string, unknown>;
  const FUZZ_FILE = 'partners/zz-fuzz-partner.yaml';

  beforeAll(async () => {
    root = await copyOfDemo();
    // A valid partner of its own: another company's name or website would be refused as a duplicate.
    partnerText = (await readContentFile(root, 'partners/acorn-ledger.yaml'))
      .replaceAll('Acorn Ledger', 'Fuzz Partner')
      .replaceAll('acorn-ledger.example', 'fuzz-partner.example');
    partner = parseYaml(partnerText) as Record<string, unknown>;
    const baseline = await loadWith(FUZZ_FILE, partnerText);
    expect(baseline.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  /** Counts both outcomes, so a property that only ever saw rejected (or accepted) input fails instead of passing vacuously. */
  const outcomes = { accepted: 0, refused: 0 };
  const count = (result: LoadResult) => (result.content ? outcomes.accepted++ : outcomes.refused++);
  const resetOutcomes = () => Object.assign(outcomes, { accepted: 0, refused: 0 });

  async function loadWith(relative: string, text: string | Buffer): Promise<LoadResult> {
    await writeFile(path.join(root, relative), text);
    try {
      return await load(root);
    } finally {
      await rm(path.join(root, relative), { force: true });
    }
  }

  it('never throws on arbitrary bytes as a partner file, and places every problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
        ),
        async (text) => {
          const result = await loadWith(FUZZ_FILE, text);
          expectPlacedProblems(result);
          if (result.content) await expectRenders(result);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never throws on a real partner file cut, spliced or with hostile text inserted', async () => {
    resetOutcomes();
    await fc.assert(
      fc.asyncProperty(fc.nat(partnerText.length), fc.nat(partnerText.length), hostileText, async (at, cut, inserted) => {
        const end = Math.min(partnerText.length, at + (cut % 40));
        const text = partnerText.slice(0, at) + inserted + partnerText.slice(end);
        const result = await loadWith(FUZZ_FILE, text);
        count(result);
        expectPlacedProblems(result);
        if (result.content) await expectRenders(result);
      }),
      { numRuns: 80 },
    );
    expect(outcomes.accepted).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('accepts hostile text in text fields only where every output stays well-formed and inert', async () => {
    resetOutcomes();
    // Legal text that must be accepted and rendered inert: markup, formulas, quotes, other scripts.
    const legalText = fc
      .array(
        fc.constantFrom(
          '<b>bold</b>',
          '<script>x</script>',
          '&',
          '=SUM(A1)',
          '+1 555',
          '@team',
          '-minus',
          '"quoted"',
          "it's",
          '[link](x)',
          '`code`',
          '| pipe',
          ']]>',
          'é',
          '日本',
          'Zoë',
          'naïve',
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((pieces) => `Fuzz ${pieces.join(' ')}`);
    const someText = fc.oneof(legalText, hostileText);
    const textFields = fc.record({
      name: someText,
      summary: someText,
      description: someText,
      service: someText,
      contact: someText,
      linkLabel: someText,
    });
    await fc.assert(
      fc.asyncProperty(textFields, async (fields) => {
        const record = structuredClone(partner) as Record<string, any>;
        record.name = fields.name;
        record.summary = fields.summary;
        record.description = fields.description;
        record.services = [fields.service];
        record.contacts[0].name = fields.contact;
        record.links[0].label = fields.linkLabel;
        const result = await loadWith(FUZZ_FILE, `# yaml-language-server: $schema=../../schemas/json/partner.schema.json\n${dump(record)}`);
        count(result);
        expectPlacedProblems(result);
        if (!result.content) return;
        // What was accepted carries no control, bidi or invisible character into any output.
        const accepted = result.content.partners.find((p) => p.slug === 'zz-fuzz-partner');
        expect(accepted).toBeDefined();
        for (const value of [accepted!.name, accepted!.summary]) {
          expect(value).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u);
        }
        await expectRenders(result);
      }),
      { numRuns: 120 },
    );
    expect(outcomes.accepted).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('never lets a file name become an unsafe slug', async () => {
    const fileName = fc.oneof(
      fc
        .array(fc.constantFrom(...HOSTILE_PIECES.filter((piece) => !piece.includes('/') && !piece.includes('\u0000'))), { minLength: 1, maxLength: 4 })
        .map((p) => p.join('')),
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes('/') && !s.includes('\u0000')),
    );
    await fc.assert(
      fc.asyncProperty(fileName, fc.constantFrom('.yaml', '.yml', '.YAML', ''), async (base, extension) => {
        const name = `${base}${extension}`;
        if (name === '.' || name === '..' || Buffer.byteLength(name) > 200) return;
        const relative = `partners/${name}`;
        let result: LoadResult;
        try {
          result = await loadWith(relative, partnerText);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EILSEQ' || (error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') return; // the file system refused the name
          throw error;
        }
        expectPlacedProblems(result);
        if (result.content) {
          for (const p of result.content.partners) expect(p.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
          await expectRenders(result);
        }
      }),
      { numRuns: 60 },
    );
    expect((await readdir(path.join(root, 'partners'))).filter((f) => !f.endsWith('.yaml'))).toEqual([]);
  });
});

describe('the validate command under hostile content', () => {
  it('prints no stack trace and no terminal escape, and exits 0 or 1', async () => {
    const root = await copyOfDemo();
    const samples = fc.sample(hostileText, { numRuns: 8, seed: 42 });
    for (const [index, text] of samples.entries()) {
      await writeFile(path.join(root, `partners/zz-hostile-${index}.yaml`), `name: ${JSON.stringify(text)}\ntier: ${JSON.stringify(text)}\n${text}: 1\n`);
    }
    await writeFile(path.join(root, 'partners/zz-binary.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    const result = validateCli(['--content', root]);
    expect(result.code).toBe(1);
    const printed = result.stdout + result.stderr;
    expect(printed).not.toMatch(STACK_LINE);
    expect(printed).not.toMatch(/[\u001b\u009b\u0007\r\u202a-\u202e\u2066-\u2069]/);
    expect(printed).toMatch(/zz-hostile-0\.yaml:\d+:\d+/);
  });
});
