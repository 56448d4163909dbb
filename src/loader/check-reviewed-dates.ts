// Listings are reviewed at least once a year: a warning for an active partner, or an app, last
// reviewed more than 12 months before the build date; `since` (an app's `listedSince`) stands in
// when a listing was never reviewed.
import { addMonths, isCalendarDate } from '../shared/dates.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, text } from './data-as-written.ts';

export const checkReviewedDates: CrossCheck = (files, { today }) => {
  for (const { raw, report } of files) {
    const partner = fields(raw);
    if ((partner.status ?? 'active') !== 'active') continue;
    const reviewed = text(partner.reviewed);
    const basis = reviewed ?? text(partner.since) ?? text(partner.listedSince);
    if (!basis || !isCalendarDate(basis) || basis > addMonths(today, -12)) continue;
    report.field(reviewed ? ['reviewed'] : [], 'warning', {
      code: 'review-overdue',
      message: reviewed
        ? `this listing was last reviewed on ${reviewed}, more than 12 months ago`
        : `this listing has no review date and has been listed since ${basis}`,
      fix: `check the details with the partner, then set "reviewed: ${today}"`,
    });
  }
};
