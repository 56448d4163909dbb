// Requirements of every kind on the internal demo site: a Platinum partner's scorecard gives the
// numbers of its revenue, certified-people, rolling customer and retention requirements with their
// units and currency. Worked out by hand from content/program.yaml (fiscal year from February:
// FY2026 is 2026-02-01 to 2027-01-31), content/activity/acorn-ledger.yaml and
// content/partners/acorn-ledger.yaml, as of the demo's build date, 2026-11-21.
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { NOW } from './helpers/content-fixture.ts';
import { internalSiteDir, page } from './helpers/site.ts';

expect(NOW).toBe('2026-11-21');

describe("Acorn Ledger's scorecard", () => {
  it('shows metric, certified-people and rolling requirements with units, currency and when they are counted', async () => {
    const { document } = await page(routes.scorecard('acorn-ledger'), internalSiteDir());
    const requirement = (description: string) => {
      const item = document.querySelectorAll('[data-list="requirements"] li').find((li) => li.querySelector('.requirement-head')!.text.includes(description));
      if (!item) throw new Error(`no requirement "${description}" on the scorecard`);
      return { numbers: item.querySelector('.requirement-bar span')!.text, counted: item.querySelector('p.muted')!.text };
    };
    // FY2026-Q1, Q2 and Q3: 80,000 + 90,000 + 95,000; January 2026's 75,000 belongs to FY2025.
    expect(requirement('EUR 250,000 revenue')).toEqual({
      numbers: 'EUR 265,000 of EUR 250,000',
      counted: 'Counted from February 1, 2026 to January 31, 2027 (FY2026).',
    });
    // Three solutions architects, earned 2025-02-12, 2025-09-01 and 2026-04-20, each valid 24 months.
    expect(requirement('Three certified solutions architects')).toEqual({ numbers: '3 people of 3 people', counted: 'Counted on November 21, 2026.' });
    // The last 12 months, 2025-11-22 to 2026-11-21: 4 + 3 + 4 new customers in FY2026's first three quarters.
    expect(requirement('Ten new customers')).toEqual({
      numbers: '11 customers of 10 customers',
      counted: 'Counted from November 22, 2025 to November 21, 2026 (the last 12 months).',
    });
    // FY2026 Q4 runs from 2026-11-01: November's 94% is its latest value.
    expect(requirement('90% customer retention')).toEqual({ numbers: '94% of 90%', counted: 'Counted from November 1, 2026 to January 31, 2027 (FY2026 Q4).' });
  });
});
