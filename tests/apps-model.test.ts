// The marketplace's model (src/model/apps.ts): which apps are listed, what each shows, and the
// filters' counts, worked out by hand from the small program below.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { scenarioModel } from './helpers/scenario.ts';

const PROGRAM = {
  vocabularies: {
    regions: [
      { id: 'europe', name: 'Europe' },
      { id: 'north-america', name: 'North America' },
    ],
    integrationCategories: [
      { id: 'crm', name: 'CRM' },
      { id: 'payments', name: 'Payments' },
    ],
  },
  appCertifications: [{ id: 'built-for-example', name: 'Built for Example', criteria: ['Uses webhooks'], validityMonths: 12 }],
};

describe('the marketplace model', async () => {
  const screenshot = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#dde3f0' } })
    .png()
    .toBuffer();
  // Build date 2026-11-21 (NOW). acme-cloud (gold) has two apps, beta-labs (silver) one, and
  // gone-corp, a former partner, one that must not be listed.
  const { model, files } = await scenarioModel({
    program: PROGRAM,
    partners: { 'acme-cloud': { tier: 'gold' }, 'beta-labs': {}, 'gone-corp': { status: 'alumni' } },
    apps: {
      'acme-sync': {
        partner: 'acme-cloud',
        kind: 'connector',
        categories: ['crm', 'payments'],
        pricing: { model: 'paid', from: { amount: 29, currency: 'EUR', period: 'month' } },
        regions: ['europe'],
        languages: ['en', 'pt-BR'],
        // Earned 2026-01-10 + 12 months: valid until 2027-01-10.
        certifications: [{ id: 'built-for-example', earned: '2026-01-10' }],
        screenshots: [{ file: 'images/apps/acme-sync-1.png', caption: 'The sync settings' }],
      },
      'acme-reports': {
        partner: 'acme-cloud',
        pricing: { model: 'freemium' },
        languages: ['en'],
        // Earned 2025-06-01 + 12 months: expired on 2026-06-01.
        certifications: [{ id: 'built-for-example', earned: '2025-06-01' }],
      },
      'beta-pay': { partner: 'beta-labs', kind: 'integration', categories: ['payments'], pricing: { model: 'contact' }, regions: ['europe', 'north-america'] },
      'gone-widget': { partner: 'gone-corp' },
    },
    files: { 'images/apps/acme-sync-1.png': screenshot },
  });

  it("lists the apps of active partners only, by name, each with its partner's view", () => {
    expect(model.apps.map((app) => [app.slug, app.partner.slug, app.partner.tier.id, app.path])).toEqual([
      ['acme-reports', 'acme-cloud', 'gold', '/apps/acme-reports/'],
      ['acme-sync', 'acme-cloud', 'gold', '/apps/acme-sync/'],
      ['beta-pay', 'beta-labs', 'silver', '/apps/beta-pay/'],
    ]);
  });

  it('words pricing, languages and certification status as of the build date', () => {
    const [reports, sync, pay] = model.apps;
    expect([reports!.pricing.label, sync!.pricing.label, pay!.pricing.label]).toEqual(['Freemium', 'Paid, from €29 a month', 'Price on request']);
    expect(sync!.languages).toEqual([
      { id: 'en', name: 'English' },
      { id: 'pt-BR', name: 'Brazilian Portuguese' },
    ]);
    expect(sync!.certifications).toMatchObject([
      { id: 'built-for-example', name: 'Built for Example', earned: '2026-01-10', expires: '2027-01-10', status: 'valid' },
    ]);
    expect(reports!.certifications[0]).toMatchObject({ expires: '2026-06-01', status: 'expired' });
    // Only the app whose certification is current holds it on the certifications page.
    expect(model.appCertifications.map((c) => [c.id, c.holders.map((app) => app.slug)])).toEqual([['built-for-example', ['acme-sync']]]);
  });

  it('counts each filter over the listed apps, leaving out values no app has', () => {
    const counts = Object.fromEntries(model.appFacets.map((facet) => [facet.key, facet.values.map((value) => `${value.id}:${value.count}`)]));
    expect(counts).toEqual({
      // acme-reports has the filler category crm; acme-sync crm and payments; beta-pay payments.
      category: ['crm:2', 'payments:2'],
      kind: ['app:1', 'integration:1', 'connector:1'],
      pricing: ['freemium:1', 'paid:1', 'contact:1'],
      certification: ['built-for-example:1'],
      tier: ['silver:1', 'gold:2'],
      region: ['europe:2', 'north-america:1'],
      language: ['pt-BR:1', 'en:2'],
    });
  });

  it('gives every app a "Works with" badge and verify page; an unlisted one says it is no longer listed', () => {
    const sync = model.apps.find((app) => app.slug === 'acme-sync')!;
    expect(sync.badge).toEqual({
      status: 'active',
      label: 'Works with',
      message: 'Example Partners',
      description: 'Acme Sync by Acme Cloud is listed in the Example Partners marketplace',
    });
    expect([sync.verifyPath, sync.badgeFiles.light]).toEqual(['/verify/apps/acme-sync/', '/badges/apps/acme-sync.svg']);
    expect(sync.certifications[0]!.badge).toMatchObject({ status: 'active', message: 'valid until 2027-01-10' });
    // The expired certification's badge says so.
    expect(model.apps.find((app) => app.slug === 'acme-reports')!.certifications[0]!.badge).toMatchObject({ status: 'expired', message: 'expired 2026-06-01' });
    expect(model.unlistedApps.map((app) => [app.slug, app.listed, app.badge.status, app.badge.message])).toEqual([
      ['gone-widget', false, 'revoked', 'no longer listed'],
    ]);
  });

  it('publishes icons and screenshots as optimised WebP files, screenshots scaled to fit 1600×1200', () => {
    const sync = model.apps.find((app) => app.slug === 'acme-sync')!;
    expect(sync.icon.src).toMatch(/^\/logos\/_app-acme-sync-[0-9a-f]{10}\.webp$/);
    expect(sync.screenshots).toEqual([
      { src: expect.stringMatching(/^\/logos\/_screenshot-acme-sync-1-[0-9a-f]{10}\.webp$/), width: 1600, height: 800, caption: 'The sync settings' },
    ]);
    expect(files.has(sync.icon.src) && files.has(sync.screenshots[0]!.src)).toBe(true);
    // The former partner's app keeps only its icon, shown on its verify page; no screenshot.
    expect([...files.keys()].filter((file) => file.includes('gone-widget'))).toEqual([expect.stringMatching(/^\/logos\/_app-gone-widget-[0-9a-f]{10}\.webp$/)]);
  });
});
