// The model is computed once from content and the build date, and tested without Astro.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ProgramSchema } from '../schemas/program.ts';
import { facetValuesOf, themeColors } from '../src/model/build-model.ts';
import { programSections } from '../src/model/program-sections.ts';
import { certificationExpiry, certificationStatus } from '../src/shared/certification-status.ts';
import { contrastRatio, contrastUse } from '../src/shared/colors.ts';
import { addMonths } from '../src/shared/dates.ts';
import { DIRECTORY_PAGE_SIZE, pageCount, pageItems, pageWindow } from '../src/site/pagination.ts';
import { SCENARIO_LOGO, SCENARIO_PROGRAM, scenarioModel } from './helpers/scenario.ts';

describe('dates and certification status', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-06-15', 24, '2027-06-15'],
    ['2025-12-10', 1, '2026-01-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-12-22', 'valid'],
    ['2026-12-21', 'expiring'],
    ['2026-11-22', 'expiring'],
    ['2026-11-21', 'expired'],
    ['2025-01-01', 'expired'],
  ] as const)('a certification expiring on %s is %s on 2026-11-21', (expires, status) => {
    expect(certificationStatus(expires, '2026-11-21')).toBe(status);
  });

  it('takes the written expiry, else earned + validity', () => {
    expect(certificationExpiry('2025-03-01', '2026-01-01', 24)).toBe('2026-01-01');
    expect(certificationExpiry('2025-03-01', undefined, 24)).toBe('2027-03-01');
  });
});

