// `npm run from-issue -- --body issue.md [--logo downloaded-logo.svg]`: turns the body of a
// partner application issue (the form in .github/ISSUE_TEMPLATE) into a partner file, and
// validates it. Reads the body from standard input when --body is not given.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { parseIssueBody } from './parse-issue-body.ts';
import { printProblems } from './print-problems.ts';
import { readProgram } from './read-program.ts';
import { runCommand } from './run-command.ts';
import { print, printError } from './terminal-safe.ts';
import { UserError } from './user-error.ts';
import { writePartnerFile } from './write-listing-file.ts';

const HELP = `Usage: npm run from-issue -- [--body FILE] [--logo FILE] [--content DIR]

Turns a partner application issue's body (copy it from GitHub, or pipe \`gh issue view N --json body -q .body\`)
into content/partners/<slug>.yaml. Download the logo attached to the issue and pass it with --logo;
without it, the file names logos/<slug>.svg and validate reports the logo as missing until you add it.`;

if (import.meta.main)
  await runCommand({
    name: 'from-issue',
    usage: HELP,
    options: { body: { type: 'string' }, logo: { type: 'string' }, content: { type: 'string' } },
    async run({ options, contentFolder: root, today }) {
      const date = today();
      const body = options.body
        ? await readFile(options.body, 'utf8').catch(() => {
            throw new UserError(`cannot read --body ${options.body}`);
          })
        : await text(process.stdin);
      const program = await readProgram(root);
      const application = parseIssueBody(body, program);
      for (const problem of application.problems) printError(`  ${problem}`);
      if (!application.partner.name) throw new UserError('the application has no company name → is this the body of a partner application issue?');
      const logoExtension = application.logoUrl && URL.canParse(application.logoUrl) ? path.extname(new URL(application.logoUrl).pathname) || '.svg' : '.svg';
      const written = await writePartnerFile(root, application.partner, options.logo ? path.resolve(options.logo) : undefined, date, logoExtension);
      print(`Wrote partners/${written.slug}.yaml${options.logo ? ` and ${written.logo}` : ''}.`);
      if (!options.logo && application.logoUrl)
        print(`Download the logo from ${application.logoUrl} to ${path.join(path.relative(process.cwd(), root) || '.', written.logo)}.`);
      printProblems(written.problems);
      const errors = written.problems.filter((p) => p.severity === 'error').length + application.problems.length;
      if (errors) {
        print();
        print(`${errors} problem${errors === 1 ? '' : 's'} to fix before this partner can be published.`);
        return 1;
      }
      print(`partners/${written.slug}.yaml is valid.`);
      return 0;
    },
  });
