// `npm run audit`: how complete the program is against the building blocks of an API partner
// program, as a terminal table or Markdown, with a suggestion for each gap.
import { type AuditArea, type AuditBlock, programAudit } from '../model/audit.ts';
import { markdownText } from '../shared/markdown-escape.ts';
import { runCommand } from './run-command.ts';
import { oneLine, write } from './terminal-safe.ts';

const HELP = `Usage: npm run audit -- [--format table|md] [--content DIR]

Lists, for each building block of an API partner program, whether the program has it, and what
to add where it does not.`;

const count = (areas: AuditArea[]) => {
  const blocks = areas.flatMap((a) => a.blocks);
  return `${blocks.filter((b) => b.present).length} of ${blocks.length} building blocks`;
};

/** What a block says: what the program has, or what to add (and what is missing). `detail` may quote the content, so it is passed through `shown`. */
function said(block: AuditBlock, shown: (text: string) => string): string {
  if (block.present) return shown(block.detail);
  return block.detail ? `${block.suggestion}: ${shown(block.detail)}` : block.suggestion;
}

function table(areas: AuditArea[]): string {
  const rows = areas.flatMap((area) => area.blocks.map((b, i) => [i === 0 ? area.area : '', b.present ? 'has' : 'lacks', b.name, said(b, oneLine)]));
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['Area', 'Status', 'Block'][i]!.length));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell))
      .join('  ')
      .trimEnd();
  return `${line(['Area', 'Status', 'Block', 'Detail or suggestion'])}\n${rows.map(line).join('\n')}\n\nThe program has ${count(areas)}.\n`;
}

function markdown(areas: AuditArea[], name: string): string {
  const lines = [
    `# ${markdownText(name)}: program audit`,
    '',
    `The program has ${count(areas)}.`,
    '',
    '| Area | Block | Status | Detail or suggestion |',
    '| --- | --- | --- | --- |',
  ];
  for (const area of areas)
    for (const b of area.blocks) lines.push(`| ${area.area} | ${b.name} | ${b.present ? '✅ has' : '❌ lacks'} | ${said(b, markdownText)} |`);
  const gaps = areas.flatMap((a) => a.blocks.filter((b) => !b.present).map((b) => `- **${a.area}, ${b.name}**: ${said(b, markdownText)}`));
  if (gaps.length) lines.push('', '## What to add', '', ...gaps);
  return `${lines.join('\n')}\n`;
}

if (import.meta.main)
  await runCommand({
    name: 'audit',
    usage: HELP,
    options: { format: { type: 'string', default: 'table', choices: ['table', 'md'] }, content: { type: 'string' } },
    async run({ options, validContent }) {
      const content = await validContent();
      const areas = programAudit(content);
      write(options.format === 'md' ? markdown(areas, content.program.name) : table(areas));
      return 0;
    },
  });
