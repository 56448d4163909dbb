// The model: plain data computed once from the content and the build date. Pages only render it.

import type { BrandAsset } from '../../schemas/brand.ts';
import type { Program } from '../../schemas/program.ts';
import type { HistoryState } from '../loader/content-history.ts';
import type { KindViews } from '../loader/content-kinds.ts';
import type { App, CaseStudy, NewsPost, Partner } from '../loader/content-types.ts';
import type { routes } from '../routes.ts';
import type { Audience } from '../settings.ts';
import type { CertificationStatus } from '../shared/certification-status.ts';
import type { ContrastUse } from '../shared/colors.ts';
import type { InternalReciprocity, PublicActivity } from './audience.ts';
import type { CertifiedPeopleCount } from './certified-people.ts';
import type { ChangeEvent } from './changes.ts';
import type { Guide } from './guide.ts';
import type { KeyFigure } from './key-figures.ts';
import type { ProgramSection } from './program-sections.ts';
import type { PartnerReciprocity } from './reciprocity.ts';
import type { Scorecard } from './scorecards.ts';
import type { BenefitGroup, FeeLine, FeeView } from './tier-offer.ts';

export interface Term {
  id: string;
  name: string;
  description?: string | undefined;
}

/** active and expiring are current; expired and revoked are not. */
export type BadgeStatus = 'active' | 'expiring' | 'expired' | 'revoked';

/** What a badge says as of the build date (src/model/badges.ts). */
export interface BadgeFace {
  status: BadgeStatus;
  /** Left side of the badge. */
  label: string;
  /** Right side of the badge. */
  message: string;
  /** One line for people and screen readers, e.g. "Acorn Ledger is a Gold partner of … (verified 2026-11-21)". */
  description: string;
  /** The colour of the message side of a current badge, when not the site's primary: the tier's colour. */
  color?: string | undefined;
}

/** Where a partnership stands as of the build date: what its badges and its verify page say. */
export type Standing = 'current' | 'former' | 'inactive';

export interface LogoImage {
  /** Site path of the optimised image, content-hashed. */
  src: string;
  width: number;
  height: number;
}

export interface HeldCertification {
  id: string;
  name: string;
  earned: string;
  expires: string;
  status: CertificationStatus;
  /** The certification's badge, as of the build date, and where its files are. */
  badge: BadgeFace;
  badgeFiles: ReturnType<typeof routes.certificationBadges>;
}

/** Site paths of a partner's badge files. */
export type TierBadgeFiles = ReturnType<typeof routes.tierBadges>;

/** A country or language code with its English name: "GB", "United Kingdom". */
export interface NamedCode {
  code: string;
  name: string;
}

/** An image the build drew from content (a cover), with what it shows. */
export interface ShownImage extends LogoImage {
  alt: string;
}

export interface PartnerView {
  /** Immutable: the same under every slug the partner has had (src/model/entity-ids.ts). */
  id: string;
  slug: string;
  name: string;
  status: Partner['status'];
  summary: string;
  description: string | undefined;
  website: string;
  /** The country of the head office. */
  headquarters: NamedCode | undefined;
  /** Languages the partner works in, as written in the partner file. */
  languages: NamedCode[];
  founded: number | undefined;
  tier: Term;
  types: Term[];
  regions: Term[];
  industries: Term[];
  services: string[];
  integrations: Array<{ name: string; category: Term; description?: string | undefined; url?: string | undefined }>;
  certifications: HeldCertification[];
  /** How many people hold each certification now: counts only, the names in the partner file are private. */
  certifiedPeople: CertifiedPeopleCount[];
  /** Only contacts marked public: private ones never reach a page. */
  contacts: Array<{ name: string; role?: string | undefined; email?: string | undefined; url?: string | undefined }>;
  links: Array<{ label: string; url: string }>;
  since: string | undefined;
  featured: boolean;
  logo: LogoImage;
  caseStudies: Array<{ slug: string; title: string }>;
  /** Site path of the profile page (only active partners have one). */
  path: string;
  standing: Standing;
  /** The tier badge as of the build date, its files, and the proof page every badge links to. */
  badge: BadgeFace;
  badgeFiles: TierBadgeFiles;
  verifyPath: string;
  reviewed: string | undefined;
  /** Slugs the partner was listed under before: their pages redirect here. */
  formerSlugs: string[];
  /** What each side did for the other, its balance and the next step: internal build only, active partners only. */
  reciprocity: PartnerReciprocity | undefined;
  /** Whether the partner recorded an activity this quarter, when program.yaml publishes it (reciprocity.publish). */
  activeThisQuarter: boolean | undefined;
  /** The partner's scorecard page: internal build only, active partners only. */
  scorecardPath: string | undefined;
  /** When the partner's status last changed (from the content's git history); undefined when history does not say. */
  statusSince: string | undefined;
  /** When the partner's file last changed (from the content's git history); undefined when history does not say. */
  updated: string | undefined;
}

