// A partner's founding year cannot be after the build year: the schema keeps it to plausible years,
// and this check, which knows the build date, catches a typo such as 2062 for 2026.
import type { CrossCheck } from './cross-check.ts';
import { fields } from './data-as-written.ts';
import type { Advice } from './problem.ts';

/** What is wrong with a founding year that the schema accepts, given the build date; undefined when nothing. */
export function foundedYearAdvice(founded: number, today: string): Advice | undefined {
  const buildYear = Number(today.slice(0, 4));
  if (founded <= buildYear) return undefined;
  return {
    code: 'year-in-future',
    message: `the company cannot have been founded in ${founded}: that is after this year (${buildYear})`,
    fix: `check the year: it is ${buildYear} or earlier`,
  };
}

export const checkFoundedYear: CrossCheck = (files, { today }) => {
  for (const { raw, report } of files) {
    const founded = fields(raw).founded;
    if (typeof founded !== 'number' || !Number.isInteger(founded) || report.hasErrorAt(['founded'])) continue;
    const advice = foundedYearAdvice(founded, today);
    if (advice) report.field(['founded'], 'error', advice);
  }
};
