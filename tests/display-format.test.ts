// Pages show dates and numbers the way the program's language writes them, never shifted by the
// build machine's time zone, and with a real minus sign.
import { describe, expect, it } from 'vitest';
import { displayFormat } from '../src/site/display-format.ts';

describe('displayFormat', () => {
  it('writes calendar days and months in the language given, in UTC', () => {
    const en = displayFormat('en');
    expect(en.date('2024-09-15')).toBe('September 15, 2024');
    expect(en.shortDate('2024-01-01')).toBe('Jan 1, 2024');
    expect(en.month('2024-09')).toBe('September 2024');
    expect(en.shortMonth('2024-09-30')).toBe('Sep 2024');
    expect(displayFormat('en-GB').date('2024-09-15')).toBe('15 September 2024');
    expect(displayFormat('de').date('2024-09-15')).toBe('15. September 2024');
  });

  it('groups digits, signs changes with a minus sign and falls back to English for an unknown tag', () => {
    const en = displayFormat('en');
    expect(en.number(12400)).toBe('12,400');
    expect(en.signed(3)).toBe('+3');
    expect(en.signed(-3)).toBe('\u22123');
    expect(en.signed(0)).toBe('0');
    expect(en.percent(0.25)).toBe('25%');
    expect(displayFormat('de').number(12400)).toBe('12.400');
    expect(displayFormat('not a tag').date('2024-09-15')).toBe('September 15, 2024');
    expect(displayFormat('tlh').date('2024-09-15')).toBe('September 15, 2024');
  });
});
