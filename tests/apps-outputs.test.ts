// The marketplace's API responses and /apps.csv, from a small program: what each says, the strict
// schema they are parsed with, and a spreadsheet never running what an app's name starts with.
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AppListSchema, AppSchema } from '../schemas/api/v1.ts';
import { appDetail, appListPage, programDocument } from '../src/render/api-v1.ts';
import { appsCsv } from '../src/render/apps-csv.ts';
import { scenarioModel } from './helpers/scenario.ts';

const absolute = (path: string) => `https://partners.example${path}`;

describe('the marketplace in the API and CSV', async () => {
  const { model } = await scenarioModel({
    program: {
      vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] },
      appCertifications: [{ id: 'built-for-example', name: 'Built for Example', criteria: ['Uses webhooks'], validityMonths: 12 }],
    },
    partners: { 'acme-cloud': { tier: 'gold' }, 'old-co': { status: 'alumni' } },
    apps: {
      'acme-sync': {
        name: '=HYPERLINK("https://evil.example","Click")',
        partner: 'acme-cloud',
        pricing: { model: 'paid', from: { amount: 29, currency: 'USD', period: 'month' }, details: 'Trial included' },
        languages: ['de'],
        docs: 'https://acme-cloud.example/docs',
        // Earned 2026-01-10 + 12 months: valid on the build date, 2026-11-21.
        certifications: [{ id: 'built-for-example', earned: '2026-01-10' }],
      },
      'old-widget': { partner: 'old-co' },
    },
  });

  it('lists the apps of active partners in /api/v1/apps.json, each with its partner and absolute URLs', () => {
    const list = appListPage(model, absolute, 1);
    expect(list.count).toBe(1);
    expect(list.apps[0]).toMatchObject({
      slug: 'acme-sync',
      pricing: { model: 'paid', from: { amount: 29, currency: 'USD', period: 'month' }, label: 'Paid, from $29 a month' },
      partner: { slug: 'acme-cloud', name: 'Acme Cloud', tier: { id: 'gold', name: 'Gold' }, verify: 'https://partners.example/verify/acme-cloud/' },
      languages: [{ id: 'de', name: 'German' }],
      page: 'https://partners.example/apps/acme-sync/',
      install: 'https://acme-sync.example/install',
    });
    expect(list.apps[0]!.icon).toMatch(/^https:\/\/partners\.example\/logos\/_app-acme-sync-[0-9a-f]{10}\.webp$/);
  });

  it('gives the full listing in /api/v1/apps/<slug>.json, and the strict schema refuses a field it does not name', () => {
    const detail = appDetail(model.apps[0]!, absolute);
    expect(detail).toMatchObject({
      pricingDetails: 'Trial included',
      docs: 'https://acme-cloud.example/docs',
      support: null,
      certifications: [
        {
          id: 'built-for-example',
          name: 'Built for Example',
          earned: '2026-01-10',
          expires: '2027-01-10',
          status: 'valid',
          badge: 'https://partners.example/badges/apps/acme-sync/built-for-example.svg',
        },
      ],
      verify: 'https://partners.example/verify/apps/acme-sync/',
      badge: 'https://partners.example/badges/apps/acme-sync.svg',
      badgeStatus: 'active',
    });
    expect(() => AppSchema.parse({ ...detail, installs: 5000 })).toThrow(/installs/);
    expect(() => AppListSchema.parse({ ...appListPage(model, absolute, 1), partnerNotes: 'x' })).toThrow(/partnerNotes/);
  });

  it('names the apps endpoint and the app certifications in /api/v1/program.json', () => {
    const program = programDocument(model, absolute);
    expect(program.endpoints.apps).toBe('https://partners.example/api/v1/apps.json');
    expect(program.appCertifications).toEqual([{ id: 'built-for-example', name: 'Built for Example', criteria: ['Uses webhooks'], validityMonths: 12 }]);
  });

  it('writes /apps.csv with one row per listed app, a name that starts like a formula made inert', () => {
    const rows = parseCsv(appsCsv(model, absolute), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual([
      {
        slug: 'acme-sync',
        name: '\'=HYPERLINK("https://evil.example","Click")',
        partner: 'Acme Cloud',
        partner_tier: 'Gold',
        kind: 'App',
        categories: 'CRM',
        pricing: 'Paid, from $29 a month',
        regions: '',
        languages: 'German',
        certifications: 'Built for Example',
        summary: '\'=HYPERLINK("https://evil.example","Click") connects to Example.',
        listed_since: '2026-10-01',
        install: 'https://acme-sync.example/install',
        page: 'https://partners.example/apps/acme-sync/',
      },
    ]);
  });
});
