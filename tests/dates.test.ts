// The calendar-day check every date in the content goes through (validate, report, cross-references).
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../src/shared/dates.ts';

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-04-30', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2026-4-01', false],
    ['2026-04-01T00:00', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
