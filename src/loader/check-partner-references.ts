// Entries that name partners must name real ones: the partners a case study or news post is about,
// and the partner an activity ledger is kept with (its file name).
import type { CrossCheck } from './cross-check.ts';
import { fields, strings } from './data-as-written.ts';
import { closest } from './did-you-mean.ts';
import { checkKnownValue } from './known-value.ts';

/** `partners: [slug, …]` in a case study's or news post's front matter. */
export const checkPartnerLists: CrossCheck = (files, { partnerSlugs }) => {
  for (const file of files) {
    for (const [slug, index] of strings(fields(file.raw).partners))
      checkKnownValue(file.report, ['partners', index], slug, partnerSlugs, 'partner', 'partners/ (the file names)');
  }
};

/** activity/<slug>.yaml is the ledger kept with partners/<slug>.yaml. */
export const checkLedgerPartners: CrossCheck = (files, { partnerSlugs }) => {
  for (const file of files) {
    if (partnerSlugs.has(file.source.slug)) continue;
    const guess = closest(file.source.slug, partnerSlugs);
    file.report.wholeFile('error', {
      code: 'no-partner-for-ledger',
      message: `there is no partner "${file.source.slug}" for this ledger`,
      fix: guess
        ? `did you mean activity/${guess}.yaml? The file name must match partners/<slug>.yaml`
        : 'name the file after the partner: activity/<slug>.yaml for partners/<slug>.yaml',
    });
  }
};
