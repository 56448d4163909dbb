// Computes the model once from validated content and the build date. Everything a page shows
// that is not written in the content (tier of each partner, certification status, facet counts,
// readable theme colours) is derived here, and tested without Astro.
import type { ContentHistory } from '../loader/content-history.ts';
import type { Content, Partner } from '../loader/content-types.ts';
import { routes } from '../routes.ts';
import type { Audience } from '../settings.ts';
import { certificationExpiry, certificationStatus } from '../shared/certification-status.ts';
import { AA_TEXT, contrastRatio, contrastUse, readableOn } from '../shared/colors.ts';
import { countryName } from '../shared/countries.ts';
import { languageName } from '../shared/languages.ts';
import { appsOf } from './apps.ts';
import { reciprocityFor } from './audience.ts';
import { certificationBadge, standingOf, tierBadge } from './badges.ts';
import { certifiedPeopleCounts } from './certified-people.ts';
import { contentTimeline } from './changes.ts';
import { partnerId } from './entity-ids.ts';
import { countFacets, type Vocabulary } from './facet-counts.ts';
import { programGuide } from './guide.ts';
import { homePartners, keyFigures } from './key-figures.ts';
import { kindViews } from './kind-views.ts';
import { ALL_TIERS, laddersOf } from './ladders.ts';
import { type PreparedLogo, prepareImages, prepareLogos } from './logos.ts';
import type {
  BrandColor,
  CaseStudyView,
  Contrast,
  Facet,
  LadderView,
  LogoImage,
  Model,
  NamedCode,
  NewsView,
  PartnerView,
  Term,
  ThemeColors,
  TierView,
} from './model-types.ts';
import { programSections } from './program-sections.ts';
import { reciprocityReport, reportHighlights } from './reciprocity.ts';
import { scorecardOf } from './scorecards.ts';
import { withReachableSignup } from './signup.ts';
import { benefitMatrix, feeLines, feesOf, feeView, priceText } from './tier-offer.ts';
import { organizationName } from './wording.ts';

export interface BuildModelOptions {
  today: string;
  /** Who the site is for; public unless told (then the model holds no internal data). */
  audience?: Audience;
  /** Where optimised logos are cached; tests pass a temporary folder. */
  logoCache?: string;
  /** The content's git history (readContentHistory); without it the changes are a baseline of the current content. */
  history?: ContentHistory;
  /** When the build runs (RFC 3339); now unless told. Only /api/v1/status.json states it. */
  generatedAt?: string;
}

const NO_HISTORY: ContentHistory = { state: 'none', commits: [], revision: undefined, unreadable: 0, reason: 'the history was not read' };

export interface BuiltModel {
  model: Model;
  /** Generated files the site serves (optimised logos), by site path. */
  files: Map<string, string>;
}

// Names of images that are not partner logos start with "_": partner slugs are kebab-case, so they never clash.
const PROGRAM_LOGO = '_program';
const PROGRAM_LOGO_DARK = '_program-dark';
const customerLogoName = (study: string) => `_customer-${study}`;
const coverName = (kind: 'case-study' | 'news', slug: string) => `_cover-${kind}-${slug}`;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
const newestFirst = (a: { published: string }, b: { published: string }) => b.published.localeCompare(a.published);

