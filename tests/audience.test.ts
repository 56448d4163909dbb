// The audience setting and the public guard's detector, without a build: PARTNERKIT_AUDIENCE takes
// public or internal and explains any other value; internalLeaks finds the marks, keys and
// sentences of internal data in a file, and nothing in an ordinary public one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAudience, SettingsError, siteDirectory } from '../src/settings.ts';
import { internalLeaks } from '../src/site/internal-leaks.ts';

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
  const sentences = ['Acme Cloud owes Example Partners: the platform has done 8 points more for Acme Cloud.', '1 more case study by 2026-12-31'];

  it('in a page: an element marked internal, or a sentence of the internal report', () => {
    expect(internalLeaks('.html', '<section data-internal="reciprocity">…</section>', [])).toEqual(['an element marked data-internal (internal data)']);
    expect(internalLeaks('.html', '<p>To keep Gold: 1 more case study by 2026-12-31.</p>', sentences)).toEqual([
      'the internal sentence "1 more case study by 2026-12-31"',
    ]);
  });

  it('in JSON: a field of the internal report, at any depth', () => {
    expect(internalLeaks('.json', JSON.stringify({ partners: [{ slug: 'acme', stats: { balance: -8, nextStep: 'x' } }] }), [])).toEqual([
      'the internal field "balance"',
      'the internal field "nextStep"',
    ]);
  });

  it('and nothing in ordinary public files', () => {
    expect(internalLeaks('.html', '<p>Acme Cloud is a Gold partner. <a data-slug="acme">Profile</a></p>', sentences)).toEqual([]);
    expect(
      internalLeaks('.json', JSON.stringify({ slug: 'acme', activeThisQuarter: true, requirements: [{ description: 'Two case studies' }] }), sentences),
    ).toEqual([]);
    expect(internalLeaks('.csv', 'name,tier\nAcme Cloud,Gold\n', sentences)).toEqual([]);
  });
});
