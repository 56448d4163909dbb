// A warning ahead of time: a certification of an active partner, or of an app, that expires
// within 30 days of the build date, so it is renewed before its badge shows it as expired.
import { certificationExpiry, certificationStatus } from '../shared/certification-status.ts';
import { daysBetween, isCalendarDate } from '../shared/dates.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text } from './data-as-written.ts';

/** Certifications held in `certifications` of each file, defined in program.yaml's `defined` list. */
const expiryCheck =
  (defined: 'certifications' | 'appCertifications'): CrossCheck =>
  (files, { ids, today }) => {
    if (!ids) return;
    for (const { raw, report } of files) {
      const holder = fields(raw);
      if ((holder.status ?? 'active') !== 'active') continue;
      items(holder.certifications).forEach(([value, i]) => {
        const earned = fields(value);
        const id = text(earned.id);
        const certification = id === undefined ? undefined : ids[defined].get(id);
        if (!certification) return; // not a certification of the program: reported with the program's values
        const earnedOn = text(earned.earned);
        const written = text(earned.expires);
        if (
          !earnedOn ||
          !isCalendarDate(earnedOn) ||
          (written !== undefined && !isCalendarDate(written)) ||
          (!written && certification.validityMonths === undefined)
        )
          return;
        const expires = certificationExpiry(earnedOn, written, certification.validityMonths ?? 0);
        if (certificationStatus(expires, today) === 'expiring') {
          const daysLeft = daysBetween(today, expires);
          report.field(['certifications', i, written ? 'expires' : 'earned'], 'warning', {
            code: 'certification-expiring',
            message: `the ${certification.name} certification expires on ${expires}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`,
            fix: 'renew it and update "earned" and "expires", or its badge will show it as expired',
          });
        }
      });
    }
  };

export const checkCertificationExpiry = expiryCheck('certifications');
export const checkAppCertificationExpiry = expiryCheck('appCertifications');