describe('the model of a small program', async () => {
  // As of NOW = 2026-11-21. Certifications: api-developer lasts 24 months, security 12.
  const raster = await sharp({ create: { width: 640, height: 320, channels: 3, background: '#0f7a5f' } })
    .png()
    .toBuffer();
  const { model, files } = await scenarioModel({
    program: {
      site: { ...SCENARIO_PROGRAM.site, logo: 'brand/mark.svg' },
      // Contrast on white, worked out by hand: black 21:1 (text), #767676 4.54:1 (text), #949494 3.03:1 (large text), #b3b3b3 2.09:1.
      branding: {
        colors: [
          { name: 'Ink', hex: '#000000' },
          { name: 'Grey', hex: '#767676' },
          { name: 'Mist', hex: '#949494' },
          { name: 'Fog', hex: '#b3b3b3' },
        ],
      },
      vocabularies: {
        regions: [
          { id: 'europe', name: 'Europe' },
          { id: 'asia-pacific', name: 'Asia Pacific' },
        ],
        industries: [{ id: 'retail', name: 'Retail' }],
        integrationCategories: [
          { id: 'crm', name: 'CRM' },
          { id: 'payments', name: 'Payments' },
        ],
      },
      certifications: [
        { id: 'api-developer', name: 'API Developer', description: 'Builds integrations.', validityMonths: 24 },
        { id: 'security', name: 'Security Practitioner', description: 'Reviews integrations.', validityMonths: 12 },
      ],
      support: [
        { name: 'Community forum', description: 'Questions and answers.', tiers: ['silver', 'gold'] },
        { name: 'Priority support', description: 'A named engineer.', tiers: ['gold'] },
      ],
    },
    partners: {
      'acme-cloud': {
        tier: 'gold',
        types: ['technology', 'agency'],
        regions: ['europe'],
        industries: ['retail'],
        integrations: [{ name: 'Acme sync', category: 'crm' }],
        certifications: [{ id: 'api-developer', earned: '2025-06-01' }], // valid until 2027-06-01
        contacts: [
          { name: 'Ada Park', email: 'ada@acme-cloud.example', visibility: 'public' },
          { name: 'Billing desk', email: 'billing@acme-cloud.example', visibility: 'private' },
        ],
      },
      // Lower case, and accented: names sort as a reader expects, ignoring case and accents.
      'beta-labs': { name: 'beta Labs', regions: ['europe', 'asia-pacific'], certifications: [{ id: 'api-developer', earned: '2023-01-01' }] }, // expired 2025-01-01
      'cobalt-works': { tier: 'gold', types: ['agency'], certifications: [{ id: 'security', earned: '2025-01-01' }] }, // expired 2026-01-01
      'emile-works': {
        name: 'Émile Works',
        logo: 'logos/emile-works.png',
        integrations: [
          { name: 'Sync one', category: 'crm' },
          { name: 'Sync two', category: 'crm' },
        ],
      },
      // Inactive: on no tier page, in no count. It shares Acme Cloud's logo file.
      'dusk-co': {
        tier: 'gold',
        status: 'inactive',
        regions: ['asia-pacific'],
        logo: 'logos/acme-cloud.svg',
        certifications: [{ id: 'security', earned: '2026-06-01' }],
      },
    },
    files: { 'logos/emile-works.png': raster, 'brand/mark.svg': SCENARIO_LOGO },
  });
  const partner = (slug: string) => model.partners.find((p) => p.slug === slug)!;

  it('lists partners by name, ignoring case and accents, the active ones apart', () => {
    expect(model.partners.map((p) => p.name)).toEqual(['Acme Cloud', 'beta Labs', 'Cobalt Works', 'Dusk Co', 'Émile Works']);
    expect(model.activePartners.map((p) => p.name)).toEqual(['Acme Cloud', 'beta Labs', 'Cobalt Works', 'Émile Works']);
  });

  it('keeps private contacts out of the model', () => {
    expect(partner('acme-cloud').contacts).toEqual([{ name: 'Ada Park', email: 'ada@acme-cloud.example' }]);
    expect(JSON.stringify(model)).not.toContain('billing@');
    expect(JSON.stringify(model)).not.toContain('Billing desk');
  });

  it('counts each facet value as the number of active partners that have it, leaving out values none has', () => {
    expect(model.facets.map((facet) => [facet.key, facet.values.map((value) => [value.id, value.count])])).toEqual([
      [
        'tier',
        [
          ['silver', 2],
          ['gold', 2],
        ],
      ],
      [
        'type',
        [
          ['technology', 3],
          ['agency', 2],
        ],
      ],
      // Dusk Co's Asia Pacific does not count: it is inactive.
      [
        'region',
        [
          ['europe', 2],
          ['asia-pacific', 1],
        ],
      ],
      ['industry', [['retail', 1]]],
      // Émile Works has two CRM integrations: one partner with CRM integrations.
      ['integration', [['crm', 2]]],
      // Only Acme Cloud's certification is current; security is held by Cobalt Works (expired) and Dusk Co (inactive).
      ['certification', [['api-developer', 1]]],
    ]);
  });

  it('does not count expired certifications as a reason to pick a partner', () => {
    expect(partner('cobalt-works').certifications.map((c) => [c.id, c.expires, c.status])).toEqual([['security', '2026-01-01', 'expired']]);
    expect(facetValuesOf(partner('cobalt-works')).certification).toEqual([]);
    expect(facetValuesOf(partner('acme-cloud')).certification).toEqual(['api-developer']);
  });

  it('optimises every logo to a WebP file named by its content, at most 320 pixels, each image once', () => {
    // One address per partner and one for the program's mark ...
    expect(files.size).toBe(6);
    for (const { slug, logo } of model.partners) {
      expect(logo.src, slug).toMatch(new RegExp(`^/logos/${slug}-[0-9a-f]{10}\\.webp$`));
      expect(files.has(logo.src), slug).toBe(true);
    }
    expect(model.programLogo).toBeDefined();
    // ... but two images: every SVG here is SCENARIO_LOGO, byte for byte, and one is Émile Works' PNG.
    expect(new Set(files.values()).size).toBe(2);
    expect(files.get(partner('dusk-co').logo.src)).toBe(files.get(partner('acme-cloud').logo.src));
    // A 640×320 PNG and a 64×32 SVG both become 320×160.
    expect(partner('emile-works').logo).toMatchObject({ width: 320, height: 160 });
    expect(partner('acme-cloud').logo).toMatchObject({ width: 320, height: 160 });
  });

  it('lists each benefit once, in the order the tiers introduce it', async () => {
    const { model: shared } = await scenarioModel({
      program: {
        tiers: [
          { id: 'silver', name: 'Silver', description: 'The first tier.', benefits: ['Sandbox', 'Listing'] },
          { id: 'gold', name: 'Gold', description: 'The second tier.', benefits: ['Listing', 'Co-marketing'] },
        ],
      },
      partners: { 'acme-cloud': {} },
    });
    expect(shared.benefits).toEqual(['Sandbox', 'Listing', 'Co-marketing']);
  });

  it('rates each brand colour on white, for text, large text or decoration only', () => {
    expect(model.brandColors.map((color) => [color.name, color.onWhite.use])).toEqual([
      ['Ink', 'text'],
      ['Grey', 'text'],
      ['Mist', 'large-text'],
      ['Fog', 'decoration'],
    ]);
    expect(model.brandColors[0]!.onWhite.ratio).toBeCloseTo(21, 5);
    expect(model.brandColors[0]!.onBlack).toEqual({ ratio: 1, use: 'decoration' });
  });

  it("puts each active partner on its tier page, with the tier's support channels", () => {
    expect(model.tiers.map((tier) => [tier.id, tier.partners.map((p) => p.slug)])).toEqual([
      ['silver', ['beta-labs', 'emile-works']],
      ['gold', ['acme-cloud', 'cobalt-works']],
    ]);
    expect(model.tiers.map((tier) => tier.support.map((s) => s.name))).toEqual([['Community forum'], ['Community forum', 'Priority support']]);
  });
});

