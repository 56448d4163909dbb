// `npm run new:partner`: writes a new partner file (with its schema line), puts the logo in place,
// and validates the result. Asks for what the flags do not give; with --yes it never asks.
import path from 'node:path';
import { LOGO_EXTENSIONS } from '../../schemas/common.ts';
import { PartnerSchema } from '../../schemas/partner.ts';
import { tierOutsideTrackAdvice } from '../loader/check-tier-structure.ts';
import { listOf } from '../loader/did-you-mean.ts';
import { laddersFor } from '../model/ladders.ts';
import { askQuestions, type Check, ids, list, optional, type Question } from './ask-questions.ts';
import { partnerFieldProblem, yearAnswer } from './partner-answer.ts';
import { printProblems } from './print-problems.ts';
import { readProgram } from './read-program.ts';
import { type CommandContext, type ExitCode, runCommand } from './run-command.ts';
import { print } from './terminal-safe.ts';
import { writePartnerFile } from './write-listing-file.ts';

const HELP = `Usage: npm run new:partner -- [options]

Creates content/partners/<slug>.yaml and copies the logo to content/logos/, then validates them.
Anything not given as an option is asked for; with --yes nothing is asked.

Options:
  --name NAME            the partner's name (the slug is made from it)
  --types ID,ID          partner type ids from program.yaml
  --tier ID              a tier id from program.yaml, on the track for those types (not invitation-only)
  --website URL          https://…
  --summary TEXT         one or two sentences, at most 280 characters
  --logo FILE            an SVG, PNG, JPEG or WebP file to copy in
  --regions ID,ID        optional region ids
  --industries ID,ID     optional industry ids
  --headquarters CODE    optional: the head office's country, ISO 3166-1 alpha-2, e.g. GB or DE
  --languages TAG,TAG    optional: languages they work in, BCP 47, e.g. en,de,pt-BR
  --founded YEAR         optional: the year the company was founded, e.g. 2014
  --content DIR          the content folder (default: $PARTNERKIT_CONTENT or ./content)
  -y, --yes              never ask; fail on anything missing
  -h, --help             show this help`;

const OPTIONS = {
  name: { type: 'string' },
  tier: { type: 'string' },
  types: { type: 'string' },
  website: { type: 'string' },
  summary: { type: 'string' },
  logo: { type: 'string' },
  regions: { type: 'string' },
  industries: { type: 'string' },
  headquarters: { type: 'string' },
  languages: { type: 'string' },
  founded: { type: 'string' },
  content: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
} as const;

