// The audience setting and the public guard's detector, without a build: PARTNERKIT_AUDIENCE takes
// public or internal and explains any other value; internalLeaks finds the marks, keys and
// sentences of internal data in a file, and nothing in an ordinary public one; its sentence
// patterns match every balance and next step the model writes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reciprocityReport } from '../src/model/reciprocity.ts';
import { buildAudience, SettingsError, siteDirectory } from '../src/settings.ts';
import { INTERNAL_SENTENCES, internalLeaks, internalSentences } from '../src/site/internal-leaks.ts';
import { NOW } from './helpers/content-fixture.ts';
import { scenarioContent, writeScenario } from './helpers/scenario.ts';

describe('PARTNERKIT_AUDIENCE', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is public unless set to internal, and each audience has its own folder', () => {
    vi.stubEnv('PARTNERKIT_AUDIENCE', undefined);
    expect(buildAudience()).toBe('public');
    vi.stubEnv('PARTNERKIT_AUDIENCE', 'internal');
    expect(buildAudience()).toBe('internal');
    expect([siteDirectory('public'), siteDirectory('internal')]).toEqual(['dist', 'dist-internal']);
  });

  it('explains a value it does not know, and how to fix it, without a stack', () => {
    vi.stubEnv('PARTNERKIT_AUDIENCE', 'staging');
    expect(() => buildAudience()).toThrow(SettingsError);
    try {
      buildAudience();
    } catch (error) {
      expect((error as Error).message).toBe(
        'PARTNERKIT_AUDIENCE="staging" is not an audience → set it to public (the site anyone may see, into dist/) or internal (the site for the program\'s team, into dist-internal/), or unset it for public',
      );
      expect((error as Error).stack).toBe(`SettingsError: ${(error as Error).message}`);
    }
  });
});

describe('the public guard finds internal data', () => {
  it('in a page: an element marked internal, wherever the mark stands among its attributes', () => {
    expect(internalLeaks('.html', '<section data-internal="reciprocity">…</section>')).toEqual(['an element marked data-internal (internal data)']);
    expect(internalLeaks('.html', '<div\n  class="card" title=\'x > y\'\n  data-internal>')).toEqual(['an element marked data-internal (internal data)']);
  });

  it('but not in text a partner wrote, which validate accepted: the build must not fail on it', () => {
    // A description that quotes the mark or the report's wording is escaped text, not structure.
    expect(internalLeaks('.html', '<p>Add data-internal="x" to hide it. To keep Gold: 1 more case study by December 31, 2026.</p>')).toEqual([]);
    expect(internalLeaks('.html', '<meta name="description" content="a data-internal=1 b"><img alt="data-internal" src="x.png">')).toEqual([]);
  });

  it('and the tests find the sentences of the internal report in a page', () => {
    expect(internalSentences('<p>To keep Gold: 1 more case study by December 31, 2026.</p>')).toEqual([
      'a sentence of the internal report ("…To keep Gold: 1 more …")',
    ]);
    expect(internalSentences('<p>Acme Cloud is a Gold partner.</p>')).toEqual([]);
  });

  it('in JSON: a field of the internal report, at any depth', () => {
    expect(internalLeaks('.json', JSON.stringify({ partners: [{ slug: 'acme', stats: { balance: -8, nextStep: 'x' } }] }))).toEqual([
      'the internal field "balance"',
      'the internal field "nextStep"',
    ]);
  });

  it('and nothing in ordinary public files', () => {
    expect(internalLeaks('.html', '<p>Acme Cloud is a Gold partner. To keep your badge current, renew. <a data-slug="acme">Profile</a></p>')).toEqual([]);
    expect(internalLeaks('.json', JSON.stringify({ slug: 'acme', activeThisQuarter: true, requirements: [{ description: 'Two case studies' }] }))).toEqual([]);
    expect(internalLeaks('.csv', 'name,tier\nAcme Cloud,Gold\n')).toEqual([]);
  });

  it('in every sentence the model writes about a partnership, so the patterns follow its wording', async () => {
    // As of NOW = 2026-11-21 (recent window from 2026-08-24), one partner per next step the model can write.
    expect(NOW).toBe('2026-11-21');
    const content = await scenarioContent(
      await writeScenario({
        program: {
          tiers: [
            { id: 'silver', name: 'Silver', description: 'The first tier.' },
            {
              id: 'gold',
              name: 'Gold',
              description: 'The second tier.',
              requirements: [{ description: 'Two case studies a year', measure: { activity: 'case-study', count: 2, per: 'year' } }],
            },
          ],
          activityTypes: [
            { id: 'case-study', name: 'Case study', weight: 4 },
            { id: 'referral', name: 'Referral', weight: 4 },
            { id: 'blog-post', name: 'Blog post', weight: 2 },
          ],
        },
        partners: { 'acme-cloud': { tier: 'gold' }, 'beta-labs': {}, 'cobalt-works': {}, 'dusk-co': {}, 'echo-co': {}, 'fox-co': {} },
        activity: {
          // Gold asks for two case studies: one is done ("To keep Gold").
          'acme-cloud': [{ date: '2026-11-01', type: 'case-study', by: 'partner', title: 'A case study' }],
          // The platform did 8 points more (the partner owes; "could return the favour").
          'beta-labs': [
            { date: '2026-10-01', type: 'referral', by: 'platform', title: 'A referral' },
            { date: '2026-11-01', type: 'referral', by: 'platform', title: 'Another referral' },
          ],
          // The partner did 8 points more (the platform owes; "should give back").
          'cobalt-works': [
            { date: '2026-10-01', type: 'referral', by: 'partner', title: 'A referral' },
            { date: '2026-11-01', type: 'referral', by: 'partner', title: 'Another referral' },
          ],
          // Dusk Co has no ledger: even, and not started ("Start the ledger"). Echo Co did a post: 2 points, "Keep going".
          'echo-co': [{ date: '2026-11-01', type: 'blog-post', by: 'partner', title: 'A post' }],
          // Fox Co did a post in June and nothing since: stale ("Get back in touch").
          'fox-co': [{ date: '2026-06-01', type: 'blog-post', by: 'partner', title: 'An old post' }],
        },
      }),
    );
    const report = reciprocityReport(content, { today: NOW });
    const sentences = report.partners.flatMap((p) => [p.balanceText, p.nextStep]);
    expect(sentences.filter((sentence) => !INTERNAL_SENTENCES.some((pattern) => pattern.test(sentence)))).toEqual([]);
    expect(INTERNAL_SENTENCES.filter((pattern) => !sentences.some((sentence) => pattern.test(sentence)))).toEqual([]);
  });
});
