// Checks that need more than one file: values the program defines (tiers, types, vocabularies,
// certifications, activity types), references between entries, duplicates, and the files that
// entries point at (logos, brand assets).
import { lstatSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrandFile } from '../../schemas/brand.ts';
import type { Program } from '../../schemas/program.ts';
import { certificationExpiry, certificationStatus } from '../shared/certification-status.ts';
import { daysBetween } from '../shared/dates.ts';
import { checkFileKind } from './check-file-kind.ts';
import { closest, listOf } from './did-you-mean.ts';
import { SYMLINK } from './read-content-folder.ts';
import { FileProblems } from './file-problems.ts';
import type { ParsedFile } from './load-content.ts';
import type { Problem } from './problem.ts';
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
}

/** Runs every cross-file check; returns how many referenced files (logos, assets) were checked. */
export async function checkCrossReferences(entries: ParsedEntries, context: Context): Promise<number> {
  const files = new ReferencedFiles(context);
  const program = entries.program?.data as Program | undefined;
  if (program && entries.program) {
    checkProgram(program, entries.program.report);
    if (program.site.logo) files.check(program.site.logo, entries.program.report, ['site', 'logo']);
  }
  const partnerSlugs = new Set(entries.partners.map((file) => file.source.slug));

  const seenNames = new Map<string, ParsedFile>();
  const seenDomains = new Map<string, ParsedFile>();
  for (const file of entries.partners) {
    // Written values, even when the file has schema errors elsewhere: every problem in one run.
    const partner = fields(file.raw);
    if (program) checkPartnerValues(partner, program, file.report, context.today);
    const logo = text(partner.logo);
    if (logo && isContentPath(logo)) files.check(logo, file.report, ['logo']);
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
    if (program) {
      const types = program.activityTypes.map((type) => type.id);
      items(fields(file.raw).entries).forEach(([entry, index]) => {
        const type = text(fields(entry).type);
        if (type) known(file.report, ['entries', index, 'type'], type, types, 'activity type', 'activityTypes in program.yaml');
      });
    }
  }

  const checkPartnerList = (file: ParsedFile) =>
    strings(fields(file.raw).partners).forEach(([slug, index]) => known(file.report, ['partners', index], slug, [...partnerSlugs], 'partner', 'partners/ (the file names)'));
  for (const file of entries.caseStudies) {
    checkPartnerList(file);
    const industry = text(fields(file.raw).industry);
    if (program && industry) known(file.report, ['industry'], industry, program.vocabularies.industries.map((term) => term.id), 'industry', 'vocabularies.industries in program.yaml');
  }
  for (const file of entries.news) checkPartnerList(file);

  const brand = entries.brand?.data as BrandFile | undefined;
  if (brand && entries.brand) {
    unique(entries.brand.report, brand.assets, ['assets'], 'brand asset');
    brand.assets.forEach((asset, index) => files.check(asset.file, entries.brand!.report, ['assets', index, 'file']));
  }
  return files.finish();
}

function checkProgram(program: Program, report: FileProblems) {
  unique(report, program.tiers, ['tiers'], 'tier');
  unique(report, program.partnerTypes, ['partnerTypes'], 'partner type');
  unique(report, program.certifications, ['certifications'], 'certification');
  unique(report, program.activityTypes, ['activityTypes'], 'activity type');
  for (const vocabulary of ['regions', 'industries', 'integrationCategories'] as const) {
    unique(report, program.vocabularies[vocabulary], ['vocabularies', vocabulary], 'term');
  }
  const tiers = program.tiers.map((tier) => tier.id);
  const activityTypes = program.activityTypes.map((type) => type.id);
  program.tiers.forEach((tier, t) =>
    tier.requirements.forEach((requirement, r) => {
      if (requirement.measure) known(report, ['tiers', t, 'requirements', r, 'measure', 'activity'], requirement.measure.activity, activityTypes, 'activity type', 'activityTypes');
    }),
  );
  program.support?.forEach((channel, c) => channel.tiers.forEach((tier, i) => known(report, ['support', c, 'tiers', i], tier, tiers, 'tier', 'tiers')));
  for (const group of ['access', 'education', 'business', 'innovation'] as const) {
    for (const [name, block] of Object.entries(program[group] ?? {})) {
      block?.tiers?.forEach((tier, i) => known(report, [group, name, 'tiers', i], tier, tiers, 'tier', 'tiers'));
    }
  }
}

