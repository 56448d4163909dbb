// How many of a partner's people hold each certification, current on the build date: the public
// face of the partner's certifiedPeople list, whose names stay private. Requirements on certified
// people count the same numbers.
import type { Program } from '../../schemas/program.ts';
import type { Partner } from '../loader/content-types.ts';
import { certificationExpiry, certificationStatus } from '../shared/certification-status.ts';

export interface CertifiedPeopleCount {
  certification: string;
  name: string;
  /** People whose certification has not expired on the build date (expiring soon still counts). */
  people: number;
}

/** Per certification of the program, in its order, the partner's people holding it now; certifications nobody holds are left out. */
export function certifiedPeopleCounts(
  partner: Pick<Partner, 'certifiedPeople'>,
  certifications: Program['certifications'],
  today: string,
): CertifiedPeopleCount[] {
  return certifications.flatMap((certification) => {
    const people = partner.certifiedPeople
      .filter(
        (person) =>
          person.certification === certification.id &&
          person.earned <= today &&
          certificationStatus(certificationExpiry(person.earned, person.expires, certification.validityMonths), today) !== 'expired',
      )
      .reduce((sum, person) => sum + (person.people ?? 1), 0);
    return people > 0 ? [{ certification: certification.id, name: certification.name, people }] : [];
  });
}
