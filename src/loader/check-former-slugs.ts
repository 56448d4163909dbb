// A former slug keeps an old address alive, so it must be free: not a word the site uses for its
// own pages, not a current partner's slug, and not claimed by two partners. A clash is reported at
// the former slug, never at the partner whose file name it is, and at every file that claims it.
import { RESERVED_SLUGS } from '../routes.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, strings } from './data-as-written.ts';
import { listOf } from './did-you-mean.ts';
import type { ParsedFile } from './parse-file.ts';

export const checkFormerSlugs: CrossCheck = (files, { partnerSlugs }) => {
  const claims = new Map<string, Array<{ file: ParsedFile; index: number }>>();
  for (const file of files) {
    strings(fields(file.raw).formerSlugs).forEach(([slug, index]) => {
      const at = ['formerSlugs', index];
      if (file.report.hasErrorAt(at)) return; // not a valid id, or a repeat in the same list
      if (slug === file.source.slug)
        file.report.field(at, 'error', {
          code: 'former-slug-is-own-slug',
          message: `"${slug}" is this partner's own slug`,
          fix: 'remove it: former slugs are the file names this partner had before',
        });
      else if (RESERVED_SLUGS.has(slug))
        file.report.field(at, 'error', {
          code: 'former-slug-reserved',
          message: `"${slug}" is a word the site uses for its own pages, not a former slug`,
          fix: 'remove it: former slugs are the file names this partner had before',
        });
      else if (partnerSlugs.has(slug))
        file.report.field(at, 'error', {
          code: 'former-slug-taken',
          message: `"${slug}" is the slug of a current partner (partners/${slug}.yaml)`,
          fix: 'remove it: a former slug cannot take the address of a current partner',
        });
      else claims.set(slug, [...(claims.get(slug) ?? []), { file, index }]);
    });
  }
  for (const [slug, claimants] of claims) {
    if (claimants.length < 2) continue;
    for (const { file, index } of claimants) {
      const others = claimants.filter((claimant) => claimant.file !== file).map((claimant) => claimant.file.source.relative);
      file.report.field(['formerSlugs', index], 'error', {
        code: 'former-slug-claimed-twice',
        message: `"${slug}" is also a former slug of ${listOf(others, 3)}`,
        fix: 'an old address can lead to one partner only: remove it from the file of the partner that never had it',
      });
    }
  }
};