export async function buildModel(content: Content, options: BuildModelOptions): Promise<BuiltModel> {
  const program = withReachableSignup(content);
  const { today } = options;
  const lookup = (terms: ReadonlyArray<{ id: string; name: string; description?: string | undefined }>) => {
    const map = new Map(terms.map((term) => [term.id, { id: term.id, name: term.name, description: term.description }]));
    return (id: string): Term => map.get(id) ?? { id, name: id };
  };
  const tierTerm = lookup(program.tiers);
  const typeTerm = lookup(program.partnerTypes);
  const regionTerm = lookup(program.vocabularies.regions);
  const industryTerm = lookup(program.vocabularies.industries);
  const categoryTerm = lookup(program.vocabularies.integrationCategories);
  const certifications = new Map(program.certifications.map((c) => [c.id, c]));
  const tierColor = new Map(program.tiers.flatMap((tier) => (tier.color ? [[tier.id, tier.color] as const] : [])));

  // Partner slugs are kebab-case, so the program's own mark ("_program") can never clash with one.
  const logoSources = new Map(content.partners.map((p) => [p.slug, p.logo]));
  if (program.site.logo) logoSources.set(PROGRAM_LOGO, program.site.logo);
  if (program.site.logoDark) logoSources.set(PROGRAM_LOGO_DARK, program.site.logoDark);
  for (const study of content.caseStudies) if (study.customer?.logo) logoSources.set(customerLogoName(study.slug), study.customer.logo);
  const coverSources = new Map([
    ...content.caseStudies.flatMap((study) => (study.image ? [[coverName('case-study', study.slug), study.image.src] as const] : [])),
    ...content.news.flatMap((post) => (post.image ? [[coverName('news', post.slug), post.image.src] as const] : [])),
  ]);
  const [logos, covers] = await Promise.all([
    prepareLogos(content.root, logoSources, content.published, options.logoCache),
    prepareImages(content.root, coverSources, content.published, 'cover', options.logoCache),
  ]);
  const logoOf = (name: string): LogoImage | undefined => {
    const logo = logos.get(name);
    return logo && publicLogo(logo);
  };
  const coverOf = (name: string, image: { alt: string } | undefined) => {
    const cover = covers.get(name);
    return cover && image ? { ...publicLogo(cover), alt: image.alt } : undefined;
  };
  const caseStudiesOf = new Map<string, Array<{ slug: string; title: string }>>();
  for (const study of [...content.caseStudies].sort(newestFirst)) {
    for (const slug of study.partners) caseStudiesOf.set(slug, [...(caseStudiesOf.get(slug) ?? []), { slug: study.slug, title: study.title }]);
  }

  const audience = options.audience ?? 'public';
  const report = reciprocityReport(content, { today });
  const ledgers = new Map(content.activity.map((ledger) => [ledger.slug, ledger.entries]));
  const reciprocity = reciprocityFor(audience, program, { ...report, highlights: reportHighlights(report) }, ledgers);
  const reciprocityOf = new Map((reciprocity.internal?.partners ?? []).map((entry) => [entry.slug, entry]));

  const history = options.history ?? NO_HISTORY;
  // The guide describes program.yaml alone: dated by that file's last commit (UTC day), the build date without history.
  // Likewise each file that describes one kind of content is dated by that kind's last commit (the history's first when none
  // touched it), so it does not change with other kinds, nor from day to day.
  const lastChangeOf = (kinds: readonly string[]) =>
    (history.commits.findLast((commit) => commit.changes.some((change) => kinds.includes(change.kind))) ?? history.commits[0])?.date.slice(0, 10) ?? today;
  const programChanged = lastChangeOf(['program']);
  const timeline = contentTimeline(history, {
    today,
    certifications,
    partners: content.partners,
    apps: content.apps,
    caseStudies: content.caseStudies,
    news: content.news,
  });

  const partnerView = (partner: Partner): PartnerView => {
    const id = partnerId(partner.slug, partner.formerSlugs);
    const view: Omit<PartnerView, 'badge'> = {
      id,
      slug: partner.slug,
      name: partner.name,
      status: partner.status,
      summary: partner.summary,
      description: partner.description,
      website: partner.website,
      headquarters: partner.headquarters ? { code: partner.headquarters, name: countryName(partner.headquarters) } : undefined,
      languages: partner.languages.map(namedLanguage),
      founded: partner.founded,
      tier: tierTerm(partner.tier),
      types: partner.types.map(typeTerm),
      regions: partner.regions.map(regionTerm),
      industries: partner.industries.map(industryTerm),
      services: partner.services,
      integrations: partner.integrations.map((integration) => ({ ...integration, category: categoryTerm(integration.category) })),
      certifications: partner.certifications.map((held) => {
        const certification = certifications.get(held.id)!;
        const expires = certificationExpiry(held.earned, held.expires, certification.validityMonths);
        const base = { id: held.id, name: certification.name, earned: held.earned, expires, status: certificationStatus(expires, today) };
        return { ...base, badge: certificationBadge(partner, base), badgeFiles: routes.certificationBadges(partner.slug, held.id) };
      }),
      certifiedPeople: certifiedPeopleCounts(partner, program.certifications, today),
      contacts: partner.contacts.filter((contact) => contact.visibility === 'public').map(({ visibility: _private, ...contact }) => contact),
      links: partner.links,
      since: partner.since,
      featured: partner.featured,
      logo: publicLogo(logos.get(partner.slug)!),
      caseStudies: caseStudiesOf.get(partner.slug) ?? [],
      path: routes.partner(partner.slug),
      reviewed: partner.reviewed,
      formerSlugs: partner.formerSlugs,
      reciprocity: reciprocityOf.get(partner.slug),
      activeThisQuarter: reciprocity.published?.activeThisQuarter?.has(partner.slug),
      scorecardPath: reciprocityOf.has(partner.slug) ? routes.scorecard(partner.slug) : undefined,
      verifyPath: routes.verify(partner.slug),
      badgeFiles: routes.tierBadges(partner.slug),
      standing: standingOf(partner.status),
      // From the content's git history; unknown without it, or before a shallow clone's first commit.
      statusSince: timeline.partners.get(id)?.statusSince,
      updated: timeline.partners.get(id)?.updated,
    };
    return { ...view, badge: tierBadge(view, program.name, tierColor.get(partner.tier)) };
  };

  const partners = content.partners.map(partnerView).sort(byName);
  const activePartners = partners.filter((partner) => partner.status === 'active');
  const activeBySlug = new Map(activePartners.map((partner) => [partner.slug, partner]));
  const allBySlug = new Map(partners.map((partner) => [partner.slug, partner]));

  const language = program.site.language;
  const ladders = laddersOf(program);
  const trackTerms = (tierId: string): Term[] =>
    ladders
      .filter((ladder) => ladder.id !== ALL_TIERS && ladder.tiers.some((tier) => tier.id === tierId))
      .map(({ id, name, description }) => ({ id, name, description }));
  const benefitMatrixOfAll = benefitMatrix(
    program,
    program.tiers.map((tier) => tier.id),
  );
  const tiers: TierView[] = program.tiers.map((tier, rank) => {
    const fees = feesOf(tier).map((fee) => feeView(fee, language));
    const lines = feeLines(fees);
    const offer = benefitMatrixOfAll
      .map((group) => ({
        id: group.id,
        title: group.title,
        rows: group.rows.flatMap((row) => {
          const cell = row.cells[rank]!;
          return cell.included ? [{ id: row.id, name: row.name, description: row.description, text: cell.text }] : [];
        }),
      }))
      .filter((group) => group.rows.length > 0);
    return {
      id: tier.id,
      name: tier.name,
      description: tier.description,
      rank,
      fee: fees[0],
      fees,
      feeLines: lines,
      price: priceText(tier.invitationOnly, lines),
      invitationOnly: tier.invitationOnly,
      color: tier.color,
      tracks: trackTerms(tier.id),
      offer,
      benefits: tier.benefits,
      allBenefits: offer.flatMap((group) => group.rows.map((row) => row.name)),
      requirements: tier.requirements,
      support: (program.support ?? []).filter((channel) => channel.tiers.includes(tier.id)),
      partners: activePartners.filter((partner) => partner.tier.id === tier.id),
      path: routes.tier(tier.id),
    };
  });
  const tierById = new Map(tiers.map((tier) => [tier.id, tier]));
  const ladderViews: LadderView[] = ladders.map((ladder) => ({
    id: ladder.id,
    name: ladder.name,
    description: ladder.description,
    partnerTypes: ladder.partnerTypes.map(typeTerm),
    tiers: ladder.tiers.map((tier) => tierById.get(tier.id)!),
    benefits: benefitMatrix(
      program,
      ladder.tiers.map((tier) => tier.id),
    ),
  }));

  const caseStudies: CaseStudyView[] = [...content.caseStudies]
    .sort(newestFirst)
    .map(({ body: _body, file: _file, partners: slugs, industry, customer, image, ...study }) => ({
      ...study,
      partners: slugs.map((slug) => ({ slug, name: allBySlug.get(slug)?.name ?? slug, path: activeBySlug.get(slug)?.path })),
      industry: industry === undefined ? undefined : industryTerm(industry),
      customer: customer && { name: customer.name, website: customer.website, logo: logoOf(customerLogoName(study.slug)) },
      image: coverOf(coverName('case-study', study.slug), image),
      path: routes.caseStudy(study.slug),
    }));
  const news: NewsView[] = [...content.news].sort(newestFirst).map(({ body: _body, file: _file, partners: _partners, image, ...post }) => ({
    ...post,
    image: coverOf(coverName('news', post.slug), image),
    path: routes.newsPost(post.slug),
  }));

  const categories = program.vocabularies.integrationCategories;
  const integrationsByCategory = categories
    .map((category) => ({
      category: categoryTerm(category.id),
      integrations: activePartners.flatMap((partner) =>
        partner.integrations.filter((i) => i.category.id === category.id).map((i) => ({ name: i.name, url: i.url, partner })),
      ),
    }))
    .filter((group) => group.integrations.length > 0);

  const marketplace = await appsOf(content, {
    today,
    updatedOf: (id) => timeline.apps.get(id)?.updated,
    partnerBySlug: allBySlug,
    caseStudies,
    categoryTerm,
    regionTerm,
    logoCache: options.logoCache,
  });

  const files = new Map([...[...logos.values(), ...covers.values()].map((image) => [image.src, image.file] as const), ...marketplace.files]);
  const programSectionViews = programSections(program);
  return {
    model: {
      today,
      // The content's last commit date; the build date when the content has no git history.
      contentDate: timeline.contentDate,
      programDate: programChanged,
      caseStudiesDate: lastChangeOf(['case-study']),
      changes: timeline.events.toReversed(),
      history: { state: history.state, commits: history.commits.length, revision: history.revision },
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      audience,
      program,
      organization: { name: organizationName(program), website: program.organization?.website },
      theme: themeColors(program.site.colors),
      programLogo: logoOf(PROGRAM_LOGO),
      programLogoDark: logoOf(PROGRAM_LOGO_DARK),
      tiers,
      ladders: ladderViews,
      benefits: benefitMatrixOfAll.flatMap((group) => group.rows.map((row) => row.name)),
      benefitMatrix: benefitMatrixOfAll,
      partners,
      activePartners,
      featuredPartners: activePartners.filter((partner) => partner.featured),
      keyFigures: keyFigures(activePartners, marketplace.apps),
      home: homePartners(activePartners, tiers),
      facets: facetsOf(activePartners, {
        tiers: program.tiers,
        types: program.partnerTypes,
        regions: program.vocabularies.regions,
        industries: program.vocabularies.industries,
        categories,
        certifications: program.certifications,
      }),
      integrationsByCategory,
      caseStudies,
      news,
      programSections: programSectionViews,
      guide: programGuide({ program, tiers, ladders: ladderViews, programSections: programSectionViews }, programChanged),
      reciprocity: reciprocity.internal,
      publicActivity: reciprocity.published,
      scorecards: (reciprocity.internal?.partners ?? []).map((entry) => scorecardOf(entry, ledgers.get(entry.slug) ?? [], program, today)),
      toolkit: content.brandAssets.length > 0 || program.branding !== undefined || program.marketing !== undefined,
      brandAssets: content.brandAssets,
      brandColors: (program.branding?.colors ?? []).map(brandColor),
      certifications: program.certifications.map((certification) => ({
        id: certification.id,
        name: certification.name,
        description: certification.description,
        validityMonths: certification.validityMonths,
        url: certification.url,
        holders: activePartners.flatMap((partner) =>
          partner.certifications.filter((held) => held.id === certification.id && held.status !== 'expired').map((held) => ({ partner, certification: held })),
        ),
      })),
      apps: marketplace.apps,
      unlistedApps: marketplace.unlistedApps,
      featuredApps: marketplace.apps.filter((app) => app.featured),
      appsOfPartner: marketplace.appsOfPartner,
      appFacets: marketplace.facets,
      appCertifications: marketplace.certifications,
      kinds: kindViews(content, { today }),
    },
    files,
  };
}

