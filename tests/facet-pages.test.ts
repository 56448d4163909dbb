// The directories' static facet pages (src/site/facet-pages.ts): one page per filter value an
// active partner (a listed app) has, 48 entries a page, named for a reader, at the route table's paths.
import { describe, expect, it } from 'vitest';
import { appFacetPages, facetPageParams, partnerFacetPages } from '../src/site/facet-pages.ts';
import { scenarioModel } from './helpers/scenario.ts';

const slug = (i: number) => `partner-${String(i).padStart(2, '0')}`;

describe('facet pages', () => {
  it('page a value with more partners than a page holds, at stable paths, each page its own share by name', async () => {
    // 50 gold agencies and 2 silver technology partners (the filler's type): gold and agency take two pages (48 + 2), silver one.
    const partners = Object.fromEntries([
      ...Array.from({ length: 50 }, (_, i) => [slug(i + 1), { tier: 'gold', types: ['agency'] }]),
      ['zed-silver', { tier: 'silver' }],
      ['alpha-silver', { tier: 'silver' }],
    ]);
    const { model } = await scenarioModel({ partners });
    const pages = partnerFacetPages(model.facets, model.activePartners);
    expect(pages.map((page) => page.path)).toEqual([
      '/partners/tier/silver/',
      '/partners/tier/gold/',
      '/partners/tier/gold/page/2/',
      '/partners/type/technology/',
      '/partners/type/agency/',
      '/partners/type/agency/page/2/',
    ]);
    const [silver, gold1, gold2, technology, agency] = pages;
    expect(silver!.title).toBe('Silver partners');
    expect(silver!.items.map((p) => p.slug)).toEqual(['alpha-silver', 'zed-silver']);
    expect([gold1!.items.length, gold2!.items.length, gold1!.all.length]).toEqual([48, 2, 50]);
    expect(gold2!.items.map((p) => p.slug)).toEqual([slug(49), slug(50)]);
    expect([gold1!.page, gold1!.pages, gold2!.page, gold2!.pages]).toEqual([1, 2, 2, 2]);
    expect(gold1!.pagePath(2)).toBe('/partners/tier/gold/page/2/');
    // The type's name says "partner" already; Agency does not.
    expect([technology!.title, agency!.title]).toEqual(['Technology partners', 'Agency partners']);
    // The counts beside the other facets are among this value's partners; its own facet's are left to the counts file.
    expect(gold1!.counts).toEqual({ type: { technology: 0, agency: 50 } });
    expect(silver!.counts).toEqual({ type: { technology: 2, agency: 0 } });
    expect(facetPageParams(gold2!)).toEqual({ facet: 'tier', value: 'gold', page: 'page/2' });
    expect(facetPageParams(gold1!)).toEqual({ facet: 'tier', value: 'gold', page: undefined });
  });

  it("name the marketplace's pages for a reader, with lower-case codes in paths", async () => {
    const { model } = await scenarioModel({
      program: { vocabularies: { integrationCategories: [{ id: 'crm', name: 'CRM' }] } },
      partners: { 'acme-cloud': { tier: 'gold' } },
      apps: {
        'acme-sync': { partner: 'acme-cloud', pricing: { model: 'contact' }, kind: 'connector', languages: ['pt-BR'] },
        'acme-free': { partner: 'acme-cloud' },
      },
    });
    const pages = Object.fromEntries(appFacetPages(model.appFacets, model.apps).map((page) => [page.path, [page.title, page.items.map((app) => app.slug)]]));
    expect(pages).toMatchObject({
      '/apps/category/crm/': ['CRM apps', ['acme-free', 'acme-sync']],
      '/apps/kind/connector/': ['Connectors', ['acme-sync']],
      '/apps/pricing/contact/': ['Apps priced on request', ['acme-sync']],
      '/apps/pricing/free/': ['Free apps', ['acme-free']],
      '/apps/tier/gold/': ['Apps by Gold partners', ['acme-free', 'acme-sync']],
      '/apps/language/pt-br/': ['Apps in Brazilian Portuguese', ['acme-sync']],
    });
  });
});