export interface TierView extends Term {
  rank: number;
  /** The first of `fees`, for readers of the older single fee. */
  fee: FeeView | undefined;
  /** What partners pay at this tier, in every currency listed. */
  fees: FeeView[];
  /** The fees as lines to show, one per label and period: "Yearly fee: €2,500 or £2,150 a year". */
  feeLines: FeeLine[];
  /** "By invitation", "Free", or the fee lines in one phrase. */
  price: string;
  /** Partners join only when invited: no fee and no apply link are shown. */
  invitationOnly: boolean;
  /** The colour of its tags and badges (white text on it); the site's own when undefined. */
  color: string | undefined;
  /** The tracks whose ladder holds this tier (none when the program has no tracks). */
  tracks: Term[];
  /** The benefits partners at this tier get, grouped, each cell with its value at this tier. */
  offer: Array<{ id: string; title: string; rows: Array<{ id: string; name: string; description: string | undefined; text: string }> }>;
  /** The benefits this tier adds, in the older per-tier form. */
  benefits: string[];
  /** The names of every benefit partners at this tier get. */
  allBenefits: string[];
  requirements: Program['tiers'][number]['requirements'];
  support: NonNullable<Program['support']>;
  partners: PartnerView[];
  path: string;
}

/** A ladder of tiers: a track of the program, or every tier when it has no tracks; with its comparison. */
export interface LadderView extends Term {
  partnerTypes: Term[];
  tiers: TierView[];
  /** The benefits matrix of these tiers, grouped by building block. */
  benefits: BenefitGroup[];
}

export interface FacetValue extends Term {
  count: number;
}

/** A directory filter: its Pagefind filter key, label, and values with the number of active partners. */
export interface Facet {
  key: 'tier' | 'type' | 'region' | 'industry' | 'integration' | 'certification' | 'headquarters' | 'language';
  label: string;
  values: FacetValue[];
}

export interface CaseStudyView extends Omit<CaseStudy, 'body' | 'file' | 'partners' | 'industry' | 'customer' | 'image'> {
  partners: Array<{ slug: string; name: string; path: string | undefined }>;
  /** The customer's industry, named by the program's vocabulary. */
  industry: Term | undefined;
  customer: { name: string; website: string | undefined; logo: LogoImage | undefined } | undefined;
  image: ShownImage | undefined;
  path: string;
}

export interface NewsView extends Omit<NewsPost, 'body' | 'file' | 'partners' | 'image'> {
  image: ShownImage | undefined;
  path: string;
}

/** How a colour reads on a background: its WCAG contrast ratio, and what that allows. */
export interface Contrast {
  ratio: number;
  use: ContrastUse;
}

/** A colour of the program's brand (branding.colors), with its contrast on white and on black. */
export interface BrandColor {
  name: string;
  hex: string;
  usage: string | undefined;
  onWhite: Contrast;
  onBlack: Contrast;
}

export interface ThemeColors {
  primary: string;
  accent: string;
  background: string;
  text: string;
  /** Readable variants for the dark colour scheme. */
  dark: { primary: string; accent: string; background: string; text: string };
}

