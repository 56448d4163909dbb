// The marketplace: each app of an active partner as a view pages render, the filters with their
// counts, and the app certifications with the apps holding them. An app of an inactive or former
// partner is not listed anywhere: only its badges and verify page remain, saying so (its file
// still validates, so it can be listed again).
import { APP_KINDS, PRICING_MODELS } from '../../schemas/app.ts';
import type { Program } from '../../schemas/program.ts';
import type { App, Content } from '../loader/content-types.ts';
import { appImageName, routes } from '../routes.ts';
import { certificationExpiry, certificationStatus } from '../shared/certification-status.ts';
import { languageName } from '../shared/languages.ts';
import { appBadge, certificationBadge } from './badges.ts';
import { appId } from './entity-ids.ts';
import { countFacets, type Vocabulary } from './facet-counts.ts';
import { type PreparedLogo, prepareImages } from './logos.ts';
import type { AppFacet, AppView, CaseStudyView, PartnerView, Term } from './model-types.ts';
import { feeLines, feeView } from './tier-offer.ts';
import { APP_KIND_NAMES, PRICING_NAMES } from './wording.ts';

/** "pt-BR" → "Brazilian Portuguese", named as partners' languages are (validate accepts only tags Intl knows). */
const languageTerm = (tag: string): Term => ({ id: tag, name: languageName(tag) ?? tag });

export interface AppsOfProgram {
  /** Listed apps, by name. */
  apps: AppView[];
  unlistedApps: AppView[];
  facets: AppFacet[];
  certifications: Array<Term & { criteria: string[]; validityMonths: number; url: string | undefined; holders: AppView[] }>;
  /** Each active partner's apps, by the partner's slug. */
  appsOfPartner: Map<string, AppView[]>;
  /** Optimised icons and screenshots, by site path, for the files the site serves. */
  files: Map<string, string>;
}

export async function appsOf(
  content: Content,
  context: {
    today: string;
    /** When an app's file last changed, by app id (from the content's git history). */
    updatedOf?: (id: string) => string | undefined;
    /** Every partner, any status, by slug: every app names one (validate checks it). */
    partnerBySlug: ReadonlyMap<string, PartnerView>;
    caseStudies: readonly CaseStudyView[];
    categoryTerm: (id: string) => Term;
    regionTerm: (id: string) => Term;
    logoCache?: string | undefined;
  },
): Promise<AppsOfProgram> {
  const { program } = content;
  const isListed = (app: App) => context.partnerBySlug.get(app.partner)!.status === 'active';
  const listed = content.apps.filter(isListed);
  const iconSources = new Map(content.apps.map((app) => [appImageName(app.slug), app.icon]));
  const screenshotSources = new Map(listed.flatMap((app) => app.screenshots.map((shot, index) => [appImageName(app.slug, index), shot.file] as const)));
  const [icons, screenshots] = await Promise.all([
    prepareImages(content.root, iconSources, content.published, 'logo', context.logoCache),
    prepareImages(content.root, screenshotSources, content.published, 'screenshot', context.logoCache),
  ]);
  const certifications = new Map(program.appCertifications.map((c) => [c.id, c]));

  const appView = (app: App): AppView => {
    const partner = context.partnerBySlug.get(app.partner)!;
    const appFacts = { name: app.name, status: partner.status };
    return {
      slug: app.slug,
      name: app.name,
      kind: { id: app.kind, name: APP_KIND_NAMES[app.kind] },
      categories: app.categories.map(context.categoryTerm),
      summary: app.summary,
      description: app.description,
      usesApis: app.usesApis,
      pricing: {
        model: { id: app.pricing.model, name: PRICING_NAMES[app.pricing.model] },
        from: app.pricing.from,
        details: app.pricing.details,
        label: pricingLabel(app.pricing, program.site.language),
      },
      install: app.install,
      docs: app.docs,
      support: app.support,
      privacyPolicy: app.privacyPolicy,
      regions: app.regions.map(context.regionTerm),
      languages: app.languages.map(languageTerm),
      icon: image(icons.get(appImageName(app.slug))!),
      // Screenshots are published for listed apps only.
      screenshots: isListed(app)
        ? app.screenshots.map((shot, index) => ({ ...image(screenshots.get(appImageName(app.slug, index))!), caption: shot.caption }))
        : [],
      certifications: app.certifications.map((held) => {
        const certification = certifications.get(held.id)!;
        const expires = certificationExpiry(held.earned, held.expires, certification.validityMonths);
        const base = { id: held.id, name: certification.name, earned: held.earned, expires, status: certificationStatus(expires, context.today) };
        return { ...base, badge: certificationBadge(appFacts, base), badgeFiles: routes.appCertificationBadges(app.slug, held.id) };
      }),
      listedSince: app.listedSince,
      reviewed: app.reviewed,
      featured: app.featured,
      partner,
      caseStudies: context.caseStudies
        .filter((study) => study.partners.some((named) => named.slug === partner.slug))
        .map((study) => ({ slug: study.slug, title: study.title, path: study.path })),
      path: routes.app(app.slug),
      listed: isListed(app),
      badge: appBadge(app, partner, program.name),
      badgeFiles: routes.appBadges(app.slug),
      verifyPath: routes.appVerify(app.slug),
      id: appId(app.slug),
      updated: context.updatedOf?.(appId(app.slug)),
    };
  };

  const byName = (a: AppView, b: AppView) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
  const apps = listed.map(appView).sort(byName);
  const unlistedApps = content.apps
    .filter((app) => !isListed(app))
    .map(appView)
    .sort(byName);
  const files = new Map([...icons.values(), ...screenshots.values()].map((prepared) => [prepared.src, prepared.file]));
  const appsOfPartner = new Map<string, AppView[]>();
  for (const app of apps) appsOfPartner.set(app.partner.slug, [...(appsOfPartner.get(app.partner.slug) ?? []), app]);
  return {
    apps,
    unlistedApps,
    appsOfPartner,
    facets: appFacetsOf(apps, program),
    certifications: program.appCertifications.map((certification) => ({
      id: certification.id,
      name: certification.name,
      description: certification.description,
      criteria: certification.criteria,
      validityMonths: certification.validityMonths,
      url: certification.url,
      holders: apps.filter((app) => app.certifications.some((held) => held.id === certification.id && held.status !== 'expired')),
    })),
    files,
  };
}

