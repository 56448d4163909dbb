// A partner's founding year cannot be after the build year: the schema keeps it to plausible years,
// and this check, which knows the build date, catches a typo such as 2062 for 2026.
import type { CrossCheck } from './cross-check.ts';
import { fields } from './data-as-written.ts';

export const checkFoundedYear: CrossCheck = (files, { today }) => {
  const buildYear = Number(today.slice(0, 4));
  for (const { raw, report } of files) {
    const founded = fields(raw).founded;
    if (typeof founded !== 'number' || !Number.isInteger(founded) || founded <= buildYear || report.hasErrorAt(['founded'])) continue;
    report.field(['founded'], 'error', {
      code: 'year-in-future',
      message: `the company cannot have been founded in ${founded}: that is after this year (${buildYear})`,
      fix: `check the year: it is ${buildYear} or earlier`,
    });
  }
};
