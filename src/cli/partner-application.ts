// The partner application: a GitHub issue form generated from the partner schema (labels and help
// from the schema's descriptions, choices from program.yaml), and the parser that turns such an
// issue's body back into a partner file.
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
  { key: 'tier', label: 'Tier you apply for', kind: 'dropdown', required: true, choices: (p) => p.tiers },
  { key: 'types', label: 'Partner types', kind: 'dropdown', required: true, multiple: true, choices: (p) => p.partnerTypes },
  { key: 'regions', label: 'Regions you serve', kind: 'dropdown', required: false, multiple: true, choices: (p) => p.vocabularies.regions },
  { key: 'industries', label: 'Industries you serve', kind: 'dropdown', required: false, multiple: true, choices: (p) => p.vocabularies.industries },
  { key: 'services', label: 'Services', kind: 'textarea', required: false, help: 'One per line.' },
  { key: 'description', label: 'About you', kind: 'textarea', required: false, help: 'A paragraph or two for your profile page.' },
  { key: 'contact', label: 'Public contact', kind: 'input', required: false, help: 'Name and e-mail address shown on your profile, e.g. "Ada Moreno <ada@example.com>".' },
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
      { type: 'markdown', attributes: { value: `Thank you for applying to ${markdownText(program.name)}. A maintainer turns this application into a pull request with \`npm run from-issue\`; you can also open the pull request yourself (see CONTRIBUTING.md).` } },
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

export interface Application {
  partner: Record<string, unknown>;
  /** Link to the attached logo, to download into content/logos/. */
  logoUrl: string | undefined;
  /** Answers that could not be read, with why. */
  problems: string[];
}

/**
 * "Ada Moreno <ada@example.com>" → name and address (the last <…> at the end); anything else is
 * a name. String searches, linear in the answer's length: the regular expression this replaces,
 * /^(.*?)\s*<([^>]+)>$/, backtracked quadratically on a long answer of spaces or "<" (10 to 24
 * seconds for 100,000 characters; see bench/issue-body.ts).
 */
function nameAndAddress(answer: string): { name: string; email?: string } {
  const open = answer.lastIndexOf('<');
  const address = open >= 0 && answer.endsWith('>') ? answer.slice(open + 1, -1).trim() : '';
  if (!address || address.includes('>')) return { name: answer };
  return { name: answer.slice(0, open).trim(), email: address };
}

/** Reads the body GitHub writes for an issue form: "### Label" headings, each followed by its answer. */
export function parseIssueBody(body: string, program: Program): Application {
  const sections = new Map<string, string>();
  const parts = body.replace(/\r\n/g, '\n').split(/^### +/m).slice(1);
  for (const part of parts) {
    const [heading, ...rest] = part.split('\n');
    const answer = rest.join('\n').trim();
    sections.set(heading!.trim(), answer === '_No response_' ? '' : answer);
  }
  const partner: Record<string, unknown> = {};
  const problems: string[] = [];
  let logoUrl: string | undefined;
  for (const field of APPLICATION_FIELDS) {
    const answer = sections.get(field.label) ?? '';
    if (!answer) {
      if (field.required) problems.push(`"${field.label}" is not answered`);
      continue;
    }
    if (field.choices) {
      // Options read "Name (id)"; keep the ids.
      const chosen = answer.split(/,\s*/).map((option) => /\(([a-z0-9-]+)\)\s*$/.exec(option)?.[1] ?? option.trim());
      const allowed = new Set(field.choices(program).map((c) => c.id));
      const unknown = chosen.filter((id) => !allowed.has(id));
      if (unknown.length) problems.push(`"${field.label}": ${unknown.join(', ')} is not an option of this program`);
      partner[field.key] = field.multiple ? chosen : chosen[0];
    } else if (field.key === 'services') {
      partner.services = answer.split('\n').map((line) => line.replace(/^[-*]\s*/, '').trim()).filter(Boolean);
    } else if (field.key === 'contact') {
      partner.contacts = [{ ...nameAndAddress(answer), visibility: 'public' }];
    } else if (field.key === 'logo') {
      logoUrl = /\((https?:\/\/[^)\s]+)\)|(https?:\/\/\S+)/.exec(answer)?.slice(1).find(Boolean);
      if (!logoUrl) problems.push('"Logo" has no attached file');
    } else {
      partner[field.key] = answer;
    }
  }
  return { partner, logoUrl, problems };
}
