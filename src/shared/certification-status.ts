// A partner's certification as of the build date: valid, expiring soon, or expired. Shared by
// validate (which warns) and the model (which shows it on profiles and badges).
import { addMonths, daysBetween } from './dates.ts';

export type CertificationStatus = 'valid' | 'expiring' | 'expired';

/** Days before expiry when a certification counts as "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

/** The written expiry date, or the date it was earned plus the certification's validity. */
export function certificationExpiry(earned: string, expires: string | undefined, validityMonths: number): string {
  return expires ?? addMonths(earned, validityMonths);
}

export function certificationStatus(expires: string, today: string): CertificationStatus {
  const daysLeft = daysBetween(today, expires);
  if (daysLeft <= 0) return 'expired';
  return daysLeft <= EXPIRING_SOON_DAYS ? 'expiring' : 'valid';
}
