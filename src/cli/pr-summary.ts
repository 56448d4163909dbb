// `node src/cli/pr-summary.ts --base origin/main`: a Markdown summary of what a pull request
// changes in the content (partners added, changed, removed; other files) and the problems
// validate finds, for the pull request's job summary.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { loadContent } from '../loader/load-content.ts';
import { contentDirectory } from '../settings.ts';
import { buildDateFor, commandOptions } from './cli-support.ts';

export interface ContentChange {
  status: 'added' | 'changed' | 'removed';
  file: string;
}

/** Content files changed between `base` and HEAD, relative to the content folder. */
export function contentChanges(base: string, contentFolder: string, cwd = process.cwd()): ContentChange[] {
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
  const folder = path.relative(top, contentFolder).split(path.sep).join('/');
  // No rename detection: partner files look alike, so git would pair unrelated partners.
  const output = execFileSync('git', ['diff', '--name-status', '--no-renames', `${base}...HEAD`, '--', folder], { cwd, encoding: 'utf8' });
  return output.split('\n').filter(Boolean).map((line) => {
    const [code, ...files] = line.split('\t');
    const file = files.at(-1)!.slice(folder.length + 1);
    const status = code!.startsWith('A') ? 'added' : code!.startsWith('D') ? 'removed' : 'changed';
    return { status, file };
  });
}

export async function summaryMarkdown(changes: ContentChange[], contentFolder: string, today: string): Promise<string> {
  const { problems, filesChecked } = await loadContent(contentFolder, { today });
  // Names as written, so the summary reads well even when a file has errors; a removed file keeps its slug.
  const partnerName = (slug: string) => {
    try {
      const data = load(readFileSync(path.join(contentFolder, 'partners', `${slug}.yaml`), 'utf8')) as { name?: unknown };
      return typeof data?.name === 'string' ? data.name : slug;
    } catch {
      return slug;
    }
  };
  const partners = changes.filter((c) => /^partners\/[^/]+\.yaml$/.test(c.file));
  const others = changes.filter((c) => !partners.includes(c));
  const lines = ['## Content changes', ''];
  if (!changes.length) lines.push('This pull request changes no content.');
  for (const status of ['added', 'changed', 'removed'] as const) {
    const group = partners.filter((c) => c.status === status);
    if (group.length) lines.push(`**Partners ${status}:** ${group.map((c) => `${partnerName(path.basename(c.file, '.yaml'))} (\`${c.file}\`)`).join(', ')}`, '');
  }
  if (others.length) lines.push('**Other files:**', '', ...others.map((c) => `- ${c.status}: \`${c.file}\``), '');
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  lines.push('## Validation', '', errors.length ? `❌ ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${filesChecked} files:` : `✅ ${filesChecked} files checked, no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`);
  if (problems.length) {
    lines.push('', '| Where | Field | Problem | Fix |', '| --- | --- | --- | --- |');
    const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    for (const p of problems) lines.push(`| \`${p.file}:${p.line}:${p.column}\` | ${cell(p.path || p.entry)} | ${p.severity === 'error' ? '❌' : '⚠️'} ${cell(p.message)} | ${cell(p.fix)} |`);
  }
  return `${lines.join('\n')}\n`;
}

const HELP = `Usage: node src/cli/pr-summary.ts [--base REF] [--content DIR]

Prints, as Markdown, what the current branch changes in the content folder since it left REF
(default origin/main): partners added, changed or removed, other files, and validate's problems.`;

async function main(argv: string[]): Promise<number> {
  const values = commandOptions('pr-summary', argv, { base: { type: 'string', default: 'origin/main' }, content: { type: 'string' } }, HELP);
  if (typeof values === 'number') return values;
  const today = buildDateFor('pr-summary');
  if (today === undefined) return 2;
  const folder = contentDirectory(values.content);
  let changes: ContentChange[];
  try {
    changes = contentChanges(values.base!, folder);
  } catch (error) {
    console.error(`pr-summary: cannot compare with ${values.base} (${(error as Error).message.split('\n')[0]}) → fetch the base branch, e.g. actions/checkout with fetch-depth: 0`);
    return 2;
  }
  process.stdout.write(await summaryMarkdown(changes, folder, today));
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
