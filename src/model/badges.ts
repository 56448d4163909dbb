// What each badge says as of the build date. A badge never outlives the partnership: an inactive,
// former or lapsed partner's badge says so, and never shows the tier or certification it had.
import type { HeldCertification, PartnerView } from './model-types.ts';

/** active and expiring are current; expired and revoked are not. */
export type BadgeStatus = 'active' | 'expiring' | 'expired' | 'revoked';

export interface BadgeFace {
  status: BadgeStatus;
  /** Left side of the badge. */
  label: string;
  /** Right side of the badge. */
  message: string;
  /** One line for people and screen readers, e.g. "Acorn Ledger is a Gold partner of … (verified 2026-11-21)". */
  description: string;
}

export const STATUS_WORDS: Record<BadgeStatus, string> = {
  active: 'current',
  expiring: 'expiring soon',
  expired: 'expired',
  revoked: 'revoked',
};

type PartnerFacts = Pick<PartnerView, 'name' | 'status' | 'tier'>;

export function tierBadge(partner: PartnerFacts, programName: string, today: string): BadgeFace {
  if (partner.status === 'active') {
    return { status: 'active', label: programName, message: `${partner.tier.name} partner`, description: `${partner.name} is a ${partner.tier.name} partner of ${programName} (as of ${today})` };
  }
  if (partner.status === 'alumni') {
    return { status: 'revoked', label: programName, message: 'former partner', description: `${partner.name} is no longer a partner of ${programName} (as of ${today})` };
  }
  return { status: 'expired', label: programName, message: 'partnership inactive', description: `${partner.name}'s partnership with ${programName} is inactive (as of ${today})` };
}

export function certificationBadge(partner: Pick<PartnerView, 'name' | 'status'>, certification: Pick<HeldCertification, 'name' | 'status' | 'expires'>, today: string): BadgeFace {
  const label = certification.name;
  if (partner.status !== 'active') {
    return { status: 'revoked', label, message: 'revoked', description: `${partner.name} no longer holds ${certification.name}: the partnership has ended (as of ${today})` };
  }
  switch (certification.status) {
    case 'valid':
      return { status: 'active', label, message: `valid until ${certification.expires}`, description: `${partner.name} holds ${certification.name}, valid until ${certification.expires}` };
    case 'expiring':
      return { status: 'expiring', label, message: `expires ${certification.expires}`, description: `${partner.name} holds ${certification.name}, expiring on ${certification.expires}` };
    case 'expired':
      return { status: 'expired', label, message: `expired ${certification.expires}`, description: `${partner.name}'s ${certification.name} certification expired on ${certification.expires}` };
  }
}