describe('program sections', () => {
  const minimal = ProgramSchema.parse({
    name: 'P',
    tagline: 'T',
    purpose: 'Why',
    site: { url: 'https://p.example' },
    partnerTypes: [{ id: 'tech', name: 'Technology' }],
    tiers: [{ id: 'gold', name: 'Gold', description: 'D' }],
  });

  it('has no section for a block the program leaves out', () => {
    expect(programSections(minimal).map((s) => s.id)).toEqual(['partner-types']);
  });

  it('names the tiers a block is limited to', () => {
    const withAccess = { ...minimal, access: { sandbox: { title: 'Sandbox', summary: 'Try it', tiers: ['gold'] } } };
    expect(programSections(withAccess)[1]).toMatchObject({ id: 'access', items: [{ title: 'Sandbox', tiers: ['Gold'] }] });
  });
});

describe('brand colour contrast', () => {
  // Greys whose contrast on white is known (WebAIM's contrast checker): 4.54, 3.03 and 2.32 to 1.
  it.each([
    ['#767676', 'text'],
    ['#949494', 'large-text'],
    ['#aaaaaa', 'decoration'],
  ] as const)('%s on white is fit for %s', (hex, use) => {
    expect(contrastUse(contrastRatio(hex, '#ffffff'))).toBe(use);
  });

  it('puts the limits at WCAG AA: 4.5 for text, 3 for large text', () => {
    expect([4.5, 4.49, 3, 2.99].map(contrastUse)).toEqual(['text', 'large-text', 'large-text', 'decoration']);
  });
});

describe('theme colours', () => {
  it('derives dark-mode brand colours that keep AA contrast on the dark background', () => {
    for (const primary of ['#3346d3', '#1a1a1a', '#0f7a5f', '#b3261e']) {
      const theme = themeColors({ primary, accent: '#0f7a5f', background: '#ffffff', text: '#1b1f2a' });
      expect(contrastRatio(theme.dark.primary, theme.dark.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.dark.text, theme.dark.background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('directory pagination', () => {
  it('splits a large directory into stable pages', () => {
    const items = Array.from({ length: DIRECTORY_PAGE_SIZE * 2 + 5 }, (_, i) => i);
    expect(pageCount(items.length)).toBe(3);
    expect(pageItems(items, 3)).toEqual([96, 97, 98, 99, 100]);
    expect(pageCount(0)).toBe(1);
  });

  it('links a window of pages, so the markup does not grow with the number of partners', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(500, 1042)).toEqual([1, null, 498, 499, 500, 501, 502, null, 1042]);
    expect(pageWindow(1042, 1042)).toEqual([1, null, 1040, 1041, 1042]);
    expect(pageWindow(2, 1042)).toEqual([1, 2, 3, 4, null, 1042]);
  });
});
