// The partner application: its questions, each tied to a field of the partner file, and the
// GitHub issue form that asks them (labels and help from the schema's descriptions, choices from
// program.yaml). parse-issue-body.ts reads the answers back.
import { PartnerSchema } from '../../schemas/partner.ts';
import type { Program } from '../../schemas/program.ts';
import { markdownText } from '../shared/markdown-escape.ts';

type Choice = (program: Program) => Array<{ id: string; name: string }>;

interface Field {
  /** The partner file's field. */
  key: 'name' | 'tier' | 'types' | 'website' | 'summary' | 'description' | 'regions' | 'industries' | 'services' | 'contact' | 'logo';
  label: string;
  kind: 'input' | 'textarea' | 'dropdown';
  required: boolean;
  multiple?: boolean;
  choices?: Choice;
  help?: string;
}

const describe = (key: keyof typeof PartnerSchema.shape) => (PartnerSchema.shape[key].meta() as { description?: string } | undefined)?.description;

export const APPLICATION_FIELDS: Field[] = [
  { key: 'name', label: 'Company name', kind: 'input', required: true, help: 'As it should appear in the directory.' },
  { key: 'website', label: 'Website', kind: 'input', required: true, help: 'A full link, starting with https://' },
  { key: 'summary', label: 'Summary', kind: 'textarea', required: true, help: describe('summary') },
  // Invitation-only tiers are not applied for.
  { key: 'tier', label: 'Tier you apply for', kind: 'dropdown', required: true, choices: (p) => p.tiers.filter((tier) => !tier.invitationOnly) },
  { key: 'types', label: 'Partner types', kind: 'dropdown', required: true, multiple: true, choices: (p) => p.partnerTypes },
  { key: 'regions', label: 'Regions you serve', kind: 'dropdown', required: false, multiple: true, choices: (p) => p.vocabularies.regions },
  { key: 'industries', label: 'Industries you serve', kind: 'dropdown', required: false, multiple: true, choices: (p) => p.vocabularies.industries },
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
          ...(field.help ? { description: field.help } : {}),
          ...(field.choices ? { options: field.choices(program).map((c) => `${c.name} (${c.id})`), multiple: field.multiple ?? false } : {}),
        },
        validations: { required: field.required },
      })),
    ],
  };
}
