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