/** Asks for what the options do not give, then writes and validates the partner's files. */
async function newPartner({ options: values, contentFolder: root, today }: CommandContext<typeof OPTIONS>): Promise<ExitCode> {
  const date = today();
  const program = await readProgram(root);
  const idsOf = (terms: Array<{ id: string }>) => terms.map((t) => t.id);

  const fieldSchema =
    (key: 'name' | 'website' | 'summary'): Check =>
    (answer) => {
      const result = PartnerSchema.shape[key].safeParse(answer.trim());
      return result.success
        ? undefined
        : key === 'website'
          ? 'write the whole link, starting with https://'
          : key === 'summary'
            ? 'write one or two sentences, at most 280 characters'
            : 'write the name';
    };
  // Tiers a partner can be added at: on a track for its types, and not invitation-only (the program gives those).
  const openTiers = (types: string[]) => {
    const onLadders = new Set(laddersFor(program, types).flatMap((ladder) => ladder.tiers.map((tier) => tier.id)));
    return program.tiers.filter((tier) => onLadders.has(tier.id) && !tier.invitationOnly).map((tier) => tier.id);
  };
  const tierCheck: Check = (answer, earlier) => {
    const known = ids(idsOf(program.tiers), 'tier', false)(answer, earlier);
    if (known) return known;
    const tier = program.tiers.find((t) => t.id === answer.trim())!;
    const types = earlier?.types ? list(earlier.types) : [];
    const open = openTiers(types);
    if (tier.invitationOnly)
      return `${tier.name} is by invitation only → choose ${open.length ? `one of ${listOf(open)}` : 'another tier'}; when the program invites the partner, change "tier" in its file`;
    const ladders = laddersFor(program, types);
    if (types.length && !ladders.some((ladder) => ladder.tiers.some((t) => t.id === tier.id))) {
      const advice = tierOutsideTrackAdvice(
        tier.name,
        types,
        ladders.map((ladder) => ({ name: ladder.name, tiers: ladder.tiers.map((t) => t.id) })),
        open,
      );
      return `${advice.message} → ${advice.fix}`;
    }
    return undefined;
  };
  const questions: Array<Question & { key: keyof typeof values }> = [
    { key: 'name', label: "Partner's name", check: fieldSchema('name') },
    {
      key: 'types',
      label: `Partner types, comma-separated (${idsOf(program.partnerTypes).join(', ')})`,
      check: ids(idsOf(program.partnerTypes), 'partner type', true),
    },
    // After the types: they decide the track, and so the tiers to choose from.
    { key: 'tier', label: (earlier) => `Tier (${openTiers(list(earlier.types ?? '')).join(', ')})`, check: tierCheck },
    { key: 'website', label: 'Website (https://…)', check: fieldSchema('website') },
    { key: 'summary', label: 'Summary (one or two sentences)', check: fieldSchema('summary') },
    {
      key: 'logo',
      label: 'Logo file (SVG, PNG, JPEG or WebP)',
      check: (answer) => (LOGO_EXTENSIONS.some((ext) => answer.toLowerCase().endsWith(ext)) ? undefined : 'give an .svg, .png, .jpg or .webp file'),
    },
    {
      key: 'regions',
      label: `Regions, optional (${idsOf(program.vocabularies.regions).join(', ')})`,
      check: (a) => (a.trim() ? ids(idsOf(program.vocabularies.regions), 'region', true)(a) : undefined),
      optional: true,
    },
    {
      key: 'industries',
      label: `Industries, optional (${idsOf(program.vocabularies.industries).join(', ')})`,
      check: (a) => (a.trim() ? ids(idsOf(program.vocabularies.industries), 'industry', true)(a) : undefined),
      optional: true,
    },
    {
      key: 'headquarters',
      label: 'Headquarters country, optional (two-letter code, e.g. GB or DE)',
      check: optional((answer) => partnerFieldProblem('headquarters', answer.trim())),
      optional: true,
    },
    {
      key: 'languages',
      label: 'Languages they work in, optional, comma-separated (e.g. en, de, pt-BR)',
      check: optional((answer) => partnerFieldProblem('languages', list(answer))),
      optional: true,
    },
    {
      key: 'founded',
      label: 'Year founded, optional (e.g. 2014)',
      check: optional((answer) => partnerFieldProblem('founded', yearAnswer(answer), date)),
      optional: true,
    },
  ];

  const answers = await askQuestions(questions, values, values.yes === true);

  const partner = {
    name: answers.name,
    tier: answers.tier,
    types: list(answers.types!),
    website: answers.website,
    summary: answers.summary,
    ...(answers.regions ? { regions: list(answers.regions) } : {}),
    ...(answers.industries ? { industries: list(answers.industries) } : {}),
    ...(answers.headquarters ? { headquarters: answers.headquarters } : {}),
    ...(answers.languages ? { languages: list(answers.languages) } : {}),
    ...(answers.founded ? { founded: yearAnswer(answers.founded) } : {}),
    contacts: [],
  };
  const { slug, logo, problems: mine } = await writePartnerFile(root, partner, path.resolve(answers.logo!), date);
  print(`Wrote partners/${slug}.yaml and ${logo}.`);

  printProblems(mine);
  const errors = mine.filter((p) => p.severity === 'error');
  if (errors.length) {
    print();
    print(`The new files are in place but have ${errors.length} error${errors.length === 1 ? '' : 's'}: fix them, then run npm run validate.`);
    return 1;
  }
  print(`partners/${slug}.yaml is valid. Add contacts, services and integrations to it, then open a pull request.`);
  return 0;
}

if (import.meta.main) await runCommand({ name: 'new:partner', usage: HELP, options: OPTIONS, run: newPartner });
