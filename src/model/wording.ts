// Every word a reader sees for a status or a label, in one place, so that badges, pages and the
// CLI report never word the same state two ways by accident. Whole sentences (a badge's
// description, a page's explanations) stay with what they describe; the words they are built
// from are here. The model and the CLI use these, and pages import them to render.
import type { APP_KINDS, PRICING_MODELS } from '../../schemas/app.ts';
import type { Program } from '../../schemas/program.ts';
import type { CertificationStatus } from '../shared/certification-status.ts';
import type { ContrastUse } from '../shared/colors.ts';
import type { BadgeStatus, Standing } from './model-types.ts';
import type { RequirementState } from './reciprocity.ts';

/**
 * Who is named where a sentence speaks of the company (what it did, what it owes): program.yaml's
 * organization, else the program itself. Where a sentence speaks of the program (its partners,
 * its badges, joining it), the program's name is right.
 */
export const organizationName = (program: Pick<Program, 'name' | 'organization'>): string => program.organization?.name ?? program.name;

/** The right side of a badge. */
export const BADGE_MESSAGES = {
  tier: (tierName: string) => `${tierName} partner`,
  worksWith: (programName: string) => programName,
  unlisted: 'no longer listed',
  former: 'former partner',
  inactive: 'partnership inactive',
  revoked: 'revoked',
  valid: (expires: string) => `valid until ${expires}`,
  expiring: (expires: string) => `expires ${expires}`,
  expired: (expires: string) => `expired ${expires}`,
} as const;

/** A badge's status, as the verify page states it beside the badge's message. */
export const BADGE_STATUS_WORDS: Record<BadgeStatus, string> = {
  active: 'Current',
  expiring: 'Current, expiring soon',
  expired: 'No longer valid',
  revoked: 'Revoked',
};

/** The verify page's verdict on a partnership, in a few words. */
export function standingHeadline(standing: Standing, tierName: string): string {
  switch (standing) {
    case 'current':
      return `Current ${tierName} partner`;
    case 'former':
      return 'Not a current partner.';
    case 'inactive':
      return 'Partnership inactive.';
  }
}

/** A held certification's status as of the build date, on a partner's profile. */
export const CERTIFICATION_STATUS_WORDS: Record<CertificationStatus, string> = {
  valid: 'valid',
  expiring: 'expiring soon',
  expired: 'expired',
};

/** A held certification on the verify page, by its badge's status: a partnership that ended revokes it. */
export const VERIFIED_CERTIFICATION_WORDS: Record<BadgeStatus, string> = {
  active: 'Valid',
  expiring: 'Valid, expiring soon',
  expired: 'Expired',
  revoked: 'No longer valid: the partnership ended',
};

/** A tier requirement in the current period. */
export const REQUIREMENT_STATE_WORDS: Record<RequirementState, string> = {
  met: 'met',
  'at-risk': 'at risk',
  missing: 'missing',
};

/** What a brand colour may be used for on a background, by WCAG AA. */
export const CONTRAST_USE_WORDS: Record<ContrastUse, string> = {
  text: 'AA for text',
  'large-text': 'AA for large text',
  decoration: 'decoration only',
};

/** People holding a certification, counted: "1 person", "3 people". */
export const peopleWord = (count: number) => (count === 1 ? 'person' : 'people');

/** The marketplace's words for each kind of app and pricing model. */
export const APP_KIND_NAMES: Record<(typeof APP_KINDS)[number], string> = {
  app: 'App',
  integration: 'Integration',
  connector: 'Connector',
  template: 'Template',
  plugin: 'Plugin',
};
export const PRICING_NAMES: Record<(typeof PRICING_MODELS)[number], string> = {
  free: 'Free',
  freemium: 'Freemium',
  paid: 'Paid',
  contact: 'Price on request',
};

/**
 * A content name (an activity type, a metric, a title) inside a generated sentence: "2 more case
 * studies", "2 more API integrations", "3 more Quillstack webinars". Only the first letter may go
 * down, and only when the first word is an ordinary capitalised word ("Case study" → "case
 * study"). Acronyms and words with capitals inside ("API design", "CRM", "iOS app", "eBay
 * listing"), and names the program knows as proper names (its own, its organisation's, a
 * certification's, a partner's: `properNames`), stay as written; so does everything after the
 * first letter. Never `toLowerCase()` a whole name: it turned "Teaching API design" into
 * "teaching api design".
 */
export function inSentence(name: string, properNames: Iterable<string> = []): string {
  const first = /^\p{Lu}\p{Ll}+(?=$|[\s,.:;!?)'’-])/u.exec(name)?.[0];
  if (!first) return name;
  for (const proper of properNames) {
    // A proper name that starts the content name, or whose first word does ("Quillstack" in "Quillstack webinar").
    if (proper && (name.startsWith(proper) || proper.split(/\s+/)[0] === first)) return name;
  }
  return `${first[0]!.toLowerCase()}${name.slice(1)}`;
}
