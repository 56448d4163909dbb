// A verify page states facts with their own dates (each certification's "valid until"), not "as of"
// the day it was built, so it changes only when the records do. This script answers the visitor's
// question, "is it current now?", against the visitor's own clock: a certification whose date has
// passed since the build is marked expired, and the page says what it checked and when. The clock
// can only make a status worse, never better: a wrong or earlier clock cannot bring back what the
// build found expired. Without JavaScript the page keeps the status the build computed. (A module
// file: the CSP allows no inline script.)

import { VERIFIED_CERTIFICATION_WORDS } from '../model/wording.ts';
import { type CertificationStatus, certificationStatus } from '../shared/certification-status.ts';

const SEVERITY: readonly CertificationStatus[] = ['valid', 'expiring', 'expired'];
const WORD_OF: Record<CertificationStatus, string> = {
  valid: VERIFIED_CERTIFICATION_WORDS.active,
  expiring: VERIFIED_CERTIFICATION_WORDS.expiring,
  expired: VERIFIED_CERTIFICATION_WORDS.expired,
};

/** The visitor's calendar date in words, in the page's language ("November 22, 2026"): pages show no ISO dates. */
function visitorDateWords(now = new Date()): string {
  try {
    return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { year: 'numeric', month: 'long', day: 'numeric' }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric' }).format(now);
  }
}

/** The visitor's calendar date, YYYY-MM-DD, in the visitor's time zone. */
function visitorDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const note = document.querySelector<HTMLElement>('[data-clock-check]');
// The certifications the page shows as held, with the status the build gave them (a revoked one has none: it stays revoked).
const held = [...document.querySelectorAll<HTMLElement>('[data-valid-until]')];
// Only certifications have dates to check: a partnership's status holds until the records change.
if (note && held.length > 0) {
  const today = visitorDate();
  let expired = 0;
  for (const cell of held) {
    const built = cell.dataset.status as CertificationStatus;
    const now = certificationStatus(cell.dataset.validUntil!, today);
    const status = SEVERITY[Math.max(SEVERITY.indexOf(built), SEVERITY.indexOf(now))]!;
    if (status === 'expired') expired++;
    cell.className = `status status-${status}`;
    cell.textContent = WORD_OF[status];
  }
  const verdict =
    expired === 0
      ? 'every certification above is within its dates'
      : `${expired} of the ${held.length} certifications above ${expired === 1 ? 'has' : 'have'} expired`;
  note.textContent = `Checked against your device's clock on ${visitorDateWords()}: ${verdict}.`;
  note.hidden = false;
}
