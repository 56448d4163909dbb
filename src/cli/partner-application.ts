// The partner application: its questions, each tied to a field of the partner file, and the
// GitHub issue form that asks them (labels and help from the schema's descriptions, choices from
// program.yaml). parse-issue-body.ts reads the answers back. The app submission
// (app-submission.ts) is a form of the same kind.
import { PartnerSchema } from '../../schemas/partner.ts';
import type { Program } from '../../schemas/program.ts';
import { laddersOf } from '../model/ladders.ts';
import { markdownText } from '../shared/markdown-escape.ts';

type Choice = (program: Program) => ReadonlyArray<{ id: string; name: string }>;

/** One question of an issue form, tied to a field of the file it becomes. */
export interface FormField {
  /** The file's field (the issue form's id). */
  key: string;
  label: string;
  kind: 'input' | 'textarea' | 'dropdown';
  required: boolean;
  multiple?: boolean;
  choices?: Choice;
  /** Help under the question: fixed, or from program.yaml. */
  help?: string | ((program: Program) => string | undefined);
  /**
   * How the answer is read, when it is not the text as written (or, for choices, the ids): one
   * item per line, a comma-separated list, "Name <address>" as the one public contact, or the
   * link of an attached image, a country or languages by name or code (as the codes the file
   * takes), a year.
   */
  read?: 'lines' | 'list' | 'contact' | 'image' | 'country' | 'languages' | 'year';
  /** What the value becomes in the file, e.g. a pricing model into `{ model }`. */
  wrap?: (value: unknown) => unknown;
}

const describe = (key: keyof typeof PartnerSchema.shape) => (PartnerSchema.shape[key].meta() as { description?: string } | undefined)?.description;

export const APPLICATION_FIELDS: FormField[] = [
  { key: 'name', label: 'Company name', kind: 'input', required: true, help: 'As it should appear in the directory.' },
  { key: 'website', label: 'Website', kind: 'input', required: true, help: 'A full link, starting with https://' },
  { key: 'summary', label: 'Summary', kind: 'textarea', required: true, help: describe('summary') },
  // Invitation-only tiers are not applied for.
  // With tracks, the help says which tiers go with which types.
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
    read: 'country',
    help: 'The country of your head office: its name or two-letter code, e.g. "United Kingdom" or "GB".',
  },
  {
    key: 'languages',
    label: 'Languages you work in',
    kind: 'input',
    required: false,
    read: 'languages',
    help: 'The languages you work with customers in, comma-separated: names or codes, e.g. "English, German" or "en, de, pt-BR".',
  },
  { key: 'founded', label: 'Year founded', kind: 'input', required: false, read: 'year', help: 'The year your company was founded, e.g. 2014.' },
  { key: 'services', label: 'Services', kind: 'textarea', required: false, read: 'lines', help: 'One per line.' },
  { key: 'description', label: 'About you', kind: 'textarea', required: false, help: 'A paragraph or two for your profile page.' },
  {
    key: 'contact',
    label: 'Public contact',
    kind: 'input',
    required: false,
    read: 'contact',
    help: 'Name and e-mail address shown on your profile, e.g. "Ada Moreno <ada@example.com>".',
  },
  {
    key: 'logo',
    label: 'Logo',
    kind: 'textarea',
    required: true,
    read: 'image',
    help: 'Drag your logo here: SVG with a viewBox, or PNG at least 64 pixels on each side.',
  },
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

function helpOf(field: FormField, program: Program): { description?: string } {
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
      ...formBody(APPLICATION_FIELDS, program),
    ],
  };
}

/** The questions of an issue form: choices read "Name (id)", so the answer keeps the id. */
export function formBody(fields: readonly FormField[], program: Program) {
  return fields.map((field) => ({
    type: field.kind,
    id: field.key,
    attributes: {
      label: field.label,
      ...helpOf(field, program),
      ...(field.choices ? { options: field.choices(program).map((c) => `${c.name} (${c.id})`), multiple: field.multiple ?? false } : {}),
    },
    validations: { required: field.required },
  }));
}
