// Tiers as a real program writes them: a benefits matrix with a value per tier, fees in several
// currencies, an invitation-only tier, tracks (a ladder per partner type) and tier colours. Each
// scenario is written here with the values its expectations are worked out from.
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS } from '../src/cli/partner-application.ts';
import type { Problem } from '../src/loader/problem.ts';
import { programAudit } from '../src/model/audit.ts';
import { ladderOf, nextTierOf } from '../src/model/ladders.ts';
import { load, positionOf, readContentFile } from './helpers/content-fixture.ts';
import { scenarioContent, scenarioModel, writeScenario } from './helpers/scenario.ts';

const brief = (problems: Problem[]) =>
  problems.map((p) => `${p.file.replace(/^.*\bcontent\//, '')}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.path}: ${p.message} → ${p.fix}`);
const at = (text: string, needle: string, from = 0) => {
  const { line, column } = positionOf(text, needle, from);
  return `${line}:${column}`;
};

/** Three tiers, a technology track and a solutions track; the top tier of the technology track is by invitation. */
const TRACKED_PROGRAM = {
  site: { url: 'https://partners.example', language: 'en', colors: { primary: '#3346d3', accent: '#0f7a5f', background: '#ffffff', text: '#1b1f2a' } },
  partnerTypes: [
    { id: 'technology', name: 'Technology partner' },
    { id: 'agency', name: 'Agency' },
  ],
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
    { id: 'elite', name: 'Elite', description: 'Solutions partners at the top.', fees: [{ amount: 9500.5, currency: 'EUR', period: 'month' }] },
    { id: 'inner-circle', name: 'Inner circle', description: 'By invitation.', invitationOnly: true },
  ],
  tracks: [
    { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['member', 'gold', 'inner-circle'] },
    { id: 'solutions', name: 'Solutions track', partnerTypes: ['agency'], tiers: ['member', 'gold', 'elite'] },
  ],
  benefits: [
    // Written before the support row, but support comes first: groups follow the building blocks' order.
    {
      id: 'mdf',
      name: 'Market development funds',
      group: 'marketing',
      values: { gold: { amount: 10000, currency: 'EUR' }, elite: { amount: 40000, currency: 'EUR', unit: 'a year' } },
    },
    { id: 'response', name: 'Support response', group: 'support', values: { member: 'Forum', gold: '2 days', elite: '4 hours', 'inner-circle': '4 hours' } },
    {
      id: 'vouchers',
      name: 'Exam vouchers',
      group: 'education',
      values: { gold: { amount: 2, unit: 'exam vouchers' }, elite: { amount: 1500, unit: 'credits' } },
    },
    { id: 'listing', name: 'Directory listing', values: { member: true, gold: true, elite: true, 'inner-circle': false } },
    { id: 'roadmap', name: 'Roadmap reviews', group: 'innovation', values: { 'inner-circle': true } },
  ],
};

describe('the benefits matrix', () => {
  it('gives each benefit a formatted value per tier, grouped by building block; a tier left out does not get it', async () => {
    const { model } = await scenarioModel({ program: TRACKED_PROGRAM });
    const table = model.benefitMatrix.map((group) => [group.title, group.rows.map((row) => [row.name, ...row.cells.map((cell) => cell.text)])]);
    expect(table).toEqual([
      ['Support', [['Support response', 'Forum', '2 days', '4 hours', '4 hours']]],
      ['Marketing', [['Market development funds', 'Not included', '€10,000', '€40,000 a year', 'Not included']]],
      ['Education', [['Exam vouchers', 'Not included', '2 exam vouchers', '1,500 credits', 'Not included']]],
      ['Innovation', [['Roadmap reviews', 'Not included', 'Not included', 'Not included', 'Included']]],
      // No group: last, under "Other benefits"; false reads as not included.
      ['Other benefits', [['Directory listing', 'Included', 'Included', 'Included', 'Not included']]],
    ]);
  });

  it('compares each track on its own ladder, leaving out benefits none of its tiers gets', async () => {
    const { model } = await scenarioModel({ program: TRACKED_PROGRAM });
    expect(model.ladders.map((ladder) => [ladder.name, ladder.tiers.map((tier) => tier.id), ladder.partnerTypes.map((type) => type.id)])).toEqual([
      ['Technology track', ['member', 'gold', 'inner-circle'], ['technology']],
      ['Solutions track', ['member', 'gold', 'elite'], ['agency']],
    ]);
    const solutions = model.ladders[1]!.benefits.flatMap((group) => group.rows.map((row) => [row.name, ...row.cells.map((cell) => cell.text)]));
    expect(solutions).toEqual([
      ['Support response', 'Forum', '2 days', '4 hours'],
      ['Market development funds', 'Not included', '€10,000', '€40,000 a year'],
      ['Exam vouchers', 'Not included', '2 exam vouchers', '1,500 credits'],
      ['Directory listing', 'Included', 'Included', 'Included'],
    ]);
    // A tier says which tracks hold it, and what it gets, by group.
    const gold = model.tiers.find((tier) => tier.id === 'gold')!;
    expect(gold.tracks.map((track) => track.id)).toEqual(['technology', 'solutions']);
    expect(gold.offer.map((group) => [group.title, group.rows.map((row) => `${row.name}: ${row.text}`)])).toEqual([
      ['Support', ['Support response: 2 days']],
      ['Marketing', ['Market development funds: €10,000']],
      ['Education', ['Exam vouchers: 2 exam vouchers']],
      ['Other benefits', ['Directory listing: Included']],
    ]);
  });

  it('reads the older per-tier benefit lists as rows, included from the tier that lists them up', async () => {
    const { model } = await scenarioModel({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'First.', benefits: ['Sandbox', 'Listing'] },
          { id: 'gold', name: 'Gold', description: 'Second.', benefits: ['Co-marketing'] },
          { id: 'platinum', name: 'Platinum', description: 'Third, on its own.', includesLowerTiers: false, benefits: ['Roadmap'] },
        ],
      },
    });
    expect(model.benefitMatrix.map((group) => [group.title, group.rows.map((row) => [row.name, ...row.cells.map((cell) => cell.text)])])).toEqual([
      [
        'Other benefits',
        [
          ['Sandbox', 'Included', 'Included', 'Not included'],
          ['Listing', 'Included', 'Included', 'Not included'],
          ['Co-marketing', 'Not included', 'Included', 'Not included'],
          ['Roadmap', 'Not included', 'Not included', 'Included'],
        ],
      ],
    ]);
  });
});

