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
import { RESERVED_SLUGS } from '../routes.ts';
import { hasRenditions, RENDITION_FORMATS, RENDITION_SIZES, toolkitOriginalPath, toolkitRenditionPath } from '../shared/toolkit-paths.ts';
import { checkBodyImages } from './check-body-images.ts';
import { ReferencedFiles } from './check-referenced-files.ts';
import { closest, listOf } from './did-you-mean.ts';
import { formatPath } from './field-path.ts';
import { FileProblems } from './file-problems.ts';
import { reportMixedScripts, reportNameClashes, type NamedEntry } from './name-collisions.ts';
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

  const seenDomains = new Map<string, ParsedFile>();
  const partnerNames: NamedEntry[] = [];
  for (const file of entries.partners) {
    const partner = fields(file.raw);
    if (ids) checkPartnerValues(partner, ids, file.report, context.today);
    checkReviewed(partner, file.report, context.today);
    const logo = text(partner.logo);
    if (logo) files.check(logo, 'logo', { report: file.report, path: ['logo'] });
    const name = text(partner.name);
    if (name) {
      partnerNames.push({ name, report: file.report, at: ['name'], where: file.source.relative });
      reportMixedScripts(name, file.report, ['name']);
    }
    const domain = websiteDomain(partner.website);
    const sameDomain = domain && seenDomains.get(domain);
    if (sameDomain) file.report.field(['website'], 'error', `${domain} is already the website of ${sameDomain.source.relative}`, 'each partner is listed once: edit the existing file instead');
    else if (domain) seenDomains.set(domain, file);
  }
  reportNameClashes(partnerNames, 'partner');
  checkFormerSlugs(entries.partners, partnerSlugs);

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
    checkToolkitFileNames(assets, entries.brand.report);
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
  // Ids are unique by their schemas; names must be told apart too, as visitors see names.
  const namedLists: Array<[FieldPath, string]> = [
    [['tiers'], 'tier'],
    [['partnerTypes'], 'partner type'],
    [['certifications'], 'certification'],
    [['activityTypes'], 'activity type'],
    [['vocabularies', 'regions'], 'region'],
    [['vocabularies', 'industries'], 'industry'],
    [['vocabularies', 'integrationCategories'], 'integration category'],
  ];
  for (const [at, what] of namedLists) {
    const named = items(valueAtPath(program, at)).flatMap(([item, index]): NamedEntry[] => {
      const name = text(fields(item).name);
      return name ? [{ name, report, at: [...at, index, 'name'], where: formatPath([...at, index], program) }] : [];
    });
    reportNameClashes(named, what);
    for (const entry of named) reportMixedScripts(entry.name, report, entry.at);
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

/**
 * A former slug keeps an old address alive, so it must be free: not a word the site uses for its
 * own pages, not a current partner's slug, and not claimed by two partners. A clash is reported at
 * the former slug, never at the partner whose file name it is, and at every file that claims it.
 */
function checkFormerSlugs(partners: ParsedFile[], partnerSlugs: ReadonlySet<string>) {
  const claims = new Map<string, Array<{ file: ParsedFile; index: number }>>();
  for (const file of partners) {
    strings(fields(file.raw).formerSlugs).forEach(([slug, index]) => {
      const at = ['formerSlugs', index];
      if (file.report.hasErrorAt(at)) return; // not a valid id, or a repeat in the same list
      if (slug === file.source.slug) file.report.field(at, 'error', `"${slug}" is this partner's own slug`, 'remove it: former slugs are the file names this partner had before');
      else if (RESERVED_SLUGS.has(slug)) file.report.field(at, 'error', `"${slug}" is a word the site uses for its own pages, not a former slug`, 'remove it: former slugs are the file names this partner had before');
      else if (partnerSlugs.has(slug)) file.report.field(at, 'error', `"${slug}" is the slug of a current partner (partners/${slug}.yaml)`, 'remove it: a former slug cannot take the address of a current partner');
      else claims.set(slug, [...(claims.get(slug) ?? []), { file, index }]);
    });
  }
  for (const [slug, claimants] of claims) {
    if (claimants.length < 2) continue;
    for (const { file, index } of claimants) {
      const others = claimants.filter((claimant) => claimant.file !== file).map((claimant) => claimant.file.source.relative);
      file.report.field(['formerSlugs', index], 'error', `"${slug}" is also a former slug of ${listOf(others, 3)}`, 'an old address can lead to one partner only: remove it from the file of the partner that never had it');
    }
  }
}

/**
 * The toolkit publishes each brand asset as /toolkit/<id>.<ext> and, for images, renditions named
 * /toolkit/<id>-<size>.<format> (src/shared/toolkit-paths.ts): an id such as "mark-64" for a PNG
 * would take the file name of the 64-pixel PNG of the asset "mark".
 */
function checkToolkitFileNames(assets: Array<[unknown, number]>, report: FileProblems) {
  const renditions = new Map<string, { id: string; size: number; format: string }>();
  for (const [asset] of assets) {
    const id = text(fields(asset).id);
    const file = text(fields(asset).file);
    if (!id || !file || !hasRenditions(file)) continue;
    for (const size of RENDITION_SIZES) for (const format of RENDITION_FORMATS) renditions.set(toolkitRenditionPath(id, size, format), { id, size, format });
  }
  for (const [asset, index] of assets) {
    const id = text(fields(asset).id);
    const file = text(fields(asset).file);
    const original = id && file ? toolkitOriginalPath(id, file) : undefined;
    const taken = original && renditions.get(original);
    if (!taken || report.hasErrorAt(['assets', index, 'id'])) continue;
    report.field(['assets', index, 'id'], 'error', `the id "${id}" would publish this file as ${original}, the name of the ${taken.size}-pixel ${taken.format.toUpperCase()} of "${taken.id}"`, `choose an id that does not end in -${taken.size}: the toolkit adds -${RENDITION_SIZES.join(', -')} to "${taken.id}" for its sizes`);
  }
}

// Defensive readers for data as written: a value of the wrong type was already reported by the schema.
const fields = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const items = (value: unknown): Array<[unknown, number]> => (Array.isArray(value) ? value.map((item, index) => [item, index]) : []);
const strings = (value: unknown): Array<[string, number]> => items(value).filter((pair): pair is [string, number] => typeof pair[0] === 'string');
const valueAtPath = (value: unknown, at: FieldPath): unknown => at.reduce<unknown>((current, key) => fields(current)[String(key)], value);

function websiteDomain(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value) || !URL.canParse(value)) return undefined;
  return new URL(value).hostname.replace(/^www\./, '').toLowerCase();
}