function publicLogo({ src, width, height }: PreparedLogo) {
  return { src, width, height };
}

const namedLanguage = (code: string): NamedCode => ({ code, name: languageName(code) ?? code });

/** The values a partner has for each directory facet: shared by the counts and the Pagefind filters. */
export function facetValuesOf(partner: PartnerView): Record<Facet['key'], string[]> {
  return {
    tier: [partner.tier.id],
    type: partner.types.map((term) => term.id),
    region: partner.regions.map((term) => term.id),
    industry: partner.industries.map((term) => term.id),
    integration: [...new Set(partner.integrations.map((integration) => integration.category.id))],
    // Only certifications that are current count: an expired one is not a reason to pick a partner.
    certification: partner.certifications.filter((c) => c.status !== 'expired').map((c) => c.id),
    headquarters: partner.headquarters ? [partner.headquarters.code] : [],
    language: partner.languages.map((language) => language.code),
  };
}

function facetsOf(
  partners: PartnerView[],
  terms: { tiers: Vocabulary; types: Vocabulary; regions: Vocabulary; industries: Vocabulary; categories: Vocabulary; certifications: Vocabulary },
): Facet[] {
  // Countries and languages are not a vocabulary of the program: the partners' own, by name.
  const named = (values: NamedCode[]): Vocabulary =>
    [...new Map(values.map((value) => [value.code, { id: value.code, name: value.name }])).values()].sort(byName);
  const definitions: Array<[Facet['key'], string, Vocabulary]> = [
    ['tier', 'Tier', terms.tiers],
    ['type', 'Partner type', terms.types],
    ['region', 'Region', terms.regions],
    ['industry', 'Industry', terms.industries],
    ['integration', 'Integration', terms.categories],
    ['certification', 'Certification', terms.certifications],
    ['headquarters', 'Headquarters', named(partners.flatMap((partner) => (partner.headquarters ? [partner.headquarters] : [])))],
    ['language', 'Language', named(partners.flatMap((partner) => partner.languages))],
  ];
  return countFacets(definitions, partners.map(facetValuesOf));
}

function brandColor({ name, hex, usage }: { name: string; hex: string; usage?: string | undefined }): BrandColor {
  const on = (background: string): Contrast => {
    const ratio = contrastRatio(hex, background);
    return { ratio, use: contrastUse(ratio) };
  };
  return { name, hex, usage, onWhite: on('#ffffff'), onBlack: on('#000000') };
}

/** Brand colours for light mode as written, and readable variants for dark mode. */
export function themeColors(colors: { primary: string; accent: string; background: string; text: string }): ThemeColors {
  const darkBackground = '#11141b';
  // Aim above AA on the page background: cards and panels are a shade lighter than it.
  const target = AA_TEXT + 0.5;
  return {
    ...colors,
    dark: {
      background: darkBackground,
      text: '#e7e9ef',
      primary: readableOn(colors.primary, darkBackground, '#ffffff', target),
      accent: readableOn(colors.accent, darkBackground, '#ffffff', target),
    },
  };
}
