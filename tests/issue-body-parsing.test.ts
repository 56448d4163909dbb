// from-issue reads an issue body anyone can write: its parser takes time linear in the body's
// length. These bodies made the old contact pattern backtrack for seconds (see
// bench/issue-body.ts for the figures); here they must parse, and parse right.
import { describe, expect, it } from 'vitest';
import { parseIssueBody } from '../src/cli/parse-issue-body.ts';
import { readProgram } from '../src/cli/read-program.ts';
import { DEMO_CONTENT } from './helpers/content-fixture.ts';

const LONG = 100_000;
const body = (contact: string) => `### Company name\n\nQuoll Works\n\n### Public contact\n\n${contact}\n`;

describe('the partner application parser on long hostile answers', () => {
  it.each([
    ['a name, 100,000 spaces, then an address', `Ada Moreno${' '.repeat(LONG)}<ada@quoll.example>`, { name: 'Ada Moreno', email: 'ada@quoll.example' }],
    ['100,000 spaces and no address', `a${' '.repeat(LONG)}x`, { name: `a${' '.repeat(LONG)}x` }],
    ['100,000 "<" and no ">"', '<'.repeat(LONG), { name: '<'.repeat(LONG) }],
    [
      '"<" runs ending in ">"',
      `Ada ${'<a '.repeat(LONG / 3)}<ada@quoll.example>`,
      { name: `Ada ${'<a '.repeat(LONG / 3)}`.trim(), email: 'ada@quoll.example' },
    ],
  ])('reads %s', async (_shape, contact, expected) => {
    const { partner } = parseIssueBody(body(contact), await readProgram(DEMO_CONTENT));
    expect(partner.contacts).toEqual([{ ...expected, visibility: 'public' }]);
  });

  it('still reads an ordinary contact, and one without an address', async () => {
    const program = await readProgram(DEMO_CONTENT);
    expect(parseIssueBody(body('Noor Haddad <noor@numbat.example>'), program).partner.contacts).toEqual([
      { name: 'Noor Haddad', email: 'noor@numbat.example', visibility: 'public' },
    ]);
    expect(parseIssueBody(body('Noor Haddad'), program).partner.contacts).toEqual([{ name: 'Noor Haddad', visibility: 'public' }]);
    expect(parseIssueBody(body('Noor <>'), program).partner.contacts).toEqual([{ name: 'Noor <>', visibility: 'public' }]);
  });
});

describe('the country, languages and year answers', () => {
  const answers = (headquarters: string, languages: string, founded: string) =>
    `### Company name\n\nQuoll Works\n\n### Headquarters country\n\n${headquarters}\n\n### Languages you work in\n\n${languages}\n\n### Year founded\n\n${founded}\n`;
  const ownProblems = (problems: string[]) => problems.filter((p) => /^"(Headquarters country|Languages you work in|Year founded)"/.test(p));

  it('reads names and codes as the partner file writes them, once each', async () => {
    const { partner, problems } = parseIssueBody(answers('Germany', 'German, en_gb, de', '1998'), await readProgram(DEMO_CONTENT), '2026-11-21');
    expect(ownProblems(problems)).toEqual([]);
    expect(partner).toMatchObject({ headquarters: 'DE', languages: ['de', 'en-GB'], founded: 1998 });
  });

  // How long this takes is measured by `node bench/issue-body.ts` (the country, languages and year shapes), not asserted here.
  it('refuses 100,000-character answers as validate would, quoting only their start', async () => {
    const program = await readProgram(DEMO_CONTENT);
    const { partner, problems } = parseIssueBody(answers('a'.repeat(LONG), 'en,'.repeat(LONG / 3), '1'.repeat(LONG)), program, '2026-11-21');
    expect(ownProblems(problems)).toEqual([
      `"Headquarters country": "${'a'.repeat(57)}…" is not a country code → write the two-letter ISO 3166-1 code in capitals, e.g. "GB" for the United Kingdom or "DE" for Germany`,
      `"Year founded": "founded" should be a number, not the text "${'1'.repeat(57)}…" → write a number without quotes or units`,
    ]);
    // "en" 33,333 times is one language.
    expect(partner).toMatchObject({ languages: ['en'] });
    expect(partner).not.toHaveProperty('headquarters');
    expect(partner).not.toHaveProperty('founded');
  });
});