function checkPartnerValues(partner: Record<string, unknown>, program: Program, report: FileProblems, today: string) {
  const ids = (terms: ReadonlyArray<{ id: string }>) => terms.map((term) => term.id);
  const tier = text(partner.tier);
  if (tier) known(report, ['tier'], tier, ids(program.tiers), 'tier', 'tiers in program.yaml');
  strings(partner.types).forEach(([type, i]) => known(report, ['types', i], type, ids(program.partnerTypes), 'partner type', 'partnerTypes in program.yaml'));
  strings(partner.regions).forEach(([region, i]) => known(report, ['regions', i], region, ids(program.vocabularies.regions), 'region', 'vocabularies.regions in program.yaml'));
  strings(partner.industries).forEach(([industry, i]) => known(report, ['industries', i], industry, ids(program.vocabularies.industries), 'industry', 'vocabularies.industries in program.yaml'));
  items(partner.integrations).forEach(([integration, i]) => {
    const category = text(fields(integration).category);
    if (category) known(report, ['integrations', i, 'category'], category, ids(program.vocabularies.integrationCategories), 'integration category', 'vocabularies.integrationCategories in program.yaml');
  });
  items(partner.certifications).forEach(([value, i]) => {
    const earned = fields(value);
    const id = text(earned.id);
    if (!id || !known(report, ['certifications', i, 'id'], id, ids(program.certifications), 'certification', 'certifications in program.yaml')) return;
    const certification = program.certifications.find((c) => c.id === id)!;
    const earnedOn = text(earned.earned);
    if (!earnedOn || !ISO_DATE.test(earnedOn)) return;
    const expires = certificationExpiry(earnedOn, text(earned.expires), certification.validityMonths);
    const daysLeft = daysBetween(today, expires);
    if ((partner.status ?? 'active') === 'active' && certificationStatus(expires, today) === 'expiring') {
      report.field(['certifications', i, earned.expires ? 'expires' : 'earned'], 'warning', `the ${certification.name} certification expires on ${expires}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`, 'renew it and update "earned" and "expires", or its badge will show it as expired');
    }
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Defensive readers for data as written: a value of the wrong type was already reported by the schema.
const fields = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const items = (value: unknown): Array<[unknown, number]> => (Array.isArray(value) ? value.map((item, index) => [item, index]) : []);
const strings = (value: unknown): Array<[string, number]> => items(value).filter((pair): pair is [string, number] => typeof pair[0] === 'string');
const isContentPath = (value: string) => !value.startsWith('/') && !value.split('/').includes('..');

function websiteDomain(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  return new URL(value).hostname.replace(/^www\./, '').toLowerCase();
}

/** Reports a value that is not among the program's `allowed` ids; returns whether it is known. */
function known(report: FileProblems, at: FieldPath, value: string, allowed: readonly string[], what: string, where: string): boolean {
  if (allowed.includes(value)) return true;
  const guess = closest(value, allowed);
  const article = /^[aeiou]/.test(what) ? 'an' : 'a';
  report.field(at, 'error', `"${value}" is not ${article} ${what} of this program`, guess ? `did you mean "${guess}"?` : allowed.length ? `use one of: ${listOf(allowed)} (defined in ${where})` : `define it in ${where} first`);
  return false;
}

function unique(report: FileProblems, items: ReadonlyArray<{ id: string }>, at: FieldPath, what: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report.field([...at, index, 'id'], 'error', `the ${what} id "${item.id}" is used twice`, 'give each one its own id');
    seen.add(item.id);
  });
}

function pathHasSymlink(root: string, relative: string): boolean {
  let current = root;
  for (const part of relative.split('/')) {
    current = path.join(current, part);
    const info = lstatSync(current, { throwIfNoEntry: false });
    if (!info) return false;
    if (info.isSymbolicLink()) return true;
  }
  return false;
}

/** Checks each referenced file once, however many entries point at it. */
class ReferencedFiles {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly context: Context;

  constructor(context: Context) {
    this.context = context;
  }

  check(relative: string, report: FileProblems, at: FieldPath) {
    const absolute = path.join(this.context.root, relative);
    if (!this.pending.has(absolute)) this.pending.set(absolute, this.run(relative, absolute, report, at));
  }

  async finish(): Promise<number> {
    await Promise.all(this.pending.values());
    return this.pending.size;
  }

  private async run(relative: string, absolute: string, report: FileProblems, at: FieldPath) {
    let bytes: Buffer;
    try {
      // A link (in the path's last part or any folder on the way) could point outside the content folder.
      if (pathHasSymlink(this.context.root, relative)) {
        report.field(at, 'error', `"${relative}" goes through a symbolic link: ${SYMLINK.message}`, SYMLINK.fix);
        return;
      }
      bytes = readFileSync(absolute); // synchronous: see parseFile in load-content.ts
    } catch {
      const folder = path.dirname(absolute);
      const siblings = await readdir(folder).catch(() => [] as string[]);
      const guess = closest(path.basename(relative), siblings);
      report.field(at, 'error', `the file "${relative}" does not exist`, guess ? `did you mean "${path.posix.join(path.posix.dirname(relative), guess)}"?` : `add it to ${this.context.display(folder)}/, or correct the path`);
      return;
    }
    for (const problem of await checkFileKind(relative, bytes)) {
      if (problem.line === undefined) report.field(at, 'error', problem.message, problem.fix);
      else new FileProblems(this.context.problems, this.context.display(absolute), report.entry).place(problem.line, problem.column ?? 1, at, 'error', problem.message, problem.fix);
    }
  }
}
