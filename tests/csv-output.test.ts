// partners.csv opened in a spreadsheet: text that starts like a formula is shown, never run.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '../src/render/csv.ts';
import { partnersCsv } from '../src/render/partners-csv.ts';
import { scenarioModel } from './helpers/scenario.ts';

const absolute = (path: string) => `https://partners.example${path}`;
const rowsOf = (csv: string) => parseCsv(csv, { columns: true }) as Array<Record<string, string>>;

describe('partners.csv', async () => {
  // Two active partners and a former one, who is not listed.
  const { model } = await scenarioModel({
    partners: {
      'acme-cloud': { name: 'Acme Cloud', summary: 'Payments for shops.', since: '2024-03-01' },
      'kiln-and-copper': { name: 'Kiln & Copper', summary: 'Pots, "kilns" and 3-day delivery; from €5 = cheap.', website: 'https://kiln.example/a,b?c=1' },
      'old-co': { status: 'alumni' },
    },
  });

  it.each([
    ['=HYPERLINK("https://evil.example","Click")', '\'=HYPERLINK("https://evil.example","Click")'],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(1,1)', "'@SUM(1,1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['＝1+1', "'＝1+1"],
    ['Acme = Cloud + Data', 'Acme = Cloud + Data'],
    ['Kiln & Copper, "the" potters', 'Kiln & Copper, "the" potters'],
  ])('writes a name %j so a spreadsheet reads %j, as text', (name, cell) => {
    const [first, ...rest] = model.activePartners;
    const csv = partnersCsv({ ...model, activePartners: [{ ...first!, name, summary: name }, ...rest] }, absolute);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ slug: 'acme-cloud', name: cell, summary: cell, website: 'https://acme-cloud.example', since: '2024-03-01' });
  });

  it('writes ordinary text as it is: one row per active partner, by name, every cell as written', () => {
    const rows = rowsOf(partnersCsv(model, absolute));
    expect(rows.map((row) => [row.slug, row.name, row.tier, row.summary, row.website, row.since, row.badge_status, row.profile])).toEqual([
      [
        'acme-cloud',
        'Acme Cloud',
        'Silver',
        'Payments for shops.',
        'https://acme-cloud.example',
        '2024-03-01',
        'active',
        'https://partners.example/partners/acme-cloud/',
      ],
      [
        'kiln-and-copper',
        'Kiln & Copper',
        'Silver',
        'Pots, "kilns" and 3-day delivery; from €5 = cheap.',
        'https://kiln.example/a,b?c=1',
        '',
        'active',
        'https://partners.example/partners/kiln-and-copper/',
      ],
    ]);
  });
});

describe('the CSV writer', () => {
  it('keeps numbers as numbers, so a negative balance stays a number, and neutralises text alone', () => {
    const rows = parseCsv(
      csvText(
        ['name', 'balance'],
        [
          ['-5', -5],
          ['Acme', 12],
        ],
      ),
      { columns: true, cast: (value, context) => (context.column === 'balance' ? Number(value) : value) },
    );
    expect(rows).toEqual([
      { name: "'-5", balance: -5 },
      { name: 'Acme', balance: 12 },
    ]);
  });
});
