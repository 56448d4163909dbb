// `npm run validate`: checks every content file and prints every problem, each at file:line:col
// with the field and the fix. Exits 1 when there is any error.
import { loadContent } from '../loader/load-content.ts';
import { PROBLEM_FORMATS, printValidation } from './print-problems.ts';
import { runCommand } from './run-command.ts';

const HELP = `Usage: npm run validate -- [options]

Checks every file in the content folder and prints each problem at file:line:column,
with the field, what is wrong, and how to fix it. Exits 1 if there is any error.

Options:
  --content DIR    the content folder (default: $PARTNERKIT_CONTENT or ./content)
  --format FORMAT  text (default), github (default when GITHUB_ACTIONS=true), or json
  -h, --help       show this help

The build date is $PARTNERKIT_NOW (YYYY-MM-DD) when set, else today.`;

if (import.meta.main)
  await runCommand({
    name: 'validate',
    usage: HELP,
    options: { content: { type: 'string' }, format: { type: 'string', choices: PROBLEM_FORMATS } },
    async run({ options, contentFolder, today }) {
      const format = options.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
      const result = await loadContent(contentFolder, { today: today() });
      // Text is coloured when standard output shows colour (a terminal, no NO_COLOR).
      printValidation(result, 'stdout', format);
      return result.problems.some((problem) => problem.severity === 'error') ? 1 : 0;
    },
  });
