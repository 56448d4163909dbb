// The tier comparison and tier pages of a small program with two tracks, a benefits matrix, fees
// in euros and pounds and an invitation-only tier, built into a site. Every cell expected below is
// worked out by hand from the program written here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './helpers/astro-build.ts';
import { writeScenario } from './helpers/scenario.ts';
import { page } from './helpers/site.ts';

const SCENARIO = {
  program: {
    onboarding: { overview: 'Apply, build, get listed.', signup: { label: 'Apply now', url: 'https://forms.example/partner-application' } },
    tiers: [
      { id: 'member', name: 'Member', description: 'Everyone.' },
      {
        id: 'gold',
        name: 'Gold',
        description: 'Paid.',
        color: '#8a5a00',
        fees: [
          { amount: 1000, currency: 'EUR', period: 'one-time', label: 'Onboarding' },
          { amount: 860, currency: 'GBP', period: 'one-time', label: 'Onboarding' },
          { amount: 2500, currency: 'EUR', period: 'year' },
          { amount: 2150, currency: 'GBP', period: 'year' },
        ],
      },
      { id: 'elite', name: 'Elite', description: 'Solutions partners at the top.', fees: [{ amount: 9500, currency: 'EUR', period: 'year' }] },
      { id: 'inner-circle', name: 'Inner circle', description: 'By invitation.', invitationOnly: true, color: '#6a3d9a' },
    ],
    tracks: [
      { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['member', 'gold', 'inner-circle'] },
      { id: 'solutions', name: 'Solutions track', partnerTypes: ['agency'], tiers: ['member', 'gold', 'elite'] },
    ],
    benefits: [
      {
        id: 'mdf',
        name: 'Market development funds',
        group: 'marketing',
        values: { gold: { amount: 10000, currency: 'EUR' }, elite: { amount: 40000, currency: 'EUR' } },
      },
      { id: 'response', name: 'Support response', group: 'support', values: { member: 'Forum', gold: '2 days', elite: '4 hours', 'inner-circle': '4 hours' } },
      {
        id: 'vouchers',
        name: 'Exam vouchers',
        group: 'education',
        values: { gold: { amount: 2, unit: 'exam vouchers' }, elite: { amount: 5, unit: 'exam vouchers' } },
      },
      { id: 'roadmap', name: 'Roadmap reviews', group: 'innovation', values: { 'inner-circle': true } },
      { id: 'listing', name: 'Directory listing', group: 'marketing', values: { member: true, gold: true, elite: true, 'inner-circle': true } },
    ],
  },
  partners: {
    'acme-cloud': { tier: 'gold', types: ['technology'] },
    'beta-labs': { tier: 'inner-circle', types: ['technology'] },
  },
};

let site = '';
beforeAll(async () => {
  const build = await astroBuild(await writeScenario(SCENARIO));
  if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  site = build.outDir;
}, 180_000);

const open = (sitePath: string) => page(sitePath, site);
/** What a screen reader reads: the text without what is hidden from it (the ✓ and — marks). */
const spoken = (element: HTMLElement) => {
  const copy = element.clone() as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.text.replace(/\s+/g, ' ').trim();
};
/** A cell's text; the items of a list in it joined by " | ". */
const cellText = (cell: HTMLElement) => {
  const items = cell.querySelectorAll('li');
  return items.length ? items.map(spoken).join(' | ') : spoken(cell);
};
const rowsOf = (table: HTMLElement) => table.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('th, td').map(cellText));

describe('the tier comparison', () => {
  it('has a section per track, linked from the top, each a table of its own ladder with fees first and benefits grouped', async () => {
    const { document } = await open('/tiers/');
    expect(document.querySelectorAll('nav[aria-label="Tracks"] a').map((a) => [a.text, a.getAttribute('href')])).toEqual([
      ['Technology track', '/tiers/#track-technology'],
      ['Solutions track', '/tiers/#track-solutions'],
    ]);
    const technology = document.querySelector('#track-technology table')!;
    expect(technology.querySelector('caption')!.text).toBe('Technology track: fees and benefits by tier');
    expect(technology.querySelectorAll('thead th').map(spoken)).toEqual(['What', 'Member', 'Gold', 'Inner circle']);
    expect(rowsOf(technology)).toEqual([
      ['Fees', 'Free', 'Onboarding: €1,000 or £860 once | Yearly fee: €2,500 or £2,150 a year', 'By invitation'],
      ['Support'],
      ['Support response', 'Forum', '2 days', '4 hours'],
      ['Marketing'],
      ['Market development funds', 'Not included', '€10,000', 'Not included'],
      ['Directory listing', 'Included', 'Included', 'Included'],
      ['Education'],
      ['Exam vouchers', 'Not included', '2 exam vouchers', 'Not included'],
      ['Innovation'],
      ['Roadmap reviews', 'Not included', 'Not included', 'Included'],
      ['Requirements and partners'],
      ['Requirements', 'None', 'None', 'None'],
      ['Partners', '0', '1', '1'],
    ]);
    // Roadmap reviews are for the inner circle only, which is not on the solutions ladder: no row.
    const solutions = document.querySelector('#track-solutions table')!;
    expect(rowsOf(solutions).map((row) => row[0])).toEqual([
      'Fees',
      'Support',
      'Support response',
      'Marketing',
      'Market development funds',
      'Directory listing',
      'Education',
      'Exam vouchers',
      'Requirements and partners',
      'Requirements',
      'Partners',
    ]);
    expect(rowsOf(solutions)[0]).toEqual(['Fees', 'Free', 'Onboarding: €1,000 or £860 once | Yearly fee: €2,500 or £2,150 a year', '€9,500 a year']);
  });

  it('uses table semantics a screen reader can follow: a caption, column and row headers, group headers spanning the row', async () => {
    const { document } = await open('/tiers/');
    for (const table of document.querySelectorAll('main table')) {
      expect(table.querySelector('caption')).not.toBeNull();
      expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      for (const row of table.querySelectorAll('tbody tr')) {
        const header = row.querySelector('th')!;
        expect(['row', 'colgroup']).toContain(header.getAttribute('scope'));
        if (header.getAttribute('scope') === 'colgroup') expect(header.getAttribute('colspan')).toBe('4');
      }
      // The table scrolls inside a region keyboard users can reach and screen readers can name.
      const region = table.parentNode as HTMLElement;
      expect([region.tagName, region.getAttribute('tabindex'), region.getAttribute('aria-labelledby')]).toEqual([
        'SECTION',
        '0',
        table.querySelector('caption')!.getAttribute('id'),
      ]);
    }
  });
});

