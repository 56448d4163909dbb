// `npm run from-issue -- --body issue.md [--logo downloaded-image.svg]`: turns the body of a
// partner application issue or an app submission issue (the forms in .github/ISSUE_TEMPLATE) into
// a partner or app file, and validates it. Reads the body from standard input when --body is not given.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { APP_SUBMISSION_FIELDS } from './app-submission.ts';
import { parseFormAnswers } from './parse-issue-body.ts';
import { APPLICATION_FIELDS } from './partner-application.ts';
import { printProblems } from './print-problems.ts';
import { readProgram } from './read-program.ts';
import { runCommand } from './run-command.ts';
import { print, printError } from './terminal-safe.ts';
import { UserError } from './user-error.ts';
import { writeListingFile } from './write-listing-file.ts';

const HELP = `Usage: npm run from-issue -- [--body FILE] [--logo FILE] [--content DIR]

Turns a partner application or app submission issue's body (copy it from GitHub, or pipe
\`gh issue view N --json body -q .body\`) into content/partners/<slug>.yaml or content/apps/<slug>.yaml.
Download the logo or icon attached to the issue and pass it with --logo; without it, the file names
an image that validate reports as missing until you add it.`;

/** Each form, told apart by the heading of its first question. */
const FORMS = [
  { kind: 'partner', heading: 'Company name', fields: APPLICATION_FIELDS, folder: 'partners', image: 'logo' },
  { kind: 'app', heading: 'App name', fields: APP_SUBMISSION_FIELDS, folder: 'apps', image: 'icon' },
] as const;

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
      const form = FORMS.find((candidate) => new RegExp(`^### +${candidate.heading}\\s*$`, 'm').test(body)) ?? FORMS[0];
      const answers = parseFormAnswers(body, program, form.fields, date);
      for (const problem of answers.problems) printError(`  ${problem}`);
      if (!answers.data.name)
        throw new UserError(`it has no ${form.heading.toLowerCase()} → is this the body of a partner application or app submission issue?`);
      const extension = answers.imageUrl && URL.canParse(answers.imageUrl) ? path.extname(new URL(answers.imageUrl).pathname) || '.svg' : '.svg';
      const written = await writeListingFile(form.kind, root, answers.data, options.logo ? path.resolve(options.logo) : undefined, date, extension);
      const file = `${form.folder}/${written.slug}.yaml`;
      print(`Wrote ${file}${options.logo ? ` and ${written.image}` : ''}.`);
      if (!options.logo && answers.imageUrl)
        print(`Download the ${form.image} from ${answers.imageUrl} to ${path.join(path.relative(process.cwd(), root) || '.', written.image)}.`);
      printProblems(written.problems);
      const errors = written.problems.filter((p) => p.severity === 'error').length + answers.problems.length;
      if (errors) {
        print();
        print(`${errors} problem${errors === 1 ? '' : 's'} to fix before this ${form.kind} can be published.`);
        return 1;
      }
      print(`${file} is valid.`);
      return 0;
    },
  });
