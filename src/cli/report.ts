// `npm run report`: the reciprocity report as a terminal table, Markdown (for a monthly progress
// report) or JSON, computed by the same model the site's /activity/ page renders.
import { closest } from '../loader/did-you-mean.ts';
import { reciprocityReport, reportHighlights, type PartnerReciprocity, type ReciprocityReport } from '../model/reciprocity.ts';
import { REQUIREMENT_STATE_WORDS } from '../model/wording.ts';
import { contentDirectory } from '../settings.ts';
import { isCalendarDate } from '../shared/dates.ts';
import { buildDateFor, commandOptions, validContentFor } from './cli-support.ts';
import { signed } from '../shared/signed.ts';

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

const FORMATS = ['table', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string): number {
  console.error(`report: ${message}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const values = commandOptions('report', argv, { format: { type: 'string', default: 'table' }, partner: { type: 'string' }, since: { type: 'string' }, content: { type: 'string' } }, HELP);
  if (typeof values === 'number') return values;
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return fail(`unknown --format "${format}" → use one of: ${FORMATS.join(', ')}`);
  const today = buildDateFor('report');
  if (today === undefined) return 2;
  const since = values.since;
  if (since !== undefined && !isCalendarDate(since)) {
    return fail(`--since "${since}" is not a date → write it as YYYY-MM-DD, e.g. --since 2026-01-01`);
  }
  if (since !== undefined && since > today) return fail(`--since ${since} is after the build date ${today} → pick an earlier date`);

  const content = await validContentFor('report', contentDirectory(values.content), today);
  if (!content) return 1;
  const report = reciprocityReport(content, { today, ...(since ? { since } : {}) });
  if (values.partner !== undefined) {
    const one = report.partners.find((p) => p.slug === values.partner);
    if (!one) {
      const guess = closest(values.partner, report.partners.map((p) => p.slug));
      return fail(`no active partner "${values.partner}"${guess ? ` → did you mean "${guess}"?` : ' → use the file name of an active partner, e.g. --partner acme'}`);
    }
    report.partners = [one];
  }
  const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'md' ? markdown(report, content.program.name, values.partner !== undefined) : table(report, values.partner !== undefined);
  process.stdout.write(output);
  return 0;
}

const sides = (t: { platform: { count: number; score: number }; partner: { count: number; score: number } }) => `${t.platform.count}/${t.platform.score} · ${t.partner.count}/${t.partner.score}`;
const requirementsText = (p: PartnerReciprocity) => (p.requirements.length ? p.requirements.map((r) => `${r.activityName} ${r.done}/${r.required} ${REQUIREMENT_STATE_WORDS[r.state]}`).join(', ') : 'none');

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

function table(report: ReciprocityReport, detailed: boolean): string {
  const header = ['Partner', 'Tier', `Last ${report.latelyDays}d (platform · partner)`, '12 months (platform · partner)', 'Balance', 'Requirements'];
  const rows = report.partners.map((p) => [p.name, p.tier, sides(p.lately), sides(p.year), signed(p.year.balance), requirementsText(p)]);
  let out = `Reciprocity as of ${report.today} (count/score per side; balance = partner − platform, last 12 months)\n\n${columns([header, ...rows])}\n`;
  if (detailed) {
    const p = report.partners[0]!;
    out += `\n${p.balanceText}\nLast activity: platform ${p.lastActivity.platform ?? 'never'}, partner ${p.lastActivity.partner ?? 'never'}\n`;
    for (const r of p.requirements) out += `- ${r.description}: ${r.done} of ${r.required} (${REQUIREMENT_STATE_WORDS[r.state]}; ${r.needed})\n`;
    if (p.nextTier) out += `Next tier, ${p.nextTier.name}: ${p.nextTier.qualifies ? 'qualifies' : `not yet (${p.nextTier.missing.join('; ')})`}\n`;
    out += `Next step: ${p.nextStep}\n`;
    return out;
  }
  const highlights = reportHighlights(report);
  out += `\nAt risk of missing their tier's requirements: ${highlights.atRisk.length}\n`;
  out += highlights.atRisk.map((p) => `- ${p.name} (${p.tier}): ${p.requirements.filter((r) => r.state !== 'met').map((r) => r.needed).join('; ')}`).join('\n');
  out += `\n\nStale (nothing on either side in ${report.latelyDays} days): ${highlights.stale.map((p) => p.name).join(', ') || 'none'}\n`;
  return out;
}

function markdown(report: ReciprocityReport, programName: string, detailed: boolean): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const highlights = reportHighlights(report);
  const lines = [`# ${programName}: reciprocity report, ${report.today}`, '', `Counts and weighted scores per side; the balance is partner − platform over the last 12 months (positive: the platform owes the partner).`, ''];
  lines.push(`| Partner | Tier | Last ${report.latelyDays} days: platform | partner | 12 months: platform | partner | Balance | Requirements |`, '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const p of report.partners) lines.push(`| ${escape(p.name)} | ${p.tier} | ${p.lately.platform.count} (${p.lately.platform.score}) | ${p.lately.partner.count} (${p.lately.partner.score}) | ${p.year.platform.count} (${p.year.platform.score}) | ${p.year.partner.count} (${p.year.partner.score}) | ${signed(p.year.balance)} | ${escape(requirementsText(p))} |`);
  if (!detailed) {
    lines.push('', '## Most engaged', '', ...highlights.ranking.slice(0, 10).map((p, i) => `${i + 1}. ${p.name}: ${p.year.partner.score} points from the partner, ${p.year.platform.score} from the platform`));
    lines.push('', '## At risk of missing their tier\'s requirements', '', ...(highlights.atRisk.length ? highlights.atRisk.map((p) => `- **${escape(p.name)}** (${p.tier}): ${p.requirements.filter((r) => r.state !== 'met').map((r) => r.needed).join('; ')}`) : ['None.']));
    lines.push('', '## Most imbalanced', '', '**The partner owes the platform:**', '', ...(highlights.partnerOwes.length ? highlights.partnerOwes.map((p) => `- ${escape(p.name)}: ${p.year.balance}`) : ['None.']), '', '**The platform owes the partner:**', '', ...(highlights.platformOwes.length ? highlights.platformOwes.map((p) => `- ${escape(p.name)}: +${p.year.balance}`) : ['None.']));
    lines.push('', `## Stale (nothing on either side in ${report.latelyDays} days)`, '', ...(highlights.stale.length ? highlights.stale.map((p) => `- ${escape(p.name)}: last activity ${p.latestActivity ?? 'never'}`) : ['None.']));
  } else {
    const p = report.partners[0]!;
    lines.push('', p.balanceText, '', ...p.requirements.map((r) => `- ${r.description}: ${r.done} of ${r.required}, ${REQUIREMENT_STATE_WORDS[r.state]} (${r.needed})`), '', `**Next step:** ${p.nextStep}`);
  }
  return `${lines.join('\n')}\n`;
}

process.exitCode = await main(process.argv.slice(2));
