// Each partner is listed once: no two partners with the same name (as readers see names, look-alike
// letters included; name-collisions.ts) or the same website domain, compared the same way: a
// look-alike domain (https://аcorn-ledger.example with a Cyrillic а) is another partner's site.
import { domainToUnicode } from 'node:url';
import { lookAlikeKeys } from '../shared/name-key.ts';
import { showInvisible } from '../shared/unsafe-characters.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, text } from './data-as-written.ts';
import { type NamedEntry, reportMixedScripts, reportNameClashes } from './name-collisions.ts';
import type { ParsedFile } from './parse-file.ts';

export const checkDuplicatePartners: CrossCheck = (files) => {
  const sites: Array<{ file: ParsedFile; domain: string }> = [];
  const partnerNames: NamedEntry[] = [];
  for (const file of files) {
    const partner = fields(file.raw);
    const name = text(partner.name);
    if (name) {
      partnerNames.push({ name, report: file.report, at: ['name'], where: file.source.relative });
      reportMixedScripts(name, file.report, ['name']);
    }
    const domain = websiteDomain(partner.website);
    if (domain) sites.push({ file, domain });
  }
  reportNameClashes(partnerNames, 'partner');
  reportSharedDomains(sites);
};

/** Two partners on one domain, or on domains that look the same: an error at both, each naming the other. */
function reportSharedDomains(sites: ReadonlyArray<{ file: ParsedFile; domain: string }>) {
  // Look-alike letters need an internationalised domain (punycode, xn--) on one side: without one,
  // the domains as written are all there is to compare, and 10,000 skeletons are not worked out.
  const lookAlikes = sites.some((site) => site.domain.includes('xn--'));
  const byKey = new Map<string, number[]>();
  sites.forEach((site, index) => {
    for (const key of lookAlikes ? new Set(domainKeys(site.domain)) : [site.domain]) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const clashes = sites.map(() => new Set<number>());
  for (const group of byKey.values()) for (const index of group) for (const other of group) if (other !== index) clashes[index]!.add(other);
  sites.forEach((site, index) => {
    const [first] = [...clashes[index]!].map((other) => sites[other]!);
    if (!first) return;
    const where = first.file.source.relative;
    const message =
      first.domain === site.domain
        ? `${site.domain} is also the website of ${where}`
        : `${shown(site.domain)} looks like ${shown(first.domain)}, the website of ${where}`;
    site.file.report.field(['website'], 'error', {
      code: 'duplicate-website',
      message,
      fix: 'each partner is listed once: keep one of the two files, and check which company owns the domain',
    });
  });
}

/** A domain as a reader sees it: "xn--corn-ledger-xij.example" is shown as "аcorn-ledger.example (xn--corn-ledger-xij.example)". */
function shown(domain: string): string {
  const unicode = domainToUnicode(domain);
  return unicode === domain ? domain : `${showInvisible(unicode)} (${domain})`;
}

/** The domain as written and as it looks: "xn--corn-ledger-…" is shown as "аcorn-ledger", which looks like "acorn-ledger". */
function domainKeys(domain: string): string[] {
  return [domain, ...lookAlikeKeys(domainToUnicode(domain))];
}

function websiteDomain(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value) || !URL.canParse(value)) return undefined;
  return new URL(value).hostname.replace(/^www\./, '').toLowerCase();
}
