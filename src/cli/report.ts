// `npm run report`: the reciprocity report as a terminal table, Markdown (for a monthly progress
// report) or JSON, computed by the same model the site's /activity/ page renders.
import { closest } from '../loader/did-you-mean.ts';
import { type PartnerReciprocity, type ReciprocityReport, type RequirementProgress, reciprocityReport, reportHighlights } from '../model/reciprocity.ts';
import { REQUIREMENT_STATE_WORDS } from '../model/wording.ts';
import { isCalendarDate } from '../shared/dates.ts';
import { markdownText } from '../shared/markdown-escape.ts';
import { signed } from '../shared/signed.ts';
import { runCommand } from './run-command.ts';
import { oneLine, write } from './terminal-safe.ts';
import { UserError } from './user-error.ts';

const HELP = `Usage: npm run report -- [options]

The reciprocity report: what the platform and each partner did for each other, recently and in
the last 12 months, the balance, and progress against each tier's requirements.

Options:
  --format FORMAT   table (default), md (Markdown, for a monthly report) or json
  --partner SLUG    one partner, in detail
  --since DATE      start the recent window on DATE (YYYY-MM-DD) instead of the program's latelyDays
  --content DIR     the content folder (default: $PARTNERKIT_CONTENT or ./content)
  -h, --help        show this help

The build date is $PARTNERKIT_NOW (YYYY-MM-DD) when set, else today.`;

const sides = (t: { platform: { count: number; score: number }; partner: { count: number; score: number } }) =>
  `${t.platform.count}/${t.platform.score} · ${t.partner.count}/${t.partner.score}`;
const requirementsText = (p: PartnerReciprocity) =>
  p.requirements.length
    ? p.requirements.map((r) => `${r.activityName} ${r.doneText}/${r.requiredText} ${REQUIREMENT_STATE_WORDS[r.state]}`).join(', ')
    : 'none';

/** One requirement in detail: what is done in its period against what it needs, and what is still missing; for any-of, each alternative below it. */
const requirementLines = (r: RequirementProgress, text: (s: string) => string, indent = ''): string[] => [
  `${indent}- ${text(r.description)} (${text(r.periodName)}): ${text(r.doneText)}, needs ${text(r.requiredText)}; ${REQUIREMENT_STATE_WORDS[r.state]}${r.state === 'met' ? '' : ` — ${text(r.needed)}`}`,
  ...(r.options ?? []).flatMap((option) => requirementLines(option, text, `${indent}  `)),
];

