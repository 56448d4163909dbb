// Checks that need more than one file, one job per file (check-*.ts), run in order: values the
// program defines (tiers, types, vocabularies, certifications, activity types), references between
// entries, duplicates, and the files that entries point at (logos, brand assets, images in posts).
//
// Every check reads the data as written, not the schema's output (data-as-written.ts), so one
// mistake elsewhere in a file (or in program.yaml) never switches other checks off. A value that
// already failed its schema is not checked again, so each mistake is reported once.
import { checkBodyImages } from './check-body-images.ts';
import { checkCertificationExpiry } from './check-certification-expiry.ts';
import { checkColourContrast } from './check-colour-contrast.ts';
import { checkActivityTypes, checkCaseStudyIndustry, checkPartnerValues, checkProgramReferences } from './check-defined-values.ts';
import { checkDuplicatePartners } from './check-duplicate-partners.ts';
import { checkFormerSlugs } from './check-former-slugs.ts';
import { checkBrandAssetFiles, checkPartnerLogos, checkProgramLogo } from './check-named-files.ts';
import { checkLedgerPartners, checkPartnerLists } from './check-partner-references.ts';
import { checkProgramNames } from './check-program-names.ts';
import { ReferencedFiles, type ReferencedFilesContext } from './check-referenced-files.ts';
import { checkReviewedDates } from './check-reviewed-dates.ts';
import { checkToolkitFileNames } from './check-toolkit-file-names.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields } from './data-as-written.ts';
import type { ParsedFile } from './parse-file.ts';
import { programIds } from './program-ids.ts';
import type { PublishedFiles } from './published-files.ts';

export interface ParsedEntries {
  program: ParsedFile | undefined;
  brand: ParsedFile | undefined;
  partners: ParsedFile[];
  activity: ParsedFile[];
  caseStudies: ParsedFile[];
  news: ParsedFile[];
}

interface Context extends ReferencedFilesContext {
  today: string;
}

/**
 * The jobs, in the order they run. The order is part of the output: a file named twice (a logo
 * that is also the program's) is reported where it is named first.
 */
const JOBS: Array<[keyof ParsedEntries, CrossCheck[]]> = [
  ['program', [checkProgramNames, checkProgramReferences, checkColourContrast, checkProgramLogo]],
  ['partners', [checkPartnerValues, checkCertificationExpiry, checkReviewedDates, checkPartnerLogos, checkDuplicatePartners, checkFormerSlugs]],
  ['activity', [checkLedgerPartners, checkActivityTypes]],
  ['caseStudies', [checkBodyImages, checkPartnerLists, checkCaseStudyIndustry]],
  ['news', [checkBodyImages, checkPartnerLists]],
  ['brand', [checkToolkitFileNames, checkBrandAssetFiles]],
];

/** Runs every cross-file check; returns how many referenced files (logos, assets, images) were checked, and those the site may publish. */
export async function checkCrossReferences(entries: ParsedEntries, context: Context): Promise<{ checkedFiles: number; published: PublishedFiles }> {
  const files = new ReferencedFiles(context);
  const lookups = {
    today: context.today,
    ids: entries.program ? programIds(fields(entries.program.raw)) : undefined,
    partnerSlugs: new Set(entries.partners.map((file) => file.source.slug)),
    files,
  };
  for (const [kind, checks] of JOBS) {
    const ofKind = entries[kind];
    const list = ofKind === undefined ? [] : Array.isArray(ofKind) ? ofKind : [ofKind];
    for (const check of checks) check(list, lookups);
  }
  return { checkedFiles: await files.finish(), published: files.published };
}
