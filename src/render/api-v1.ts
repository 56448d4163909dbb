// The v1 JSON responses, built from the model and parsed with the strict schemas of
// schemas/api/v1.ts: what is not in the schema cannot be published.
import type { z } from 'zod';
import {
  AppListSchema,
  AppSchema,
  CaseStudyListSchema,
  MovedSchema,
  PartnerListSchema,
  PartnerSchema,
  type PartnerStatusSchema,
  ProgramSchema,
  TierListSchema,
} from '../../schemas/api/v1.ts';
import type { Measure, Metric } from '../../schemas/program.ts';
import type { AppView, HeldCertification, Model, PartnerView, Standing } from '../model/model-types.ts';
import { pageCount } from '../model/paging.ts';
import { routes } from '../routes.ts';
import { byId, pagedListBody, sortedOnce } from './api-v1-lists.ts';

/** Turns a site path into an absolute URL. */
export type Absolute = (path: string) => string;

export const term = ({ id, name }: { id: string; name: string }) => ({ id, name });

const API_STATUS: Record<Standing, z.infer<typeof PartnerStatusSchema>> = { current: 'active', inactive: 'inactive', former: 'former' };

/** A held certification's status in the API: a certification never outlives the partnership (src/model/badges.ts). */
export function heldStatus(partner: PartnerView, certification: HeldCertification) {
  return partner.standing === 'current' ? certification.status : 'revoked';
}

function summary(partner: PartnerView, absolute: Absolute): z.input<typeof PartnerListSchema>['partners'][number] {
  const current = partner.standing === 'current';
  return {
    id: partner.id,
    slug: partner.slug,
    name: partner.name,
    status: API_STATUS[partner.standing],
    statusSince: partner.statusSince ?? null,
    updated: partner.updated ?? null,
    tier: term(partner.tier),
    types: partner.types.map(term),
    regions: partner.regions.map(term),
    industries: partner.industries.map(term),
    summary: partner.summary,
    website: partner.website,
    logo: absolute(partner.logo.src),
    // Only an active partner has a profile page; the verify page of any other says where it stands.
    profile: absolute(current ? partner.path : partner.verifyPath),
    verify: absolute(partner.verifyPath),
    badge: absolute(partner.badgeFiles.light),
    badgeStatus: partner.badge.status,
    since: partner.since ?? null,
    featured: current && partner.featured,
    headquarters: partner.headquarters ?? null,
    languages: partner.languages,
    founded: partner.founded ?? null,
  };
}

/** Every partner, any status, in the order of the paged lists and the NDJSON export. */
export const partnersById = sortedOnce((model) => [...model.partners].sort(byId));
const appsById = sortedOnce((model) => [...model.apps].sort(byId));

/** How many pages the partner list has: the routes of pages 2.. come from it. */
export const partnerListPageCount = (model: Model) => pageCount(partnersById(model).length);

/** Page `number` of the partner list: page 1 is partners.json, the others /partners/page/<n>.json. */
export function partnerListPage(model: Model, absolute: Absolute, number: number) {
  return PartnerListSchema.parse(pagedListBody('partners', partnersById(model), number, (partner) => summary(partner, absolute), model, absolute));
}

/** What a renamed partner's former slugs answer at their API path: where its record is now. */
export function movedPartner(partner: PartnerView, absolute: Absolute) {
  return MovedSchema.parse({ movedTo: absolute(routes.apiV1('partner', partner.slug)), id: partner.id, slug: partner.slug });
}