/** "Free", "Freemium, from $9 a month", "Price on request": prices written as the tiers' fees are, in the site's language. */
export function pricingLabel(pricing: App['pricing'], language: string): string {
  const name = PRICING_NAMES[pricing.model];
  if (!pricing.from || (pricing.model !== 'paid' && pricing.model !== 'freemium')) return name;
  return `${name}, from ${feeLines([feeView(pricing.from, language)])[0]!.text}`;
}

const image = ({ src, width, height }: PreparedLogo) => ({ src, width, height });

/** The values an app has for each marketplace facet: shared by the counts and the Pagefind filters. */
export function appFacetValuesOf(app: AppView): Record<AppFacet['key'], string[]> {
  return {
    category: app.categories.map((term) => term.id),
    kind: [app.kind.id],
    pricing: [app.pricing.model.id],
    // Only certifications that are current count, as in the partner directory.
    certification: app.certifications.filter((held) => held.status !== 'expired').map((held) => held.id),
    tier: [app.partner.tier.id],
    region: app.regions.map((term) => term.id),
    language: app.languages.map((term) => term.id),
  };
}

function appFacetsOf(apps: AppView[], program: Program): AppFacet[] {
  const languages = [...new Set(apps.flatMap((app) => app.languages.map((term) => term.id)))].map(languageTerm).sort((a, b) => a.name.localeCompare(b.name));
  const definitions: Array<[AppFacet['key'], string, Vocabulary]> = [
    ['category', 'Category', program.vocabularies.integrationCategories],
    ['kind', 'Kind', APP_KINDS.map((id) => ({ id, name: APP_KIND_NAMES[id] }))],
    ['pricing', 'Pricing', PRICING_MODELS.map((id) => ({ id, name: PRICING_NAMES[id] }))],
    ['certification', 'Certification', program.appCertifications],
    ['tier', 'Partner tier', program.tiers],
    ['region', 'Region', program.vocabularies.regions],
    ['language', 'Language', languages],
  ];
  return countFacets(definitions, apps.map(appFacetValuesOf));
}
