// Checks that need more than one file: values the program defines (tiers, types, vocabularies,
// certifications, activity types), references between entries, duplicates, and the files that
// entries point at (logos, brand assets, images in posts).
//
// Every check reads the data as written, not the schema's output, so one mistake elsewhere in a
// file (or in program.yaml) never switches other checks off. A value that already failed its
// schema is not checked again, so each mistake is reported once.
import { HEX_COLOR } from '../../schemas/common.ts';
import { DEFAULT_ACTIVITY_TYPES, DEFAULT_SITE_COLORS } from '../../schemas/program.ts';
import { certificationExpiry, certificationStatus } from '../shared/certification-status.ts';
import { AA_TEXT, contrastRatio, readableOn } from '../shared/colors.ts';
import { addMonths, daysBetween, isCalendarDate } from '../shared/dates.ts';
import { checkBodyImages } from './check-body-images.ts';
import { ReferencedFiles } from './check-referenced-files.ts';
import { closest, listOf } from './did-you-mean.ts';
import type { FileProblems } from './file-problems.ts';
import type { ParsedFile } from './parse-file.ts';
import type { Problem } from './problem.ts';
import type { PublishedFiles } from './published-files.ts';
import type { ReferencedFileOutcome } from './referenced-file.ts';
import type { FieldPath } from './yaml-document.ts';

export interface ParsedEntries {
  program: ParsedFile | undefined;
  brand: ParsedFile | undefined;
  partners: ParsedFile[];
  activity: ParsedFile[];
  caseStudies: ParsedFile[];
  news: ParsedFile[];
}

interface Context {
  root: string;
  today: string;
  problems: Problem[];
  display: (absolute: string) => string;
  /** Referenced files already inspected while parsing (in worker threads), by path as written. */
  inspected?: ReadonlyMap<string, ReferencedFileOutcome>;
}

/** The ids program.yaml defines, read defensively from the data as written. */
interface ProgramIds {
  tiers: string[];
  partnerTypes: string[];
  regions: string[];
  industries: string[];
  integrationCategories: string[];
  activityTypes: string[];
  certifications: Map<string, { name: string; validityMonths: number | undefined }>;
}

