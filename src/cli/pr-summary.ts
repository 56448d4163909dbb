// `node src/cli/pr-summary.ts --base origin/main`: a Markdown summary of what a pull request
// changes in the content (partners and apps added, changed with the fields that changed, removed;
// other files) and the problems validate finds, for the pull request's job summary.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { listOf } from '../loader/did-you-mean.ts';
import { loadContent } from '../loader/load-content.ts';
import { readContentFile } from '../loader/read-content-file.ts';
import { parseYamlDocument } from '../loader/yaml-document.ts';
import { markdownCode, markdownText } from '../shared/markdown-escape.ts';
import { runCommand } from './run-command.ts';
import { write } from './terminal-safe.ts';
import { UserError } from './user-error.ts';

export interface ContentChange {
  status: 'added' | 'changed' | 'removed';
  file: string;
}

/** A content file's text where the branch left `base`; undefined when it was not there. */
export type BaseVersion = (file: string) => string | undefined;

// git's own messages are captured (stdio), not passed to the terminal: they quote the revision asked for.
const gitIn = (cwd: string) => (args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 * 1024 * 1024 });

/** The content folder as git names it, from the top of the repository. */
const gitFolder = (git: (args: string[]) => string, contentFolder: string) =>
  path
    .relative(git(['rev-parse', '--show-toplevel']).trim(), contentFolder)
    .split(path.sep)
    .join('/');

/** Reads content files as they were where the branch left `base` (the merge base, as `base...HEAD` compares). */
export function baseVersion(base: string, contentFolder: string, cwd = process.cwd()): BaseVersion {
  const git = gitIn(cwd);
  const folder = gitFolder(git, contentFolder);
  const mergeBase = git(['merge-base', base, 'HEAD']).trim();
  return (file) => {
    try {
      return git(['show', `${mergeBase}:${folder}/${file}`]);
    } catch {
      return undefined;
    }
  };
}

/** Content files changed between `base` and HEAD, relative to the content folder. */
export function contentChanges(base: string, contentFolder: string, cwd = process.cwd()): ContentChange[] {
  const git = gitIn(cwd);
  const folder = gitFolder(git, contentFolder);
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

/** The top-level fields whose values differ between two readings of a file (data as written), in the order written. */
function changedFields(before: unknown, after: unknown): string[] {
  const fieldsOf = (data: unknown) => (data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {});
  const [old, now] = [fieldsOf(before), fieldsOf(after)];
  const keys = new Set([...Object.keys(now), ...Object.keys(old)]);
  return [...keys].filter((key) => JSON.stringify(old[key]) !== JSON.stringify(now[key]));
}

/**
 * The summary. With `before` (the files where the branch left its base), a changed listing says
 * which of its fields changed, by name only: values may be private (contacts, certified people).
 */
export async function summaryMarkdown(changes: ContentChange[], contentFolder: string, today: string, before?: BaseVersion): Promise<string> {
  const { problems, filesChecked } = await loadContent(contentFolder, { today });
  // Names and fields as written (read by the loader), so the summary reads well even when a file has errors; a removed file keeps its slug.
  const describe = async (change: ContentChange) => {
    const listing = change.status === 'removed' ? undefined : await readContentFile(contentFolder, change.file);
    const raw = listing?.found ? listing.raw : undefined;
    const name = (raw as { name?: unknown } | undefined)?.name;
    const text = change.status === 'changed' ? before?.(change.file) : undefined;
    const parsed = text === undefined ? undefined : parseYamlDocument(text);
    // Fields are compared only when both versions can be read: a file that no longer parses has its problems in the table.
    const fields = parsed?.ok && raw !== undefined ? changedFields(parsed.document.data, raw) : [];
    // "Acme Cloud (`partners/acme-cloud.yaml`: tier, headquarters)"
    const shown = markdownText(typeof name === 'string' ? name : path.basename(change.file, '.yaml'));
    return `${shown} (${markdownCode(change.file)}${fields.length ? `: ${listOf(fields.map(markdownText))}` : ''})`;
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
      const names = await Promise.all(group.map(describe));
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
      let before: BaseVersion;
      try {
        changes = contentChanges(base, contentFolder);
        before = baseVersion(base, contentFolder);
      } catch (error) {
        const reason = String((error as { stderr?: unknown }).stderr || (error as Error).message).trim();
        throw new UserError(`cannot compare with ${base} (${reason}) → fetch the base branch, e.g. actions/checkout with fetch-depth: 0`);
      }
      write(await summaryMarkdown(changes, contentFolder, date, before));
      return 0;
    },
  });
