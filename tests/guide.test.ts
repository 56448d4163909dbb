// The program guide's content (src/model/guide.ts): its chapters follow the program, in reading
// order, and a block the program leaves out has no chapter. How /guide/ and /guide.pdf render it
// is tested on a built site (tests/site-guide.test.ts).

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/model/build-model.ts';
import { programGuide } from '../src/model/guide.ts';
import { NOW } from './helpers/content-fixture.ts';
import { scenarioContent, scenarioModel, writeScenario } from './helpers/scenario.ts';

describe('the program guide', () => {
  it('has only the chapters of blocks the program defines: the bare scenario program has purpose, partner types and tiers', async () => {
    const { model } = await scenarioModel({});
    expect(model.guide.chapters.map((chapter) => chapter.id)).toEqual(['about', 'partner-types', 'tiers']);
    // Without an organization in program.yaml, the program's name stands for the company.
    expect(model.guide).toMatchObject({
      title: 'Example Partners',
      organization: 'Example Partners',
      tagline: 'Build with Example.',
      asOf: model.today,
      siteUrl: 'https://partners.example',
    });
  });

  it('puts why, who, tiers, joining, support and certifications first, then the other building blocks, then the questions', async () => {
    const { model } = await scenarioModel({
      program: {
        onboarding: { overview: 'Apply, build, get listed.', signup: { label: 'Apply', url: 'https://forms.example/partner-application' } },
        events: [{ kind: 'webinar', title: 'Partner hour', description: 'Monthly.' }],
        access: { sandbox: { title: 'Sandbox', summary: 'Test data.' } },
        support: [{ name: 'Forum', description: 'Questions.', tiers: ['silver', 'gold'] }],
        certifications: [{ id: 'api-developer', name: 'API Developer', description: 'Builds integrations.', validityMonths: 24 }],
        faq: [{ question: 'How long?', answer: 'Three days.' }],
      },
    });
    expect(model.guide.chapters.map((chapter) => chapter.title)).toEqual([
      'About the program',
      'Partner types',
      'Tiers',
      'How to join',
      'Support',
      'Certifications',
      'Access',
      'Events',
      'Questions and answers',
    ]);
    // The model's guide is the one programGuide computes: pages and the PDF writer read the same.
    expect(programGuide(model, model.guide.asOf)).toEqual(model.guide);
  });

  it('gives each tier its fees in words, what it gets by building block with values, its requirements and its support; and the tracks', async () => {
    const { model } = await scenarioModel({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.' },
          {
            id: 'gold',
            name: 'Gold',
            description: 'The second tier.',
            fees: [
              { amount: 2500, currency: 'EUR', period: 'year' },
              { amount: 2150, currency: 'GBP', period: 'year' },
              { label: 'Onboarding', amount: 1000, currency: 'EUR', period: 'one-time' },
            ],
            requirements: [{ description: 'Two case studies a year' }],
          },
          { id: 'strategic', name: 'Strategic', description: 'By invitation.', invitationOnly: true },
        ],
        benefits: [
          { id: 'sandbox', name: 'Sandbox access', group: 'access', values: { silver: true, gold: true, strategic: true } },
          { id: 'mdf', name: 'Market development funds', group: 'marketing', values: { gold: { amount: 10000, currency: 'EUR', unit: 'a year' } } },
          { id: 'vouchers', name: 'Exam vouchers', values: { silver: '2 vouchers', gold: false } },
        ],
        tracks: [
          { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['silver', 'gold', 'strategic'] },
          { id: 'solutions', name: 'Solutions track', description: 'For agencies.', partnerTypes: ['agency'], tiers: ['silver', 'gold'] },
        ],
        support: [
          { name: 'Forum', description: 'Questions.', tiers: ['silver', 'gold'] },
          { name: 'Priority support', description: 'A named engineer.', responseTime: '4 hours', tiers: ['gold'] },
        ],
      },
    });
    const tiers = model.guide.chapters.find((chapter) => chapter.kind === 'tiers');
    if (tiers?.kind !== 'tiers') throw new Error('no tiers chapter');
    expect(tiers.tracks).toEqual([
      { name: 'Technology track', description: undefined, partnerTypes: ['Technology partner'], tiers: ['Silver', 'Gold', 'Strategic'] },
      { name: 'Solutions track', description: 'For agencies.', partnerTypes: ['Agency'], tiers: ['Silver', 'Gold'] },
    ]);
    expect(tiers.tiers).toEqual([
      {
        id: 'silver',
        name: 'Silver',
        description: 'The first tier.',
        fees: ['Free'],
        benefits: [
          { group: 'Access', items: [{ name: 'Sandbox access', value: undefined }] },
          { group: 'Other benefits', items: [{ name: 'Exam vouchers', value: '2 vouchers' }] },
        ],
        requirements: [],
        support: [{ name: 'Forum', responseTime: undefined }],
      },
      {
        id: 'gold',
        name: 'Gold',
        description: 'The second tier.',
        // One-time fees first, as they are paid first; a currency's amounts on one line.
        fees: ['Onboarding: €1,000 once', 'Yearly fee: €2,500 or £2,150 a year'],
        benefits: [
          { group: 'Access', items: [{ name: 'Sandbox access', value: undefined }] },
          { group: 'Marketing', items: [{ name: 'Market development funds', value: '€10,000 a year' }] },
        ],
        requirements: ['Two case studies a year'],
        support: [
          { name: 'Forum', responseTime: undefined },
          { name: 'Priority support', responseTime: '4 hours' },
        ],
      },
      {
        id: 'strategic',
        name: 'Strategic',
        description: 'By invitation.',
        fees: ['By invitation'],
        benefits: [{ group: 'Access', items: [{ name: 'Sandbox access', value: undefined }] }],
        requirements: [],
        support: [],
      },
    ]);
  });

  it('holds nothing about partners: it is the same in the public and the internal build, and names no partner', async () => {
    const content = await scenarioContent(
      await writeScenario({
        partners: { 'acme-cloud': { tier: 'gold' } },
        activity: { 'acme-cloud': [{ date: '2026-10-01', type: 'referral', by: 'platform', title: 'A referral to Acme' }] },
        program: { activityTypes: [{ id: 'referral', name: 'Referral', weight: 4 }] },
      }),
    );
    const logoCache = path.join(path.dirname(content.root), 'logo-cache');
    const [publicBuild, internalBuild] = await Promise.all(
      (['public', 'internal'] as const).map((audience) => buildModel(content, { today: NOW, audience, logoCache })),
    );
    expect(internalBuild!.model.scorecards).toHaveLength(1); // the internal model does hold the partner's data
    expect(internalBuild!.model.guide).toEqual(publicBuild!.model.guide);
    expect(JSON.stringify(publicBuild!.model.guide)).not.toMatch(/Acme|acme-cloud|referral/i);
  });
});