/** Runs every cross-file check; returns how many referenced files (logos, assets, images) were checked, and those the site may publish. */
export async function checkCrossReferences(entries: ParsedEntries, context: Context): Promise<{ checkedFiles: number; published: PublishedFiles }> {
  const files = new ReferencedFiles(context);
  const program = entries.program ? fields(entries.program.raw) : undefined;
  const ids = program ? programIds(program) : undefined;
  if (program && ids && entries.program) {
    checkProgram(program, ids, entries.program.report);
    checkColourContrast(program, entries.program.report);
    const logo = text(fields(program.site).logo);
    if (logo) files.check(logo, 'logo', { report: entries.program.report, path: ['site', 'logo'] });
  }
  const partnerSlugs = new Set(entries.partners.map((file) => file.source.slug));

  const seenNames = new Map<string, ParsedFile>();
  const seenDomains = new Map<string, ParsedFile>();
  const formerOwners = new Map<string, ParsedFile>();
  for (const file of entries.partners) {
    const partner = fields(file.raw);
    if (ids) checkPartnerValues(partner, ids, file.report, context.today);
    checkReviewed(partner, file.report, context.today);
    strings(partner.formerSlugs).forEach(([slug, i]) => {
      const owner = formerOwners.get(slug);
      if (partnerSlugs.has(slug)) file.report.field(['formerSlugs', i], 'error', `"${slug}" is the slug of a current partner (partners/${slug}.yaml)`, 'a former slug must be free: remove it, or rename that partner first');
      else if (owner) file.report.field(['formerSlugs', i], 'error', `"${slug}" is already a former slug of ${owner.source.relative}`, 'each old URL can lead to one partner only');
      else formerOwners.set(slug, file);
    });
    const logo = text(partner.logo);
    if (logo) files.check(logo, 'logo', { report: file.report, path: ['logo'] });
    const name = text(partner.name)?.trim().toLowerCase();
    const sameName = name && seenNames.get(name);
    if (sameName) file.report.field(['name'], 'error', `another partner is already called "${text(partner.name)}" (${sameName.source.relative})`, 'each partner is listed once: edit the existing file instead, or use the full legal name');
    else if (name) seenNames.set(name, file);
    const domain = websiteDomain(partner.website);
    const sameDomain = domain && seenDomains.get(domain);
    if (sameDomain) file.report.field(['website'], 'error', `${domain} is already the website of ${sameDomain.source.relative}`, 'each partner is listed once: edit the existing file instead');
    else if (domain) seenDomains.set(domain, file);
  }

  for (const file of entries.activity) {
    if (!partnerSlugs.has(file.source.slug)) {
      const guess = closest(file.source.slug, partnerSlugs);
      file.report.place(1, 1, [], 'error', `there is no partner "${file.source.slug}" for this ledger`, guess ? `did you mean activity/${guess}.yaml? The file name must match partners/<slug>.yaml` : 'name the file after the partner: activity/<slug>.yaml for partners/<slug>.yaml');
    }
    if (ids) {
      items(fields(file.raw).entries).forEach(([entry, index]) => {
        const type = text(fields(entry).type);
        if (type) known(file.report, ['entries', index, 'type'], type, ids.activityTypes, 'activity type', 'activityTypes in program.yaml');
      });
    }
  }

  const checkPartnerList = (file: ParsedFile) =>
    strings(fields(file.raw).partners).forEach(([slug, index]) => known(file.report, ['partners', index], slug, partnerSlugs, 'partner', 'partners/ (the file names)'));
  for (const file of [...entries.caseStudies, ...entries.news]) checkBodyImages(file, files);
  for (const file of entries.caseStudies) {
    checkPartnerList(file);
    const industry = text(fields(file.raw).industry);
    if (ids && industry) known(file.report, ['industry'], industry, ids.industries, 'industry', 'vocabularies.industries in program.yaml');
  }
  for (const file of entries.news) checkPartnerList(file);

  if (entries.brand) {
    const assets = items(fields(entries.brand.raw).assets);
    unique(entries.brand.report, assets, ['assets'], 'brand asset');
    for (const [asset, index] of assets) {
      const file = text(fields(asset).file);
      if (file) files.check(file, 'brand', { report: entries.brand.report, path: ['assets', index, 'file'] });
    }
  }
  return { checkedFiles: await files.finish(), published: files.published };
}

function programIds(program: Record<string, unknown>): ProgramIds {
  const vocabularies = fields(program.vocabularies);
  const idsOf = (list: unknown) => items(list).flatMap(([item]) => text(fields(item).id) ?? []);
  return {
    tiers: idsOf(program.tiers),
    partnerTypes: idsOf(program.partnerTypes),
    regions: idsOf(vocabularies.regions),
    industries: idsOf(vocabularies.industries),
    integrationCategories: idsOf(vocabularies.integrationCategories),
    activityTypes: program.activityTypes === undefined ? DEFAULT_ACTIVITY_TYPES.map((type) => type.id) : idsOf(program.activityTypes),
    certifications: new Map(
      items(program.certifications).flatMap(([item]) => {
        const certification = fields(item);
        const id = text(certification.id);
        const months = certification.validityMonths;
        return id ? [[id, { name: text(certification.name) ?? id, validityMonths: typeof months === 'number' ? months : undefined }] as const] : [];
      }),
    ),
  };
}