describe('fees', () => {
  it('are formatted per currency, one line per label and period, one-time fees first; none is free; an invited tier shows no fee', async () => {
    const { model } = await scenarioModel({ program: TRACKED_PROGRAM });
    const tier = (id: string) => model.tiers.find((t) => t.id === id)!;
    expect(tier('gold').feeLines).toEqual([
      { label: 'Onboarding', named: true, text: '€1,000 or £860 once' },
      { label: 'Yearly fee', named: false, text: '€2,500 or £2,150 a year' },
    ]);
    expect(tier('gold').price).toBe('Onboarding: €1,000 or £860 once; Yearly fee: €2,500 or £2,150 a year');
    // Cents are shown when the amount has them.
    expect(tier('elite').price).toBe('€9,500.50 a month');
    expect(tier('member').price).toBe('Free');
    expect(tier('inner-circle')).toMatchObject({ invitationOnly: true, price: 'By invitation', fees: [] });
  });

  it('count as stated in the audit in either form, and an invitation-only tier needs none', async () => {
    const feesStated = async (tiers: object[]) => {
      const content = await scenarioContent(await writeScenario({ program: { tiers } }));
      return programAudit(content)
        .find((area) => area.area === 'Requirements')!
        .blocks.find((block) => block.name === 'Fees stated')!.present;
    };
    const first = { id: 'silver', name: 'Silver', description: 'Free to join.' };
    expect(
      await feesStated([
        first,
        { id: 'gold', name: 'Gold', description: 'New form.', fees: [{ amount: 10, currency: 'EUR', period: 'year' }] },
        { id: 'elite', name: 'Elite', description: 'Older form.', fee: { amount: 20, currency: 'EUR', period: 'year' } },
        { id: 'inner', name: 'Inner', description: 'Invited.', invitationOnly: true },
      ]),
    ).toBe(true);
    expect(await feesStated([first, { id: 'gold', name: 'Gold', description: 'No fee.' }])).toBe(false);
  });

  it('keep the older single fee working: a fee of 0 is free', async () => {
    const { model } = await scenarioModel({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'First.', fee: { amount: 0, currency: 'USD', period: 'year' } },
          { id: 'gold', name: 'Gold', description: 'Second.', fee: { amount: 2500, currency: 'USD', period: 'year' } },
        ],
      },
    });
    expect(model.tiers.map((tier) => tier.price)).toEqual(['Free', '$2,500 a year']);
  });
});

describe('an invitation-only tier', () => {
  it('is not offered in the partner application form', async () => {
    const { model } = await scenarioModel({ program: TRACKED_PROGRAM });
    const tier = APPLICATION_FIELDS.find((field) => field.key === 'tier')!;
    expect(tier.choices!(model.program).map((choice) => choice.id)).toEqual(['member', 'gold', 'elite']);
  });
});

