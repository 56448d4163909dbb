// `npm run new:app`: writes a new app file (with its schema line), puts its icon in place, and
// validates the result. Asks for what the flags do not give; with --yes it never asks.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { APP_KINDS, AppSchema, PRICING_MODELS } from '../../schemas/app.ts';
import { LOGO_EXTENSIONS } from '../../schemas/common.ts';
import { likelyLanguageTag } from '../shared/languages.ts';
import { askQuestions, type Check, ids, list, optional, type Question } from './ask-questions.ts';
import { printProblems } from './print-problems.ts';
import { readProgram } from './read-program.ts';
import { type CommandContext, type ExitCode, runCommand } from './run-command.ts';
import { print } from './terminal-safe.ts';
import { writeListingFile } from './write-listing-file.ts';

const HELP = `Usage: npm run new:app -- [options]

Creates content/apps/<slug>.yaml and copies the icon to content/images/apps/, then validates them.
Anything not given as an option is asked for; with --yes nothing is asked.

Options:
  --name NAME            the app's name (the slug is made from it)
  --partner SLUG         the partner that builds it: a file name in partners/
  --kind KIND            ${APP_KINDS.join(', ')}
  --categories ID,ID     integration category ids from program.yaml
  --summary TEXT         one or two sentences, at most 200 characters
  --pricing MODEL        ${PRICING_MODELS.join(', ')}
  --install URL          where buyers install it, https://…
  --icon FILE            an SVG, PNG, JPEG or WebP file to copy in
  --languages TAG,TAG    optional language tags, e.g. en,de
  --content DIR          the content folder (default: $PARTNERKIT_CONTENT or ./content)
  -y, --yes              never ask; fail on anything missing
  -h, --help             show this help`;

const OPTIONS = {
  name: { type: 'string' },
  partner: { type: 'string' },
  kind: { type: 'string' },
  categories: { type: 'string' },
  summary: { type: 'string' },
  pricing: { type: 'string' },
  install: { type: 'string' },
  icon: { type: 'string' },
  languages: { type: 'string' },
  content: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
} as const;

/** An answer checked by the schema's own field, with what to write when it fails. */
const field =
  (key: 'name' | 'summary' | 'install', advice: string): Check =>
  (answer) =>
    AppSchema.shape[key].safeParse(answer.trim()).success ? undefined : advice;

async function newApp({ options: values, contentFolder: root, today }: CommandContext<typeof OPTIONS>): Promise<ExitCode> {
  const date = today();
  const program = await readProgram(root);
  const partners = (await readdir(path.join(root, 'partners')).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
  const categories = program.vocabularies.integrationCategories.map((term) => term.id);
  // The schema's own check (languageTag), with the tag someone likely meant, as validate suggests it.
  const languageCheck: Check = (answer) => {
    const wrong = list(answer).find((tag) => !AppSchema.shape.languages.unwrap().element.safeParse(tag).success);
    if (wrong === undefined) return undefined;
    const meant = likelyLanguageTag(wrong);
    return `"${wrong}" is not a language code${meant ? ` → did you mean "${meant}"?` : ' → write codes such as en, de or pt-BR'}`;
  };

  const questions: Array<Question & { key: keyof typeof values }> = [
    { key: 'name', label: "The app's name", check: field('name', 'write the name, at most 80 characters') },
    { key: 'partner', label: `Partner (a file name in partners/, e.g. ${partners[0] ?? 'acme'})`, check: ids(partners, 'partner', false) },
    { key: 'kind', label: `Kind (${APP_KINDS.join(', ')})`, check: ids(APP_KINDS, 'kind', false) },
    { key: 'categories', label: `Categories, comma-separated (${categories.join(', ')})`, check: ids(categories, 'category', true) },
    { key: 'summary', label: 'Summary (one or two sentences)', check: field('summary', 'write one or two sentences, at most 200 characters') },
    { key: 'pricing', label: `Pricing (${PRICING_MODELS.join(', ')})`, check: ids(PRICING_MODELS, 'pricing model', false) },
    { key: 'install', label: 'Install link (https://…)', check: field('install', 'write the whole link, starting with https://') },
    {
      key: 'icon',
      label: 'Icon file (SVG, PNG, JPEG or WebP)',
      check: (answer) => (LOGO_EXTENSIONS.some((ext) => answer.toLowerCase().endsWith(ext)) ? undefined : 'give an .svg, .png, .jpg or .webp file'),
    },
    { key: 'languages', label: 'Languages, optional (e.g. en, de)', check: optional(languageCheck), optional: true },
  ];
  const answers = await askQuestions(questions, values, values.yes === true);

  const app = {
    name: answers.name,
    partner: answers.partner,
    kind: answers.kind,
    categories: list(answers.categories!),
    summary: answers.summary,
    pricing: { model: answers.pricing },
    install: answers.install,
    ...(answers.languages ? { languages: list(answers.languages) } : {}),
  };
  const { slug, image, problems } = await writeListingFile('app', root, app, path.resolve(answers.icon!), date);
  print(`Wrote apps/${slug}.yaml and ${image}.`);

  printProblems(problems);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    print();
    print(`The new files are in place but have ${errors.length} error${errors.length === 1 ? '' : 's'}: fix them, then run npm run validate.`);
    return 1;
  }
  print(`apps/${slug}.yaml is valid. Add what it does with the APIs, its links and screenshots, then open a pull request.`);
  return 0;
}

if (import.meta.main) await runCommand({ name: 'new:app', usage: HELP, options: OPTIONS, run: newApp });