// The table and Markdown show names and texts from the content: each on one line (no forged
// lines), escaped for Markdown there; write() shows any control character left visibly.
function columns(rows: string[][]): string {
  const cells = rows.map((row) => row.map(oneLine));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function table(report: ReciprocityReport, detailed: boolean): string {
  const t = oneLine;
  const header = ['Partner', 'Tier', `Last ${report.latelyDays}d (platform · partner)`, '12 months (platform · partner)', 'Balance', 'Requirements'];
  const rows = report.partners.map((p) => [p.name, p.tier, sides(p.lately), sides(p.year), signed(p.year.balance), requirementsText(p)]);
  let out = `Reciprocity as of ${report.today} (count/score per side; balance = partner − platform, last 12 months)\n\n${columns([header, ...rows])}\n`;
  if (detailed) {
    const p = report.partners[0]!;
    out += `\n${t(p.balanceText)}\nLast activity: platform ${p.lastActivity.platform ?? 'never'}, partner ${p.lastActivity.partner ?? 'never'}\n`;
    for (const r of p.requirements) out += `${requirementLines(r, t).join('\n')}\n`;
    if (p.nextTier) out += `Next tier, ${t(p.nextTier.name)}: ${p.nextTier.qualifies ? 'qualifies' : `not yet (${t(p.nextTier.missing.join('; '))})`}\n`;
    out += `Next step: ${t(p.nextStep)}\n`;
    return out;
  }
  const highlights = reportHighlights(report);
  out += `\nAt risk of missing their tier's requirements: ${highlights.atRisk.length}\n`;
  out += highlights.atRisk
    .map(
      (p) =>
        `- ${t(p.name)} (${t(p.tier)}): ${t(
          p.requirements
            .filter((r) => r.state !== 'met')
            .map((r) => r.needed)
            .join('; '),
        )}`,
    )
    .join('\n');
  out += `\n\nStale (nothing on either side in ${report.latelyDays} days): ${t(highlights.stale.map((p) => p.name).join(', ')) || 'none'}`;
  out += `\nNothing recorded yet: ${t(highlights.nothingRecorded.map((p) => p.name).join(', ')) || 'none'}\n`;
  return out;
}

function markdown(report: ReciprocityReport, programName: string, detailed: boolean): string {
  const md = markdownText;
  const highlights = reportHighlights(report);
  const lines = [
    `# ${md(programName)}: reciprocity report, ${report.today}`,
    '',
    `Counts and weighted scores per side; the balance is partner − platform over the last 12 months (positive: the platform owes the partner).`,
    '',
  ];
  lines.push(
    `| Partner | Tier | Last ${report.latelyDays} days: platform | partner | 12 months: platform | partner | Balance | Requirements |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const p of report.partners)
    lines.push(
      `| ${md(p.name)} | ${md(p.tier)} | ${p.lately.platform.count} (${p.lately.platform.score}) | ${p.lately.partner.count} (${p.lately.partner.score}) | ${p.year.platform.count} (${p.year.platform.score}) | ${p.year.partner.count} (${p.year.partner.score}) | ${signed(p.year.balance)} | ${md(requirementsText(p))} |`,
    );
  if (!detailed) {
    lines.push(
      '',
      '## Most engaged',
      '',
      ...highlights.ranking
        .slice(0, 10)
        .map((p, i) => `${i + 1}. ${md(p.name)}: ${p.year.partner.score} points from the partner, ${p.year.platform.score} from the platform`),
    );
    lines.push(
      '',
      "## At risk of missing their tier's requirements",
      '',
      ...(highlights.atRisk.length
        ? highlights.atRisk.map(
            (p) =>
              `- **${md(p.name)}** (${md(p.tier)}): ${md(
                p.requirements
                  .filter((r) => r.state !== 'met')
                  .map((r) => r.needed)
                  .join('; '),
              )}`,
          )
        : ['None.']),
    );
    lines.push(
      '',
      '## Most imbalanced',
      '',
      '**The partner owes the platform:**',
      '',
      ...(highlights.partnerOwes.length ? highlights.partnerOwes.map((p) => `- ${md(p.name)}: ${p.year.balance}`) : ['None.']),
      '',
      '**The platform owes the partner:**',
      '',
      ...(highlights.platformOwes.length ? highlights.platformOwes.map((p) => `- ${md(p.name)}: +${p.year.balance}`) : ['None.']),
    );
    lines.push(
      '',
      `## Stale (nothing on either side in ${report.latelyDays} days)`,
      '',
      ...(highlights.stale.length ? highlights.stale.map((p) => `- ${md(p.name)}: last activity ${p.latestActivity}`) : ['None.']),
      '',
      '## Nothing recorded yet',
      '',
      ...(highlights.nothingRecorded.length ? highlights.nothingRecorded.map((p) => `- ${md(p.name)}`) : ['None.']),
    );
  } else {
    const p = report.partners[0]!;
    lines.push('', md(p.balanceText), '', ...p.requirements.flatMap((r) => requirementLines(r, md)), '', `**Next step:** ${md(p.nextStep)}`);
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.main)
  await runCommand({
    name: 'report',
    usage: HELP,
    options: {
      format: { type: 'string', default: 'table', choices: ['table', 'md', 'json'] },
      partner: { type: 'string' },
      since: { type: 'string' },
      content: { type: 'string' },
    },
    async run({ options, today, validContent }) {
      const { format, partner, since } = options;
      const date = today();
      if (since !== undefined && !isCalendarDate(since)) {
        throw new UserError(`--since "${since}" is not a date → write it as YYYY-MM-DD, e.g. --since 2026-01-01`);
      }
      if (since !== undefined && since > date) throw new UserError(`--since ${since} is after the build date ${date} → pick an earlier date`);

      const content = await validContent();
      const report = reciprocityReport(content, { today: date, ...(since ? { since } : {}) });
      if (partner !== undefined) {
        const one = report.partners.find((p) => p.slug === partner);
        if (!one) {
          const guess = closest(
            partner,
            report.partners.map((p) => p.slug),
          );
          throw new UserError(
            `no active partner "${partner}"${guess ? ` → did you mean "${guess}"?` : ' → use the file name of an active partner, e.g. --partner acme'}`,
          );
        }
        report.partners = [one];
      }
      const detailed = partner !== undefined;
      write(
        format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === 'md'
            ? markdown(report, content.program.name, detailed)
            : table(report, detailed),
      );
      return 0;
    },
  });