export interface Model {
  /** The build date: decides certification expiry. Outputs state facts with their own dates, never "as of" this one. */
  today: string;
  /**
   * The date of the content's last change (its last commit touching the content folder), for what
   * must carry a date without changing every day; the build date when the content has no git history.
   */
  contentDate: string;
  /** When program.yaml last changed (its last commit; the build date without history): the date of what only the program states. */
  programDate: string;
  /** When a case study last changed (the build date without history). */
  caseStudiesDate: string;
  /** Every change event (src/model/changes.ts), newest first by (date, id): changes.json and the feeds. */
  changes: ChangeEvent[];
  /** What the events were computed from: the content's git history, a shallow clone's, or none. */
  history: { state: HistoryState; commits: number; revision: string | undefined };
  /** When the site was built (RFC 3339): stated only in /api/v1/status.json, the one file that changes with every build. */
  generatedAt: string;
  /** Who the site is for: the public site holds no internal data at all (src/model/audience.ts). */
  audience: Audience;
  program: Program;
  /** The company that runs the program: program.yaml's organization, else named as the program. */
  organization: { name: string; website: string | undefined };
  theme: ThemeColors;
  /** The program's own mark, when site.logo is set. */
  programLogo: LogoImage | undefined;
  /** The mark for dark backgrounds (site.logoDark), shown instead under prefers-color-scheme: dark. */
  programLogoDark: LogoImage | undefined;
  tiers: TierView[];
  /** The ladders partners climb: the program's tracks, or one ladder (id ALL_TIERS) of every tier. */
  ladders: LadderView[];
  /** Every benefit's name, in the order of the matrix. */
  benefits: string[];
  /** The benefits matrix over every tier in program order, grouped by building block: plain data for any page (the guide, the comparison). */
  benefitMatrix: BenefitGroup[];
  /** Every partner, any status, by name. */
  partners: PartnerView[];
  /** Active partners by name: the directory. */
  activePartners: PartnerView[];
  featuredPartners: PartnerView[];
  /** The program in a few numbers (partners, apps, countries, regions) for the home page (src/model/key-figures.ts). */
  keyFigures: KeyFigure[];
  /** The featured partners the home page shows as cards (a count that fills its rows), and the partners of its logo wall (src/model/key-figures.ts). */
  home: { featured: PartnerView[]; logoWall: PartnerView[] };
  facets: Facet[];
  integrationsByCategory: Array<{ category: Term; integrations: Array<{ name: string; url?: string | undefined; partner: PartnerView }> }>;
  caseStudies: CaseStudyView[];
  news: NewsView[];
  /** The building blocks the program defines, for /program/. */
  programSections: ProgramSection[];
  /** The whole program as one document, for /guide/ and /guide.pdf. */
  guide: Guide;
  /** The program's reciprocity report, the same numbers `npm run report` prints: internal build only. */
  reciprocity: InternalReciprocity | undefined;
  /** The positive summary program.yaml opts in to publish (reciprocity.publish), in either build. */
  publicActivity: PublicActivity | undefined;
  /** A scorecard per active partner, by name: internal build only (empty in the public build). */
  scorecards: Scorecard[];
  /** Whether the program has anything for the marketing toolkit (brand assets or branding). */
  toolkit: boolean;
  /** The program's own logos and assets (brand/brand.yaml), for the toolkit's downloads. */
  brandAssets: BrandAsset[];
  brandColors: BrandColor[];
  /** Each certification with the active partners holding it currently. */
  certifications: Array<Term & { validityMonths: number; url: string | undefined; holders: Array<{ partner: PartnerView; certification: HeldCertification }> }>;
  /** The marketplace: apps of active partners, by name. */
  apps: AppView[];
  /** Apps of partners that are not active: not listed anywhere, but their badges and verify pages say so. */
  unlistedApps: AppView[];
  /** Apps marked featured, for the showcase. */
  featuredApps: AppView[];
  /** Each active partner's apps, by the partner's slug. */
  appsOfPartner: ReadonlyMap<string, AppView[]>;
  appFacets: AppFacet[];
  /** Each app certification with the listed apps that hold it currently. */
  appCertifications: Array<Term & { criteria: string[]; validityMonths: number; url: string | undefined; holders: AppView[] }>;
  /** The views of kinds of content that declare their own (src/loader/content-kinds.ts), by their field of Content. */
  kinds: KindViews;
}

export interface ScreenshotImage extends LogoImage {
  caption: string;
}

/** An app (src/model/apps.ts). Listed when its partner is active; an unlisted one keeps only its badges and verify page. */
export interface AppView {
  /** Immutable: the same under every slug the app has had (src/model/entity-ids.ts). */
  id: string;
  slug: string;
  name: string;
  kind: Term;
  categories: Term[];
  summary: string;
  description: string | undefined;
  usesApis: string[];
  pricing: { model: Term; from: App['pricing']['from']; details: string | undefined /** e.g. "Paid, from 29 EUR a month". */; label: string };
  install: string;
  docs: string | undefined;
  support: string | undefined;
  privacyPolicy: string | undefined;
  regions: Term[];
  /** By language tag, named in English, e.g. { id: 'pt-BR', name: 'Portuguese (Brazil)' }. */
  languages: Term[];
  icon: LogoImage;
  screenshots: ScreenshotImage[];
  /** App certifications, each with its badge as of the build date. */
  certifications: HeldCertification[];
  listedSince: string;
  reviewed: string | undefined;
  featured: boolean;
  /** The partner behind it: active, unless the app is not listed. */
  partner: PartnerView;
  /** Whether the marketplace lists it: its partner is active. */
  listed: boolean;
  /** Its "Works with" badge as of the build date, its files, and the proof page the badges link to. */
  badge: BadgeFace;
  badgeFiles: ReturnType<typeof routes.appBadges>;
  verifyPath: string;
  /** Case studies about its partner, newest first. */
  caseStudies: Array<{ slug: string; title: string; path: string }>;
  path: string;
  /** When the app's file last changed (from the content's git history); undefined when history does not say. */
  updated: string | undefined;
}

/** A marketplace filter: its Pagefind filter key, label, and values with the number of listed apps. */
export interface AppFacet {
  key: 'category' | 'kind' | 'pricing' | 'certification' | 'tier' | 'region' | 'language';
  label: string;
  values: FacetValue[];
}
