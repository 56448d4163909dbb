// A verify page states facts with their own dates (each certification's "valid until"), not "as of"
// the day it was built, so it changes only when the records do. This script answers the visitor's
// question, "is it current now?", against the visitor's own clock: a certification whose date has
// passed since the build is marked expired, and the page says what it checked and when. Without
// JavaScript the page keeps the status the build computed. (A module file: the CSP allows no inline script.)

import { VERIFIED_CERTIFICATION_WORDS } from '../model/wording.ts';
import { certificationStatus } from '../shared/certification-status.ts';

const CLASS_OF = { valid: 'status-valid', expiring: 'status-expiring', expired: 'status-expired' } as const;
const WORD_OF = {
  valid: VERIFIED_CERTIFICATION_WORDS.active,
  expiring: VERIFIED_CERTIFICATION_WORDS.expiring,
  expired: VERIFIED_CERTIFICATION_WORDS.expired,
} as const;

/** The visitor's calendar date, YYYY-MM-DD, in the visitor's time zone. */
function visitorDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const note = document.querySelector<HTMLElement>('[data-clock-check]');
const held = document.querySelectorAll<HTMLElement>('[data-valid-until]');
// Only certifications have dates to check: a partnership's status holds until the records change.
if (note && held.length > 0) {
  const today = visitorDate();
  let lapsed = 0;
  // Rows of certifications the page shows as held (a revoked one stays revoked whatever the date).
  for (const cell of held) {
    const expires = cell.dataset.validUntil!;
    const status = certificationStatus(expires, today);
    if (status === 'expired') lapsed++;
    cell.className = CLASS_OF[status];
    cell.textContent = WORD_OF[status];
  }
  const verdict =
    lapsed === 0
      ? 'every certification below is within its dates'
      : `${lapsed} of the certifications below ${lapsed === 1 ? 'has' : 'have'} expired since this page was built`;
  note.textContent = `Checked against your device's clock on ${today}: ${verdict}.`;
  note.hidden = false;
}
