// The model is computed once from content and the build date, and tested without Astro.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgramSchema } from '../schemas/program.ts';
import { buildModel, facetValuesOf, themeColors } from '../src/model/build-model.ts';
import { programSections } from '../src/model/program-sections.ts';
import { certificationExpiry, certificationStatus } from '../src/shared/certification-status.ts';
import { contrastRatio, contrastUse } from '../src/shared/colors.ts';
import { addMonths } from '../src/shared/dates.ts';
import { DIRECTORY_PAGE_SIZE, pageCount, pageItems, pageWindow } from '../src/site/pagination.ts';
import { DEMO_CONTENT, load, NOW } from './helpers/content-fixture.ts';

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

describe('the demo model', async () => {
  const { content } = await load(DEMO_CONTENT, NOW);
  const logoCache = await mkdtemp(path.join(tmpdir(), 'partnerkit-logos-'));
  const { model, files } = await buildModel(content!, { today: NOW, logoCache });

  it('lists active partners by name, and keeps private contacts out', () => {
    expect(model.activePartners.map((p) => p.name)).toEqual([...model.activePartners.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(model.activePartners.every((p) => p.status === 'active')).toBe(true);
    const written = content!.partners.flatMap((p) => p.contacts.filter((c) => c.visibility === 'public')).length;
    expect(model.partners.flatMap((p) => p.contacts)).toHaveLength(written);
    expect(JSON.stringify(model)).not.toContain('billing@');
  });

  it('counts each facet value as the number of active partners that have it', () => {
    for (const facet of model.facets) {
      for (const value of facet.values) {
        expect(value.count, `${facet.key}:${value.id}`).toBe(model.activePartners.filter((p) => facetValuesOf(p)[facet.key].includes(value.id)).length);
      }
    }
    expect(model.facets.map((f) => f.key)).toEqual(['tier', 'type', 'region', 'industry', 'integration', 'certification']);
  });

  it('does not count expired certifications as a reason to pick a partner', () => {
    const expiredOnly = model.activePartners.find((p) => p.certifications.length > 0 && p.certifications.every((c) => c.status === 'expired'));
    expect(expiredOnly).toBeDefined();
    expect(facetValuesOf(expiredOnly!).certification).toEqual([]);
  });

  it('optimises every logo to a content-hashed WebP file', () => {
    expect(files.size).toBe(new Set(content!.partners.map((p) => p.logo)).size + 1);
    for (const partner of model.partners) {
      expect(files.has(partner.logo.src)).toBe(true);
      expect(Math.max(partner.logo.width, partner.logo.height)).toBeLessThanOrEqual(320);
    }
  });

  it('lists each benefit once, in the order the tiers introduce it', async () => {
    const [first, second, ...rest] = content!.program.tiers;
    const tiers = [{ ...first!, benefits: ['Sandbox', 'Listing'] }, { ...second!, benefits: ['Listing', 'Co-marketing'] }, ...rest.map((tier) => ({ ...tier, benefits: [] }))];
    const { model: shared } = await buildModel({ ...content!, program: { ...content!.program, tiers } }, { today: NOW, logoCache });
    expect(shared.benefits).toEqual(['Sandbox', 'Listing', 'Co-marketing']);
  });

  it('rates each brand colour on white and on black', () => {
    expect(model.brandColors.map((color) => color.name)).toEqual(content!.program.branding!.colors.map((color) => color.name));
    for (const color of model.brandColors) {
      expect(color.onWhite).toEqual({ ratio: contrastRatio(color.hex, '#ffffff'), use: contrastUse(contrastRatio(color.hex, '#ffffff')) });
      expect(color.onBlack).toEqual({ ratio: contrastRatio(color.hex, '#000000'), use: contrastUse(contrastRatio(color.hex, '#000000')) });
    }
  });

  it('puts each active partner on its tier page', () => {
    expect(model.tiers.flatMap((t) => t.partners).length).toBe(model.activePartners.length);
    expect(model.tiers.find((t) => t.id === 'gold')!.support.map((s) => s.name)).toEqual(['Community forum', 'Priority support']);
  });
});

describe('program sections', () => {
  const minimal = ProgramSchema.parse({
    name: 'P', tagline: 'T', purpose: 'Why', site: { url: 'https://p.example' },
    partnerTypes: [{ id: 'tech', name: 'Technology' }], tiers: [{ id: 'gold', name: 'Gold', description: 'D' }],
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
