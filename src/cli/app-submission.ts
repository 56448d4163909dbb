// The app submission: its questions, each tied to a field of the app file, and the GitHub issue
// form that asks them (help from the schema's descriptions, choices from program.yaml and the
// schema). parse-issue-body.ts reads the answers back; `npm run from-issue` writes the app file.
import { APP_KINDS, AppSchema, PRICING_MODELS } from '../../schemas/app.ts';
import type { Program } from '../../schemas/program.ts';
import { APP_KIND_NAMES, PRICING_NAMES } from '../model/wording.ts';
import { routes } from '../routes.ts';
import { markdownText } from '../shared/markdown-escape.ts';
import { type FormField, formBody } from './partner-application.ts';

const describe = (key: keyof typeof AppSchema.shape) => (AppSchema.shape[key].meta() as { description?: string } | undefined)?.description;

export const APP_SUBMISSION_FIELDS: FormField[] = [
  { key: 'name', label: 'App name', kind: 'input', required: true, help: 'As it should appear in the marketplace.' },
  {
    key: 'partner',
    label: 'Partner',
    kind: 'input',
    required: true,
    help: `Your partner id: the last part of your profile's address, ${routes.partner('<id>')}.`,
  },
  { key: 'kind', label: 'Kind', kind: 'dropdown', required: true, choices: () => APP_KINDS.map((id) => ({ id, name: APP_KIND_NAMES[id] })) },
  {
    key: 'categories',
    label: 'Categories',
    kind: 'dropdown',
    required: true,
    multiple: true,
    choices: (program) => program.vocabularies.integrationCategories,
  },
  { key: 'summary', label: 'Summary', kind: 'textarea', required: true, help: describe('summary') },
  {
    key: 'usesApis',
    label: 'What it does with the APIs',
    kind: 'textarea',
    required: false,
    read: 'lines',
    help: 'One use per line, e.g. "Payments API: creates refunds".',
  },
  {
    key: 'pricing',
    label: 'Pricing',
    kind: 'dropdown',
    required: true,
    choices: () => PRICING_MODELS.map((id) => ({ id, name: PRICING_NAMES[id] })),
    wrap: (model) => ({ model }),
  },
  { key: 'install', label: 'Install link', kind: 'input', required: true, help: 'Where buyers install or get it, starting with https://' },
  { key: 'docs', label: 'Documentation link', kind: 'input', required: false },
  { key: 'privacyPolicy', label: 'Privacy policy link', kind: 'input', required: false },
  {
    key: 'regions',
    label: 'Regions where it is available',
    kind: 'dropdown',
    required: false,
    multiple: true,
    choices: (program) => program.vocabularies.regions,
  },
  { key: 'languages', label: 'Languages', kind: 'input', required: false, read: 'list', help: 'Language codes, comma-separated, e.g. en, de, pt-BR.' },
  { key: 'description', label: 'About the app', kind: 'textarea', required: false, help: 'A paragraph or two for its page.' },
  {
    key: 'icon',
    label: 'Icon',
    kind: 'textarea',
    required: true,
    read: 'image',
    help: 'Drag your icon here: a square SVG with a viewBox, or PNG at least 64 pixels on each side.',
  },
];

/** The issue form (as data, dumped to YAML by the CLI). */
export function appSubmissionForm(program: Program) {
  return {
    name: 'App submission',
    description: `List an app or integration in the ${program.name} marketplace`,
    title: 'App submission: ',
    labels: ['app-submission'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: `Submit an app your company builds on ${markdownText(program.name)}; your company must be a partner already. A maintainer turns this submission into a pull request with \`npm run from-issue\`.`,
        },
      },
      ...formBody(APP_SUBMISSION_FIELDS, program),
    ],
  };
}