describe('a tier page', () => {
  it('of an invitation-only tier says so, with no fee and no apply link', async () => {
    const { document } = await open('/tiers/inner-circle/');
    const main = document.querySelector('main')!;
    expect(spoken(main)).toContain('By invitation. The program invites partners to this tier; there is nothing to apply for.');
    expect(main.querySelector('a[href="https://forms.example/partner-application"]')).toBeNull();
    expect(main.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/tiers/#track-technology');
  });

  it('of a paid tier lists its fees, its benefits by group with their values here, and the apply link', async () => {
    const { document } = await open('/tiers/gold/');
    const main = document.querySelector('main')!;
    const listAfter = (heading: string) =>
      main
        .querySelectorAll('h2, h3')
        .find((h) => h.text === heading)!
        .nextElementSibling!.querySelectorAll('li')
        .map(spoken);
    expect(listAfter('Fees')).toEqual(['Onboarding: €1,000 or £860 once', 'Yearly fee: €2,500 or £2,150 a year']);
    expect(main.querySelector('a.button')!.getAttribute('href')).toBe('https://forms.example/partner-application');
    expect(main.querySelectorAll('section > h3').map((h) => h.text)).toEqual(['Support', 'Marketing', 'Education']);
    expect(listAfter('Marketing')).toEqual(['Market development funds: €10,000', 'Directory listing']);
    expect(listAfter('Education')).toEqual(['Exam vouchers: 2 exam vouchers']);
  });
});

describe('tier colours', () => {
  it("colour the tier's tags in theme.css and its partners' badges", async () => {
    const css = await readFile(path.join(site, 'theme.css'), 'utf8');
    expect(css).toContain('.tag.tier.tier-gold{background:#8a5a00;border-color:#8a5a00;color:#fff}');
    expect(css).toContain('.tag.tier.tier-inner-circle{background:#6a3d9a;');
    // Member and Elite set no colour: their tags are graded by rank among the four tiers
    // (src/site/tier-tags.ts), Member (the lowest) an outline, Elite (third) filled with the primary colour.
    expect(css).toContain('.tag.tier.tier-member{background:var(--bg);border-color:var(--muted);color:var(--text)}');
    expect(css).toContain('.tag.tier.tier-elite{background:var(--primary);border-color:var(--primary);color:var(--on-primary)}');
    const { document } = await open('/partners/acme-cloud/');
    expect(document.querySelector('.tag.tier')!.getAttribute('class')).toBe('tag tier tier-gold');
    expect(await readFile(path.join(site, 'badges', 'acme-cloud.svg'), 'utf8')).toContain('fill="#8a5a00"');
    expect(await readFile(path.join(site, 'badges', 'beta-labs.svg'), 'utf8')).toContain('fill="#6a3d9a"');
  });
});

describe('the API', () => {
  it('carries fees, invitation, colour, tracks and benefit values of each tier, and the tracks of the program', async () => {
    const tiers = JSON.parse(await readFile(path.join(site, 'api', 'v1', 'tiers.json'), 'utf8')).tiers;
    const gold = tiers.find((tier: { id: string }) => tier.id === 'gold');
    expect(gold).toMatchObject({
      fee: { amount: 1000, currency: 'EUR', period: 'one-time' },
      invitationOnly: false,
      color: '#8a5a00',
      tracks: ['technology', 'solutions'],
      benefitValues: [
        { id: 'response', name: 'Support response', group: 'support', value: '2 days' },
        { id: 'mdf', name: 'Market development funds', group: 'marketing', value: '€10,000' },
        { id: 'listing', name: 'Directory listing', group: 'marketing', value: 'Included' },
        { id: 'vouchers', name: 'Exam vouchers', group: 'education', value: '2 exam vouchers' },
      ],
    });
    expect(gold.fees).toHaveLength(4);
    expect(tiers.find((tier: { id: string }) => tier.id === 'inner-circle')).toMatchObject({ fee: null, fees: [], invitationOnly: true });
    const program = JSON.parse(await readFile(path.join(site, 'api', 'v1', 'program.json'), 'utf8'));
    expect(program.tracks).toEqual([
      { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['member', 'gold', 'inner-circle'] },
      { id: 'solutions', name: 'Solutions track', partnerTypes: ['agency'], tiers: ['member', 'gold', 'elite'] },
    ]);
  });
});
