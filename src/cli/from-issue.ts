// `npm run from-issue -- --body issue.md [--logo downloaded-logo.svg]`: turns the body of a
// partner application issue (the form in .github/ISSUE_TEMPLATE) into a partner file, and
// validates it. Reads the body from standard input when --body is not given.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { problemLine } from '../loader/format-problems.ts';
import { contentDirectory } from '../settings.ts';
import { buildDateFor, commandOptions } from './cli-support.ts';
import { parseIssueBody } from './parse-issue-body.ts';
import { readProgram } from './read-program.ts';
import { print, printError } from './terminal-safe.ts';
import { UserError } from './user-error.ts';
import { writePartnerFile } from './write-partner-file.ts';

const HELP = `Usage: npm run from-issue -- [--body FILE] [--logo FILE] [--content DIR]

Turns a partner application issue's body (copy it from GitHub, or pipe \`gh issue view N --json body -q .body\`)
into content/partners/<slug>.yaml. Download the logo attached to the issue and pass it with --logo;
without it, the file names logos/<slug>.svg and validate reports the logo as missing until you add it.`;

async function main(argv: string[]): Promise<number> {
  const values = commandOptions('from-issue', argv, { body: { type: 'string' }, logo: { type: 'string' }, content: { type: 'string' } }, HELP);
  if (typeof values === 'number') return values;
  const today = buildDateFor('from-issue');
  if (today === undefined) return 2;
  const body = values.body ? await readFile(values.body, 'utf8').catch(() => { throw new UserError(`cannot read --body ${values.body}`); }) : await text(process.stdin);
  const root = contentDirectory(values.content);
  const program = await readProgram(root);
  const application = parseIssueBody(body, program);
  for (const problem of application.problems) printError(`  ${problem}`);
  if (!application.partner.name) throw new UserError('the application has no company name → is this the body of a partner application issue?');
  const logoExtension = application.logoUrl && URL.canParse(application.logoUrl) ? path.extname(new URL(application.logoUrl).pathname) || '.svg' : '.svg';
  const written = await writePartnerFile(root, application.partner, values.logo ? path.resolve(values.logo) : undefined, today, logoExtension);
  print(`Wrote partners/${written.slug}.yaml${values.logo ? ` and ${written.logo}` : ''}.`);
  if (!values.logo && application.logoUrl) print(`Download the logo from ${application.logoUrl} to ${path.join(path.relative(process.cwd(), root) || '.', written.logo)}.`);
  for (const problem of written.problems) print(problemLine(problem));
  const errors = written.problems.filter((p) => p.severity === 'error').length + application.problems.length;
  if (errors) {
    print();
    print(`${errors} problem${errors === 1 ? '' : 's'} to fix before this partner can be published.`);
    return 1;
  }
  print(`partners/${written.slug}.yaml is valid.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (!(error instanceof UserError)) throw error;
    printError(`from-issue: ${error.message}`);
    process.exitCode = 2;
  },
);
