// Each partner is listed once: no two partners with the same name (as readers see names, look-alike
// letters included; name-collisions.ts) or the same website domain.
import type { CrossCheck } from './cross-check.ts';
import { fields, text } from './data-as-written.ts';
import { reportMixedScripts, reportNameClashes, type NamedEntry } from './name-collisions.ts';
import type { ParsedFile } from './parse-file.ts';

export const checkDuplicatePartners: CrossCheck = (files) => {
  const seenDomains = new Map<string, ParsedFile>();
  const partnerNames: NamedEntry[] = [];
  for (const file of files) {
    const partner = fields(file.raw);
    const name = text(partner.name);
    if (name) {
      partnerNames.push({ name, report: file.report, at: ['name'], where: file.source.relative });
      reportMixedScripts(name, file.report, ['name']);
    }
    const domain = websiteDomain(partner.website);
    const sameDomain = domain && seenDomains.get(domain);
    if (sameDomain) file.report.field(['website'], 'error', { code: 'duplicate-website', message: `${domain} is already the website of ${sameDomain.source.relative}`, fix: 'each partner is listed once: edit the existing file instead' });
    else if (domain) seenDomains.set(domain, file);
  }
  reportNameClashes(partnerNames, 'partner');
};

function websiteDomain(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value) || !URL.canParse(value)) return undefined;
  return new URL(value).hostname.replace(/^www\./, '').toLowerCase();
}