describe('tracks', () => {
  it('put a partner on the ladder of its own type: the next tier follows that track, not the order of tiers', async () => {
    const { model } = await scenarioModel({ program: TRACKED_PROGRAM });
    const { program } = model;
    expect(ladderOf(program, { tier: 'gold', types: ['technology'] }).id).toBe('technology');
    expect(nextTierOf(program, { tier: 'gold', types: ['technology'] })?.id).toBe('inner-circle');
    expect(nextTierOf(program, { tier: 'gold', types: ['agency'] })?.id).toBe('elite');
    expect(nextTierOf(program, { tier: 'elite', types: ['agency'] })).toBeUndefined();
    // Without tracks, the one ladder is the order of tiers.
    const { model: plain } = await scenarioModel({});
    expect(nextTierOf(plain.program, { tier: 'silver', types: ['agency'] })?.id).toBe('gold');
  });

  it("refuse a partner's tier that is not on a track for one of its types, at the tier's line and column", async () => {
    const root = await writeScenario({
      program: TRACKED_PROGRAM,
      partners: {
        'acme-cloud': { tier: 'elite', types: ['technology'] },
        'beta-labs': { tier: 'elite', types: ['technology', 'agency'] },
      },
    });
    const text = await readContentFile(root, 'partners/acme-cloud.yaml');
    const { problems } = await load(root);
    expect(brief(problems)).toEqual([
      `partners/acme-cloud.yaml:${at(text, 'elite')} error tier-outside-track tier: Elite is not a tier of Technology track, the track for partner type technology → use a tier of that track: member, gold, inner-circle, or change the partner's types`,
    ]);
  });
});

describe('program.yaml checks', () => {
  it('name the tier, track or partner type that does not exist, with a suggestion, where it is written', async () => {
    const root = await writeScenario({
      program: {
        ...TRACKED_PROGRAM,
        tiers: [...TRACKED_PROGRAM.tiers, { id: 'orphan', name: 'Orphan', description: 'On no track.' }],
        tracks: [
          { id: 'technology', name: 'Technology track', partnerTypes: ['tecnology'], tiers: ['member', 'gold', 'inner-circle'] },
          { id: 'solutions', name: 'Solutions track', partnerTypes: ['agency'], tiers: ['member', 'gould', 'elite'] },
        ],
        benefits: [
          { id: 'listing', name: 'Directory listing', values: { member: true, golld: true } },
          { id: 'mdf', name: 'Funds', group: 'marketing', values: { gold: { amount: 'lots' } } },
        ],
      },
    });
    const text = await readContentFile(root, 'program.yaml');
    const { problems } = await load(root);
    expect(brief(problems)).toEqual(
      [
        `program.yaml:${at(text, 'orphan')} error tier-without-track tiers[orphan].id: the tier "orphan" is in none of the tracks, so no partner can reach it → add "orphan" to the tiers of a track (technology, solutions), or remove the tier`,
        `program.yaml:${at(text, 'tecnology')} error unknown-value tracks[technology].partnerTypes[0]: "tecnology" is not a partner type of this program → did you mean "technology"?`,
        `program.yaml:${at(text, 'gould')} error unknown-value tracks[solutions].tiers[1]: "gould" is not a tier of this program → did you mean "gold"?`,
        `program.yaml:${at(text, 'golld')} error unknown-value benefits[listing].values.golld: "golld" is not a tier of this program → did you mean "gold"?`,
        `program.yaml:${at(text, 'amount: lots')} error wrong-shape benefits[mdf].values.gold: a group of fields is not a value a benefit can have → write true (included), false (not included), a short text such as "4 hours", or an amount such as { amount: 5, unit: exam vouchers } or { amount: 10000, currency: EUR }`,
      ].sort(),
    );
  });

  it('refuse a fee written in both forms, warn of a fee an invited tier never shows and of a tier colour white text cannot be read on', async () => {
    const root = await writeScenario({
      program: {
        tiers: [
          {
            id: 'silver',
            name: 'Silver',
            description: 'First.',
            color: '#f5d76e',
            fee: { amount: 100, currency: 'EUR', period: 'year' },
            fees: [{ amount: 100, currency: 'EUR', period: 'year' }],
          },
          { id: 'gold', name: 'Gold', description: 'Invited.', invitationOnly: true, fees: [{ amount: 5000, currency: 'EUR', period: 'year' }] },
        ],
      },
    });
    const text = await readContentFile(root, 'program.yaml');
    const { problems } = await load(root);
    const goldAt = text.indexOf('id: gold');
    expect(brief(problems)).toEqual([
      `program.yaml:${at(text, "'#f5d76e'")} warning low-contrast tiers[silver].color: white text on the tier colour #f5d76e has a contrast ratio of 1.42:1, below the 4.5:1 WCAG AA needs for the tier's tags and badges → pick a darker colour, e.g. #7b6c37`,
      `program.yaml:${at(text, 'amount: 100')} error old-and-new-form tiers[silver].fee: the tier has both "fee" and "fees" → move this fee into the "fees" list and remove "fee" (npm run migrate does it)`,
      `program.yaml:${at(text, '- amount: 5000', goldAt)} warning fee-never-shown tiers[gold].fees: the tier is by invitation only, so the site shows "By invitation" and never this fee → remove the fee, or remove "invitationOnly: true" to publish it`,
    ]);
  });
});
