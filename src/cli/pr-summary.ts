// `node src/cli/pr-summary.ts --base origin/main`: a Markdown summary of what a pull request
// changes in the content (partners and apps added, changed, removed; other files) and the problems
// validate finds, for the pull request's job summary.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadContent } from '../loader/load-content.ts';
import { readContentFile } from '../loader/read-content-file.ts';
import { markdownCode, markdownText } from '../shared/markdown-escape.ts';
import { runCommand } from './run-command.ts';
import { write } from './terminal-safe.ts';
import { UserError } from './user-error.ts';

export interface ContentChange {
  status: 'added' | 'changed' | 'removed';
  file: string;
}

/** Content files changed between `base` and HEAD, relative to the content folder. */
export function contentChanges(base: string, contentFolder: string, cwd = process.cwd()): ContentChange[] {
  // git's own messages are captured (stdio), not passed to the terminal: they quote the revision asked for.
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const top = git(['rev-parse', '--show-toplevel']).trim();
  const folder = path.relative(top, contentFolder).split(path.sep).join('/');
  // No rename detection: partner files look alike, so git would pair unrelated partners. -z gives
  // each file name as it is (a name may hold a tab, a line break or a quote), NUL-separated.
  const output = git(['diff', '--name-status', '-z', '--no-renames', `${base}...HEAD`, '--', folder]);
  const fields = output.split('\0');
  const changes: ContentChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const code = fields[i]!;
    const status = code.startsWith('A') ? 'added' : code.startsWith('D') ? 'removed' : 'changed';
    changes.push({ status, file: fields[i + 1]!.slice(folder.length + 1) });
  }
  return changes;
}

/** The listings a summary names one by one, by their folder: each file is one, with a name. */
const LISTINGS = [
  { folder: 'partners', label: 'Partners' },
  { folder: 'apps', label: 'Apps' },
] as const;

export async function summaryMarkdown(changes: ContentChange[], contentFolder: string, today: string): Promise<string> {
  const { problems, filesChecked } = await loadContent(contentFolder, { today });
  // Names as written (read by the loader), so the summary reads well even when a file has errors; a removed file keeps its slug.
  const nameOf = async (file: string) => {
    const listing = await readContentFile(contentFolder, file);
    const name = listing.found ? (listing.raw as { name?: unknown } | undefined)?.name : undefined;
    return typeof name === 'string' ? name : path.basename(file, '.yaml');
  };
  // Names, file names and messages come from the pull request: each is escaped, so none can
  // hide the rest of the summary, add text of its own, break the table or ping anyone.
  const inFolder = (folder: string) => (c: ContentChange) => path.posix.dirname(c.file) === folder && c.file.endsWith('.yaml');
  const named = changes.filter((c) => LISTINGS.some(({ folder }) => inFolder(folder)(c)));
  const others = changes.filter((c) => !named.includes(c));
  const lines = ['## Content changes', ''];
  if (!changes.length) lines.push('This pull request changes no content.');
  for (const { folder, label } of LISTINGS) {
    for (const status of ['added', 'changed', 'removed'] as const) {
      const group = changes.filter((c) => inFolder(folder)(c) && c.status === status);
      const names = await Promise.all(group.map(async (c) => `${markdownText(await nameOf(c.file))} (${markdownCode(c.file)})`));
      if (group.length) lines.push(`**${label} ${status}:** ${names.join(', ')}`, '');
    }
  }
  if (others.length) lines.push('**Other files:**', '', ...others.map((c) => `- ${c.status}: ${markdownCode(c.file)}`), '');
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  lines.push(
    '## Validation',
    '',
    errors.length
      ? `❌ ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${filesChecked} files:`
      : `✅ ${filesChecked} files checked, no errors${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`,
  );
  if (problems.length) {
    lines.push('', '| Where | Field | Problem | Fix |', '| --- | --- | --- | --- |');
    for (const p of problems)
      lines.push(
        `| ${markdownCode(`${p.file}:${p.line}:${p.column}`)} | ${markdownText(p.path || p.entry)} | ${p.severity === 'error' ? '❌' : '⚠️'} ${markdownText(p.message)} | ${markdownText(p.fix)} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

const HELP = `Usage: node src/cli/pr-summary.ts [--base REF] [--content DIR]

Prints, as Markdown, what the current branch changes in the content folder since it left REF
(default origin/main): partners and apps added, changed or removed, other files, and validate's problems.`;

if (import.meta.main)
  await runCommand({
    name: 'pr-summary',
    usage: HELP,
    options: { base: { type: 'string', default: 'origin/main' }, content: { type: 'string' } },
    async run({ options: { base }, contentFolder, today }) {
      const date = today();
      let changes: ContentChange[];
      try {
        changes = contentChanges(base, contentFolder);
      } catch (error) {
        const reason = String((error as { stderr?: unknown }).stderr || (error as Error).message).trim();
        throw new UserError(`cannot compare with ${base} (${reason}) → fetch the base branch, e.g. actions/checkout with fetch-depth: 0`);
      }
      write(await summaryMarkdown(changes, contentFolder, date));
      return 0;
    },
  });