function checkProgram(program: Record<string, unknown>, ids: ProgramIds, report: FileProblems) {
  unique(report, items(program.tiers), ['tiers'], 'tier');
  unique(report, items(program.partnerTypes), ['partnerTypes'], 'partner type');
  unique(report, items(program.certifications), ['certifications'], 'certification');
  unique(report, items(program.activityTypes), ['activityTypes'], 'activity type');
  const vocabularies = fields(program.vocabularies);
  for (const vocabulary of ['regions', 'industries', 'integrationCategories'] as const) {
    unique(report, items(vocabularies[vocabulary]), ['vocabularies', vocabulary], 'term');
  }
  items(program.tiers).forEach(([tier, t]) =>
    items(fields(tier).requirements).forEach(([requirement, r]) => {
      const activity = text(fields(fields(requirement).measure).activity);
      if (activity) known(report, ['tiers', t, 'requirements', r, 'measure', 'activity'], activity, ids.activityTypes, 'activity type', 'activityTypes');
    }),
  );
  items(program.support).forEach(([channel, c]) => strings(fields(channel).tiers).forEach(([tier, i]) => known(report, ['support', c, 'tiers', i], tier, ids.tiers, 'tier', 'tiers')));
  for (const group of ['access', 'education', 'business', 'innovation'] as const) {
    for (const [name, block] of Object.entries(fields(program[group]))) {
      strings(fields(block).tiers).forEach(([tier, i]) => known(report, [group, name, 'tiers', i], tier, ids.tiers, 'tier', 'tiers'));
    }
  }
}

/** The brand colours are used as text on background, links, and button labels on the primary colour. */
function checkColourContrast(program: Record<string, unknown>, report: FileProblems) {
  const colors = fields(fields(program.site).colors);
  // As the site will use them: the colour written, or the schema's default when there is none.
  const hex = (name: keyof typeof DEFAULT_SITE_COLORS) => {
    const value = text(colors[name]);
    return value === undefined ? DEFAULT_SITE_COLORS[name] : HEX_COLOR.test(value) ? value : undefined;
  };
  const background = hex('background');
  const primary = hex('primary');
  const pairs: Array<[string, string | undefined, string | undefined, string]> = [
    ['text', hex('text'), background, 'body text on the background'],
    ['primary', primary, background, 'links on the background'],
    ['accent', hex('accent'), background, 'accents on the background'],
  ];
  for (const [name, foreground, against, use] of pairs) {
    if (!foreground || !against) continue;
    const ratio = contrastRatio(foreground, against);
    if (ratio < AA_TEXT) {
      report.field(colors[name] === undefined ? ['site', 'colors'] : ['site', 'colors', name], 'warning', `${name} ${foreground} on ${against} has a contrast ratio of ${ratio.toFixed(2)}:1, below the 4.5:1 WCAG AA needs for ${use}`, `pick a ${name} colour with more contrast, e.g. ${readableOn(foreground, against, contrastRatio('#000000', against) > contrastRatio('#ffffff', against) ? '#000000' : '#ffffff')}`);
    }
  }
  if (primary && contrastRatio('#ffffff', primary) < AA_TEXT) {
    report.field(['site', 'colors', 'primary'], 'warning', `white button labels on primary ${primary} have a contrast ratio of ${contrastRatio('#ffffff', primary).toFixed(2)}:1, below 4.5:1`, `pick a darker primary colour, e.g. ${readableOn(primary, '#ffffff', '#000000')}`);
  }
}

