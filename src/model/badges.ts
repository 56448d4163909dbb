// What each badge says. A badge never outlives the partnership: an inactive, former or lapsed
// partner's badge (and its apps' badges) says so, and never shows the tier or certification it had.
// A badge states facts that carry their own dates (a certification's expiry), never "as of" the
// build date, so its files change only when what it describes changes (issue 16).
import type { BadgeFace, HeldCertification, PartnerView, Standing } from './model-types.ts';
import { BADGE_MESSAGES } from './wording.ts';

type PartnerFacts = Pick<PartnerView, 'name' | 'status' | 'tier'>;

/** Where the partnership stands: the one verdict the tier badge, the certification badges and the verify page share. */
export function standingOf(status: PartnerView['status']): Standing {
  return status === 'active' ? 'current' : status === 'alumni' ? 'former' : 'inactive';
}

/** `tierColor` draws a current badge in the tier's colour. */
export function tierBadge(partner: PartnerFacts, programName: string, tierColor?: string): BadgeFace {
  switch (standingOf(partner.status)) {
    case 'current':
      return {
        status: 'active',
        color: tierColor,
        label: programName,
        message: BADGE_MESSAGES.tier(partner.tier.name),
        description: `${partner.name} is a ${partner.tier.name} partner of ${programName}`,
      };
    case 'former':
      return {
        status: 'revoked',
        label: programName,
        message: BADGE_MESSAGES.former,
        description: `${partner.name} is no longer a partner of ${programName}`,
      };
    case 'inactive':
      return {
        status: 'expired',
        label: programName,
        message: BADGE_MESSAGES.inactive,
        description: `${partner.name}'s partnership with ${programName} is inactive`,
      };
  }
}

export function certificationBadge(
  partner: Pick<PartnerView, 'name' | 'status'>,
  certification: Pick<HeldCertification, 'name' | 'status' | 'expires'>,
): BadgeFace {
  const label = certification.name;
  if (standingOf(partner.status) !== 'current') {
    return {
      status: 'revoked',
      label,
      message: BADGE_MESSAGES.revoked,
      description: `${partner.name} no longer holds ${certification.name}: the partnership has ended`,
    };
  }
  switch (certification.status) {
    case 'valid':
      return {
        status: 'active',
        label,
        message: BADGE_MESSAGES.valid(certification.expires),
        description: `${partner.name} holds ${certification.name}, valid until ${certification.expires}`,
      };
    case 'expiring':
      return {
        status: 'expiring',
        label,
        message: BADGE_MESSAGES.expiring(certification.expires),
        description: `${partner.name} holds ${certification.name}, expiring on ${certification.expires}`,
      };
    case 'expired':
      return {
        status: 'expired',
        label,
        message: BADGE_MESSAGES.expired(certification.expires),
        description: `${partner.name}'s ${certification.name} certification expired on ${certification.expires}`,
      };
  }
}

/** An app's "Works with <program>" badge: current while its partner is active, else it says the app is no longer listed. */
export function appBadge(app: { name: string }, partner: Pick<PartnerView, 'name' | 'status'>, programName: string): BadgeFace {
  if (standingOf(partner.status) === 'current') {
    return {
      status: 'active',
      label: 'Works with',
      message: BADGE_MESSAGES.worksWith(programName),
      description: `${app.name} by ${partner.name} is listed in the ${programName} marketplace`,
    };
  }
  return {
    status: 'revoked',
    label: 'Works with',
    message: BADGE_MESSAGES.unlisted,
    description: `${app.name} is no longer listed in the ${programName} marketplace`,
  };
}