export function partnerDetail(partner: PartnerView, model: Model, absolute: Absolute) {
  const current = partner.standing === 'current';
  return PartnerSchema.parse({
    ...summary(partner, absolute),
    description: partner.description ?? null,
    services: partner.services,
    integrations: partner.integrations.map((i) => ({ name: i.name, category: term(i.category), description: i.description ?? null, url: i.url ?? null })),
    contacts: partner.contacts.map((c) => ({ name: c.name, role: c.role ?? null, email: c.email ?? null, url: c.url ?? null })),
    links: partner.links,
    certifiedPeople: current ? partner.certifiedPeople : [],
    certifications: partner.certifications.map((c) => ({
      id: c.id,
      name: c.name,
      earned: c.earned,
      expires: c.expires,
      status: heldStatus(partner, c),
      badge: absolute(c.badgeFiles.light),
    })),
    badgeDetails: {
      status: partner.badge.status,
      message: partner.badge.message,
      description: partner.badge.description,
      asOf: partner.updated ?? model.contentDate,
      svg: absolute(partner.badgeFiles.light),
      shields: absolute(partner.badgeFiles.json),
    },
    activeThisQuarter: partner.activeThisQuarter ?? null,
    caseStudies: partner.caseStudies.map((s) => ({ slug: s.slug, title: s.title, url: absolute(routes.caseStudy(s.slug)) })),
  });
}

/** A requirement's measure as the API describes it: every field, null where it does not apply. */
function measureFields(measure: Measure | undefined, metrics: ReadonlyMap<string, Metric>) {
  const kind = !measure ? null : 'anyOf' in measure ? 'any-of' : 'activity' in measure ? 'activity' : 'metric' in measure ? 'metric' : 'certified-people';
  const field = <K extends string>(key: K): unknown => (measure && key in measure ? (measure as Record<K, unknown>)[key] : null);
  return {
    kind,
    activity: field('activity'),
    count: field('count'),
    per: field('per'),
    window: field('window'),
    metric: field('metric'),
    atLeast: field('atLeast'),
    // A money metric's currency, also when the requirement does not repeat it.
    currency: measure && 'metric' in measure ? (measure.currency ?? metrics.get(measure.metric)?.currency ?? null) : null,
    certification: field('certification'),
    people: field('people'),
  };
}

export function tierList(model: Model, absolute: Absolute) {
  const metrics = new Map(model.program.metrics.map((metric) => [metric.id, metric]));
  return TierListSchema.parse({
    version: 'v1',
    generated: model.contentDate,
    tiers: model.tiers.map((tier) => ({
      id: tier.id,
      name: tier.name,
      rank: tier.rank,
      description: tier.description ?? null,
      // The older single fee, as v1 has always carried it: the first fee.
      fee: tier.fee && !tier.invitationOnly ? { amount: tier.fee.amount, currency: tier.fee.currency, period: tier.fee.period } : null,
      benefits: tier.allBenefits,
      requirements: tier.requirements.map((r) => ({
        description: r.description,
        ...measureFields(r.measure, metrics),
        anyOf: r.measure && 'anyOf' in r.measure ? r.measure.anyOf.map((option) => measureFields(option, metrics)) : null,
      })),
      partners: tier.partners.length,
      url: absolute(tier.path),
      fees: tier.invitationOnly ? [] : tier.fees.map((fee) => ({ amount: fee.amount, currency: fee.currency, period: fee.period, label: fee.label ?? null })),
      invitationOnly: tier.invitationOnly,
      color: tier.color ?? null,
      tracks: tier.tracks.map((track) => track.id),
      benefitValues: tier.offer.flatMap((group) => group.rows.map((row) => ({ id: row.id, name: row.name, group: group.id, value: row.text }))),
    })),
  });
}