function checkPartnerValues(partner: Record<string, unknown>, ids: ProgramIds, report: FileProblems, today: string) {
  const tier = text(partner.tier);
  if (tier) known(report, ['tier'], tier, ids.tiers, 'tier', 'tiers in program.yaml');
  strings(partner.types).forEach(([type, i]) => known(report, ['types', i], type, ids.partnerTypes, 'partner type', 'partnerTypes in program.yaml'));
  strings(partner.regions).forEach(([region, i]) => known(report, ['regions', i], region, ids.regions, 'region', 'vocabularies.regions in program.yaml'));
  strings(partner.industries).forEach(([industry, i]) => known(report, ['industries', i], industry, ids.industries, 'industry', 'vocabularies.industries in program.yaml'));
  items(partner.integrations).forEach(([integration, i]) => {
    const category = text(fields(integration).category);
    if (category) known(report, ['integrations', i, 'category'], category, ids.integrationCategories, 'integration category', 'vocabularies.integrationCategories in program.yaml');
  });
  items(partner.certifications).forEach(([value, i]) => {
    const earned = fields(value);
    const id = text(earned.id);
    if (!id || !known(report, ['certifications', i, 'id'], id, [...ids.certifications.keys()], 'certification', 'certifications in program.yaml')) return;
    const certification = ids.certifications.get(id)!;
    const earnedOn = text(earned.earned);
    const written = text(earned.expires);
    if (!earnedOn || !isCalendarDate(earnedOn) || (written !== undefined && !isCalendarDate(written)) || (!written && certification.validityMonths === undefined)) return;
    const expires = certificationExpiry(earnedOn, written, certification.validityMonths ?? 0);
    if ((partner.status ?? 'active') === 'active' && certificationStatus(expires, today) === 'expiring') {
      const daysLeft = daysBetween(today, expires);
      report.field(['certifications', i, written ? 'expires' : 'earned'], 'warning', `the ${certification.name} certification expires on ${expires}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`, 'renew it and update "earned" and "expires", or its badge will show it as expired');
    }
  });
}

/** Listings are reviewed at least once a year; `since` stands in when a listing was never reviewed. */
function checkReviewed(partner: Record<string, unknown>, report: FileProblems, today: string) {
  if ((partner.status ?? 'active') !== 'active') return;
  const reviewed = text(partner.reviewed);
  const basis = reviewed ?? text(partner.since);
  if (!basis || !isCalendarDate(basis) || basis > addMonths(today, -12)) return;
  report.field(reviewed ? ['reviewed'] : [], 'warning', reviewed ? `this listing was last reviewed on ${reviewed}, more than 12 months ago` : `this listing has no review date and has been listed since ${basis}`, `check the details with the partner, then set "reviewed: ${today}"`);
}

/** Reports a value that is not among the program's `allowed` ids; returns whether it is known. */
/** `allowed` may be a set: the partner slugs of a large program are looked up, not listed, unless the value is unknown. */
function known(report: FileProblems, at: FieldPath, value: string, allowedIds: readonly string[] | ReadonlySet<string>, what: string, where: string): boolean {
  if ('has' in allowedIds ? allowedIds.has(value) : allowedIds.includes(value)) return true;
  if (report.hasErrorAt(at)) return false; // already reported by its schema (e.g. not a valid id)
  const allowed = [...allowedIds];
  const guess = closest(value, allowed);
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  report.field(at, 'error', `"${value}" is not ${article} ${what} of this program`, guess ? `did you mean "${guess}"?` : allowed.length ? `use one of: ${listOf(allowed)} (defined in ${where})` : `define it in ${where} first`);
  return false;
}

function unique(report: FileProblems, list: Array<[unknown, number]>, at: FieldPath, what: string) {
  const seen = new Set<string>();
  for (const [item, index] of list) {
    const id = text(fields(item).id);
    if (id === undefined) continue;
    if (seen.has(id)) report.field([...at, index, 'id'], 'error', `the ${what} id "${id}" is used twice`, 'give each one its own id');
    seen.add(id);
  }
}

// Defensive readers for data as written: a value of the wrong type was already reported by the schema.
const fields = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const items = (value: unknown): Array<[unknown, number]> => (Array.isArray(value) ? value.map((item, index) => [item, index]) : []);
const strings = (value: unknown): Array<[string, number]> => items(value).filter((pair): pair is [string, number] => typeof pair[0] === 'string');

function websiteDomain(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value) || !URL.canParse(value)) return undefined;
  return new URL(value).hostname.replace(/^www\./, '').toLowerCase();
}
