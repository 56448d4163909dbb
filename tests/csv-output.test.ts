// partners.csv opened in a spreadsheet: text that starts like a formula is shown, never run.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from '../src/render/csv.ts';
import { partnersCsv } from '../src/render/partners-csv.ts';
import { demoModel } from './helpers/demo-model.ts';

const absolute = (path: string) => `https://partners.example${path}`;
const rowsOf = (csv: string) => parseCsv(csv, { columns: true }) as Array<Record<string, string>>;

describe('partners.csv', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","Click")', '\'=HYPERLINK("https://evil.example","Click")'],
    ['+1+cmd|\' /C calc\'!A0', '\'+1+cmd|\' /C calc\'!A0'],
    ['-2+3', '\'-2+3'],
    ['@SUM(1,1)', '\'@SUM(1,1)'],
    ['\t=1+1', '\'\t=1+1'],
    ['\r=1+1', '\'\r=1+1'],
    ['＝1+1', '\'＝1+1'],
    ['Acme = Cloud + Data', 'Acme = Cloud + Data'],
    ['Kiln & Copper, "the" potters', 'Kiln & Copper, "the" potters'],
  ])('writes a name %j so a spreadsheet reads %j, as text', async (name, cell) => {
    const model = await demoModel();
    const [first, ...rest] = model.activePartners;
    const csv = partnersCsv({ ...model, activePartners: [{ ...first!, name, summary: name }, ...rest] }, absolute);
    const rows = rowsOf(csv);
    expect(rows).toHaveLength(model.activePartners.length);
    expect(rows[0]).toMatchObject({ slug: first!.slug, name: cell, summary: cell, website: first!.website, since: first!.since ?? '' });
  });

  it('changes no cell of the demo program, whose text starts like no formula', async () => {
    const model = await demoModel();
    const rows = rowsOf(partnersCsv(model, absolute));
    expect(rows.map((row) => [row.name, row.summary, row.website, row.since])).toEqual(model.activePartners.map((p) => [p.name, p.summary, p.website, p.since ?? '']));
  });
});

describe('the CSV writer', () => {
  it('keeps numbers as numbers, so a negative balance stays a number, and neutralises text alone', () => {
    const rows = parseCsv(csvText(['name', 'balance'], [['-5', -5], ['Acme', 12]]), { columns: true, cast: (value, context) => (context.column === 'balance' ? Number(value) : value) });
    expect(rows).toEqual([{ name: "'-5", balance: -5 }, { name: 'Acme', balance: 12 }]);
  });
});