export function programDocument(model: Model, absolute: Absolute) {
  const { program } = model;
  return ProgramSchema.parse({
    version: 'v1',
    generated: model.programDate,
    name: program.name,
    organization: { name: model.organization.name, website: model.organization.website ?? null },
    tagline: program.tagline,
    purpose: program.purpose,
    url: absolute(routes.home),
    partnerTypes: program.partnerTypes.map(term),
    regions: program.vocabularies.regions.map(term),
    industries: program.vocabularies.industries.map(term),
    integrationCategories: program.vocabularies.integrationCategories.map(term),
    certifications: program.certifications.map(({ id, name, description, validityMonths }) => ({ id, name, description, validityMonths })),
    signup: program.onboarding?.signup.url ?? null,
    tracks: (program.tracks ?? []).map(({ id, name, partnerTypes, tiers }) => ({ id, name, partnerTypes, tiers })),
    endpoints: {
      partners: absolute(routes.apiV1('partners')),
      tiers: absolute(routes.apiV1('tiers')),
      caseStudies: absolute(routes.apiV1('caseStudies')),
      openapi: absolute(routes.openApi),
      apps: absolute(routes.apiV1('apps')),
      certifications: absolute(routes.apiV1('certifications')),
      partnersNdjson: absolute(routes.apiV1PartnersNdjson),
    },
    appCertifications: program.appCertifications.map(({ id, name, criteria, validityMonths }) => ({ id, name, criteria, validityMonths })),
  });
}

export function caseStudyList(model: Model, absolute: Absolute) {
  return CaseStudyListSchema.parse({
    version: 'v1',
    generated: model.caseStudiesDate,
    caseStudies: model.caseStudies.map((s) => ({
      slug: s.slug,
      title: s.title,
      summary: s.summary,
      published: s.published,
      partners: s.partners.map((p) => p.slug),
      url: absolute(s.path),
      industry: s.industry ? term(s.industry) : null,
      customer: s.customer
        ? { name: s.customer.name, website: s.customer.website ?? null, logo: s.customer.logo ? absolute(s.customer.logo.src) : null }
        : null,
      image: s.image ? { url: absolute(s.image.src), width: s.image.width, height: s.image.height, alt: s.image.alt } : null,
    })),
  });
}

function appSummary(app: AppView, absolute: Absolute): z.input<typeof AppListSchema>['apps'][number] {
  const { partner } = app;
  return {
    id: app.id,
    updated: app.updated ?? null,
    slug: app.slug,
    name: app.name,
    kind: term(app.kind),
    categories: app.categories.map(term),
    summary: app.summary,
    pricing: {
      model: app.pricing.model.id as z.input<typeof AppListSchema>['apps'][number]['pricing']['model'],
      from: app.pricing.from ?? null,
      label: app.pricing.label,
    },
    partner: { slug: partner.slug, name: partner.name, tier: term(partner.tier), profile: absolute(partner.path), verify: absolute(partner.verifyPath) },
    regions: app.regions.map(term),
    languages: app.languages.map(term),
    icon: absolute(app.icon.src),
    page: absolute(app.path),
    install: app.install,
    listedSince: app.listedSince,
    featured: app.featured,
    verify: absolute(app.verifyPath),
    badge: absolute(app.badgeFiles.light),
    badgeStatus: app.badge.status,
  };
}

/** How many pages the app list has. */
export const appListPageCount = (model: Model) => pageCount(appsById(model).length);

/** Page `number` of the app list (listed apps): page 1 is apps.json, the others /apps/page/<n>.json. */
export function appListPage(model: Model, absolute: Absolute, number: number) {
  return AppListSchema.parse(pagedListBody('apps', appsById(model), number, (app) => appSummary(app, absolute), model, absolute));
}

export function appDetail(app: AppView, absolute: Absolute) {
  return AppSchema.parse({
    ...appSummary(app, absolute),
    description: app.description ?? null,
    usesApis: app.usesApis,
    pricingDetails: app.pricing.details ?? null,
    docs: app.docs ?? null,
    support: app.support ?? null,
    privacyPolicy: app.privacyPolicy ?? null,
    screenshots: app.screenshots.map((shot) => ({ url: absolute(shot.src), caption: shot.caption, width: shot.width, height: shot.height })),
    certifications: app.certifications.map((c) => ({
      id: c.id,
      name: c.name,
      earned: c.earned,
      expires: c.expires,
      status: c.status,
      badge: absolute(c.badgeFiles.light),
    })),
    reviewed: app.reviewed ?? null,
    caseStudies: app.caseStudies.map((study) => ({ slug: study.slug, title: study.title, url: absolute(study.path) })),
  });
}
