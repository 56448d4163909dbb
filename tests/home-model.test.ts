// The home page's numbers and partners, computed by the model (src/model/key-figures.ts) for a small
// program whose expected values are worked out by hand below.
import { describe, expect, it } from 'vitest';
import { featuredCardCount } from '../src/model/key-figures.ts';
import { gridFit } from '../src/site/grid-fit.ts';
import { logoPlateClass, logoShape } from '../src/site/logo-box.ts';
import { tierTagCss, tierTagStyle } from '../src/site/tier-tags.ts';
import { scenarioModel } from './helpers/scenario.ts';

describe('key figures and the logo wall of a small program', async () => {
  // Five partners, one of them inactive; four apps by active partners, one by the inactive one.
  // Active: acme (GB, europe + americas), bolt (GB, europe), cog (DE, no region), dune (no HQ, asia).
  // → 4 partners, 3 listed apps, 2 countries (GB, DE), 3 regions (europe, americas, asia).
  const { model } = await scenarioModel({
    program: {
      vocabularies: {
        regions: [
          { id: 'europe', name: 'Europe' },
          { id: 'americas', name: 'Americas' },
          { id: 'asia', name: 'Asia' },
        ],
        integrationCategories: [{ id: 'crm', name: 'CRM' }],
      },
    },
    partners: {
      acme: { tier: 'gold', headquarters: 'GB', regions: ['europe', 'americas'], featured: true },
      bolt: { tier: 'silver', headquarters: 'GB', regions: ['europe'] },
      cog: { tier: 'gold', headquarters: 'DE' },
      dune: { tier: 'silver', regions: ['asia'] },
      echo: { status: 'inactive', tier: 'gold', headquarters: 'FR', regions: ['americas'] },
    },
    apps: {
      'acme-sync': { partner: 'acme' },
      'acme-forms': { partner: 'acme' },
      'bolt-link': { partner: 'bolt' },
      'echo-app': { partner: 'echo' },
    },
  });

  it('counts what the public site lists: active partners, listed apps, their countries and regions', () => {
    expect(model.keyFigures).toEqual([
      { id: 'partners', value: 4, label: 'partners' },
      { id: 'apps', value: 3, label: 'apps and integrations' },
      { id: 'countries', value: 2, label: 'countries' },
      { id: 'regions', value: 3, label: 'regions served' },
    ]);
  });

  it('fills the logo wall with whole rows of partners not shown as cards, highest tier first', () => {
    // One featured partner (acme) is a card; the others by tier (gold before silver), then name:
    // cog (gold), bolt, dune (silver) → three logos, one row.
    expect(model.home.featured.map((p) => p.slug)).toEqual(['acme']);
    expect(model.home.logoWall.map((p) => p.slug)).toEqual(['cog', 'bolt', 'dune']);
  });
});

describe('the home page leaves no orphan cards', () => {
  it.each([
    [8, 6],
    [6, 6],
    [5, 4],
    [4, 4],
    [3, 3],
    [1, 1],
    [0, 0],
  ])('%i featured partners → %i cards', (featured, cards) => expect(featuredCardCount(featured)).toBe(cards));

  it.each([
    [3, 'fit-3'],
    [6, 'fit-3'],
    [4, 'fit-2'],
    [2, 'fit-2'],
    [5, 'fit-3'],
  ] as const)('%i cards fill rows of %s', (count, fit) => expect(gridFit(count)).toBe(fit));
});

describe('logo plates', () => {
  it.each([
    [160, 160, 'square'],
    [200, 160, 'square'],
    [320, 160, 'wide'],
    [320, 140, 'wide'],
    [320, 100, 'wider'],
    [320, 40, 'wider'],
    [0, 0, 'square'],
  ] as const)('a %i×%i logo gets a %s plate', (width, height, shape) => expect(logoShape(width, height)).toBe(shape));

  it('names the size and shape classes other parts use', () => {
    expect(logoPlateClass(320, 160, 'l')).toBe('logo-plate size-l shape-wide');
  });
});

describe('tier tags', () => {
  // Five tiers, none coloured but the fourth: graded from an outline (rank 0) to the deep fill (rank 4).
  const tiers = ['registered', 'silver', 'gold', 'platinum', 'strategic'].map((id, rank) => ({ id, rank, color: id === 'platinum' ? '#34467a' : undefined }));

  it('differ per tier: the tier colour when given, else graded by rank', () => {
    expect(tiers.map((tier) => tierTagStyle(tier, tiers.length))).toEqual(['outline', 'soft', 'tint', 'colour', 'strong']);
    const css = tierTagCss(tiers);
    expect(css).toContain('.tag.tier.tier-platinum{background:#34467a;border-color:#34467a;color:#fff}');
    expect(css).toContain('.tag.tier.tier-strategic{background:var(--primary-strong);');
    expect(css).toContain('.tag.tier.tier-registered{background:var(--bg);');
  });

  it.each([
    [2, ['outline', 'strong']],
    [3, ['outline', 'tint', 'strong']],
    [4, ['outline', 'soft', 'solid', 'strong']],
  ] as const)('%i uncoloured tiers look different from each other', (count, styles) => {
    expect(Array.from({ length: count }, (_, rank) => tierTagStyle({ rank, color: undefined }, count))).toEqual(styles);
  });
});
