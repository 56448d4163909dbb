// `npm run validate`: checks every content file and prints every problem, each at file:line:col
// with the field and the fix. Exits 1 when there is any error.
import { problemLine, summary } from '../loader/format-problems.ts';
import { loadContent } from '../loader/load-content.ts';
import { contentDirectory } from '../settings.ts';
import { buildDateFor, commandOptions } from './cli-support.ts';
import { formatGithub, formatJson, PROBLEM_FORMATS, type ProblemFormat } from './print-problems.ts';
import { print, printError, write } from './terminal-safe.ts';

const HELP = `Usage: npm run validate -- [options]

Checks every file in the content folder and prints each problem at file:line:column,
with the field, what is wrong, and how to fix it. Exits 1 if there is any error.

Options:
  --content DIR    the content folder (default: $PARTNERKIT_CONTENT or ./content)
  --format FORMAT  text (default), github (default when GITHUB_ACTIONS=true), or json
  -h, --help       show this help

The build date is $PARTNERKIT_NOW (YYYY-MM-DD) when set, else today.`;

async function main(argv: string[]): Promise<number> {
  const options = commandOptions('validate', argv, { content: { type: 'string' }, format: { type: 'string' } }, HELP);
  if (typeof options === 'number') return options;
  const format = (options.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ProblemFormat;
  if (!PROBLEM_FORMATS.includes(format)) {
    printError(`validate: unknown --format "${format}" → use one of: ${PROBLEM_FORMATS.join(', ')}`);
    return 2;
  }

  const today = buildDateFor('validate');
  if (today === undefined) return 2;

  const root = contentDirectory(options.content);
  const { problems, filesChecked } = await loadContent(root, { today });
  const failed = problems.some((problem) => problem.severity === 'error');

  if (format === 'json') {
    write(`${formatJson(problems)}\n`);
  } else {
    // Text is coloured when standard output shows colour (a terminal, no NO_COLOR).
    for (const problem of problems) print(format === 'github' ? formatGithub(problem) : problemLine(problem));
    if (problems.length) print();
    print(summary(filesChecked, problems));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
