// What a partner's profile offers a buyer beside the partner's own words: the way to ask for an
// introduction, and the date the program's seal vouches for.
import type { Program } from '../../schemas/program.ts';
import type { PartnerView } from '../model/model-types.ts';

export interface IntroductionLink {
  url: string;
  /** Whether it leaves the site for the program's form (a mailto opens the visitor's mail app). */
  external: boolean;
  /** One sentence under the button: where it leads. */
  note: string;
}

/**
 * "Request an introduction": the program's introduction form when program.yaml names one (with
 * ?partner=<slug>, so the program knows whom the buyer means), else an email to the partner's
 * first public contact with an address, its subject pre-filled; none when there is neither.
 */
export function introductionLink(
  program: Pick<Program, 'name' | 'introductionForm'>,
  partner: Pick<PartnerView, 'slug' | 'name' | 'contacts'>,
): IntroductionLink | undefined {
  if (program.introductionForm) {
    const url = new URL(program.introductionForm);
    url.searchParams.set('partner', partner.slug);
    return { url: url.href, external: true, note: `Tell ${program.name} what you need, and the partner team introduces you to ${partner.name}.` };
  }
  const contact = partner.contacts.find((c) => c.email);
  if (!contact?.email) return undefined;
  const subject = encodeURIComponent(`Introduction via ${program.name}`);
  return { url: `mailto:${contact.email}?subject=${subject}`, external: false, note: `Opens an email to ${contact.name} at ${partner.name}.` };
}

/**
 * The day the seal's "Verified, as of" names: when the partner's file last changed in the content's
 * history, else when its status last changed. Never the build date (issue 16: a page changes only
 * when what it describes changes); undefined when the history does not say.
 */
export const verifiedAsOf = (partner: Pick<PartnerView, 'updated' | 'statusSince'>): string | undefined => partner.updated ?? partner.statusSince;
