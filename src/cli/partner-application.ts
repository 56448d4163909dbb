// The partner application: its questions, each tied to a field of the partner file, and the
// GitHub issue form that asks them (labels and help from the schema's descriptions, choices from
// program.yaml). parse-issue-body.ts reads the answers back.
import { PartnerSchema } from '../../schemas/partner.ts';
import type { Program } from '../../schemas/program.ts';
import { laddersOf } from '../model/ladders.ts';
import { markdownText } from '../shared/markdown-escape.ts';

type Choice = (program: Program) => Array<{ id: string; name: string }>;

interface Field {
  /** The partner file's field. */
  key:
    | 'name'
    | 'tier'
    | 'types'
    | 'website'
    | 'summary'
    | 'description'
    | 'regions'
    | 'industries'
    | 'headquarters'
    | 'languages'
    | 'founded'
    | 'services'
    | 'contact'
    | 'logo';
  label: string;
  kind: 'input' | 'textarea' | 'dropdown';
  required: boolean;
  multiple?: boolean;
  choices?: Choice;
  /** Help under the question: fixed, or from program.yaml. */
  help?: string | ((program: Program) => string | undefined);
}

const describe = (key: keyof typeof PartnerSchema.shape) => (PartnerSchema.shape[key].meta() as { description?: string } | undefined)?.description;

export const APPLICATION_FIELDS: Field[] = [
  { key: 'name', label: 'Company name', kind: 'input', required: true, help: 'As it should appear in the directory.' },
  { key: 'website', label: 'Website', kind: 'input', required: true, help: 'A full link, starting with https://' },
  { key: 'summary', label: 'Summary', kind: 'textarea', required: true, help: describe('summary') },
  // Invitation-only tiers are not applied for; with tracks, the help says which tiers go with which types.
  {
    key: 'tier',
    label: 'Tier you apply for',
    kind: 'dropdown',
    required: true,
    choices: (p) => p.tiers.filter((tier) => !tier.invitationOnly),
    help: tiersByTrack,
  },
  { key: 'types', label: 'Partner types', kind: 'dropdown', required: true, multiple: true, choices: (p) => p.partnerTypes },
  { key: 'regions', label: 'Regions you serve', kind: 'dropdown', required: false, multiple: true, choices: (p) => p.vocabularies.regions },
  { key: 'industries', label: 'Industries you serve', kind: 'dropdown', required: false, multiple: true, choices: (p) => p.vocabularies.industries },
  // Free text, read back as the partner file's codes: a country or language by its English name or its code.
  {
    key: 'headquarters',
    label: 'Headquarters country',
    kind: 'input',
    required: false,
    help: 'The country of your head office: its name or two-letter code, e.g. "United Kingdom" or "GB".',
  },
  {
    key: 'languages',
    label: 'Languages you work in',
    kind: 'input',
    required: false,
    help: 'The languages you work with customers in, comma-separated: names or codes, e.g. "English, German" or "en, de, pt-BR".',
  },
  { key: 'founded', label: 'Year founded', kind: 'input', required: false, help: 'The year your company was founded, e.g. 2014.' },
  { key: 'services', label: 'Services', kind: 'textarea', required: false, help: 'One per line.' },
  { key: 'description', label: 'About you', kind: 'textarea', required: false, help: 'A paragraph or two for your profile page.' },
  {
    key: 'contact',
    label: 'Public contact',
    kind: 'input',
    required: false,
    help: 'Name and e-mail address shown on your profile, e.g. "Ada Moreno <ada@example.com>".',
  },
  { key: 'logo', label: 'Logo', kind: 'textarea', required: true, help: 'Drag your logo here: SVG with a viewBox, or PNG at least 64 pixels on each side.' },
];

/** "Technology track (Technology partner, Integration partner): Registered, Silver, Gold." for each track, or nothing without tracks. */
function tiersByTrack(program: Program): string | undefined {
  if (!program.tracks?.length) return undefined;
  // Names from program.yaml are escaped: GitHub renders the help as Markdown.
  const typeNames = new Map(program.partnerTypes.map((type) => [type.id, type.name]));
  const ladders = laddersOf(program).map((ladder) => {
    const open = ladder.tiers.filter((tier) => !tier.invitationOnly).map((tier) => markdownText(tier.name));
    const types = ladder.partnerTypes.map((type) => markdownText(typeNames.get(type) ?? type));
    return `${markdownText(ladder.name)} (${types.join(', ')}): ${open.join(', ')}.`;
  });
  return `Choose a tier of the track for your partner types. ${ladders.join(' ')}`;
}

function helpOf(field: Field, program: Program): { description?: string } {
  const help = typeof field.help === 'function' ? field.help(program) : field.help;
  return help ? { description: help } : {};
}

/** The issue form (as data, dumped to YAML by the CLI). */
export function issueForm(program: Program) {
  return {
    name: 'Partner application',
    description: `Apply to be listed in the ${program.name} directory`,
    title: 'Partner application: ',
    labels: ['partner-application'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: `Thank you for applying to ${markdownText(program.name)}. A maintainer turns this application into a pull request with \`npm run from-issue\`; you can also open the pull request yourself (see CONTRIBUTING.md).`,
        },
      },
      ...APPLICATION_FIELDS.map((field) => ({
        type: field.kind,
        id: field.key,
        attributes: {
          label: field.label,
          ...helpOf(field, program),
          ...(field.choices ? { options: field.choices(program).map((c) => `${c.name} (${c.id})`), multiple: field.multiple ?? false } : {}),
        },
        validations: { required: field.required },
      })),
    ],
  };
}
