// The content folder's git history, read once per build: which partner, app, program, case-study
// and news files each commit added, changed, renamed or deleted, with the partner and app files'
// YAML before and after. One `git log` and one `git cat-file --batch`, whatever the size of the
// program. This module only reads git; what the changes mean is src/model/changes.ts's job.
//
// Everything read here is untrusted (old blobs were never validated by today's rules): paths are
// data (NUL-separated, never through a shell), blobs go through the loader's YAML parser with its
// size and alias limits, and a blob that does not parse is counted and left out, never fatal.
import { execFile, spawn } from 'node:child_process';
import { contentKind } from './content-kinds.ts';
import { parseYamlDocument } from './yaml-document.ts';

/** full: every commit; shallow: a clone cut short, its oldest commit a baseline; none: no commits to read. */
export type HistoryState = 'full' | 'shallow' | 'none';

/** The kinds of file whose changes are events (activity ledgers are private and never read). */
export type TrackedKind = 'partner' | 'app' | 'program' | 'case-study' | 'news';

/** A file as one commit left it: its slug (file name) and, for partners and apps, its parsed YAML (undefined when it does not parse). */
export interface FileVersion {
  slug: string;
  data: unknown;
}

/**
 * One file's change in one commit: no `before` when it was added, no `after` when it was deleted.
 * `before.data` is there only when an earlier commit wrote that version (the events compare with
 * the last version they saw, so they never need more).
 */
export interface FileChange {
  kind: TrackedKind;
  before: FileVersion | undefined;
  after: FileVersion | undefined;
}

export interface HistoryCommit {
  hash: string;
  /** The committer's time, RFC 3339 in UTC, e.g. 2026-03-01T09:30:00Z. */
  date: string;
  /** The oldest commit of a shallow clone: what it holds was there before, so it is a baseline, not news. */
  baseline: boolean;
  changes: FileChange[];
}

export interface ContentHistory {
  state: HistoryState;
  /** Commits that touched the tracked files, oldest first (along the first-parent line: what was published, when). */
  commits: HistoryCommit[];
  /** The content's revision: the last commit that touched its partner, app, program, case-study or news files (code-only commits do not move it). */
  revision: string | undefined;
  /** Old partner and app files that did not parse as YAML: left out of the events. */
  unreadable: number;
  /** Why there is no history (state none): for the build's notice. */
  reason: string | undefined;
}

// Git as a program, not as the user's configured tool: no pager, no prompts, no system config,
// paths never quoted (they come back NUL-separated anyway), and none of the caller's GIT_*
// variables (a build run from a git hook inherits GIT_DIR and GIT_INDEX_FILE, which would point
// git at another repository than the content's).
const gitEnv = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
});
const GIT_OPTIONS = ['-c', 'core.quotepath=off', '-c', 'log.showSignature=false', '-c', 'diff.renames=true'];
const MAX_OUTPUT = 1024 * 1024 * 1024;

function git(root: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...GIT_OPTIONS, '-C', root, ...args], { env: gitEnv(), encoding: 'utf8', maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) =>
      error ? reject(Object.assign(error, { stderr })) : resolve(stdout),
    );
  });
}

const FOLDER_KINDS = (['partner', 'app', 'case-study', 'news'] as const).map((kind) => {
  const files = contentKind(kind).files;
  if (!('folder' in files)) throw new Error(`${kind} is not a folder of files`);
  return { kind, folder: `${files.folder}/`, extensions: files.extensions };
});
const PROGRAM_PATH = (() => {
  const files = contentKind('program').files;
  if (!('path' in files)) throw new Error('program is not one file');
  return files.path;
})();
/** The pathspecs of `git log`, relative to the content folder. */
const TRACKED_PATHS = [...FOLDER_KINDS.map((kind) => kind.folder), PROGRAM_PATH];

/** The kind and slug of a path relative to the content folder; undefined for a file that is none of them (a logo, a nested file). */
export function trackedFile(file: string): { kind: TrackedKind; slug: string } | undefined {
  if (file === PROGRAM_PATH) return { kind: 'program', slug: 'program' };
  for (const { kind, folder, extensions } of FOLDER_KINDS) {
    if (!file.startsWith(folder)) continue;
    const name = file.slice(folder.length);
    const extension = extensions.find((ext) => name.endsWith(ext));
    if (name.includes('/') || !extension) return undefined;
    return { kind, slug: name.slice(0, -extension.length) };
  }
  return undefined;
}

const NO_BLOB = /^0+$/;

interface RawChange {
  status: string;
  oldBlob: string | undefined;
  newBlob: string | undefined;
  oldPath: string | undefined;
  newPath: string | undefined;
}

interface RawCommit {
  hash: string;
  time: number;
  parents: string[];
  changes: RawChange[];
}

/**
 * Parses `git log -z --raw --format=%x1e%H %ct %P`: a header token starting with U+001E, then per
 * changed file a ":modes blobs status" token followed by its path (two for a rename or copy).
 * Read token by token, so a path may hold any character, U+001E and newlines included.
 */
export function parseRawLog(output: string): RawCommit[] {
  const tokens = output.split('\0');
  const commits: RawCommit[] = [];
  let current: RawCommit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n/, '');
    if (token.startsWith('\x1e')) {
      const [hash = '', time = '0', ...parents] = token.slice(1).trim().split(' ');
      current = { hash, time: Number(time), parents: parents.filter(Boolean), changes: [] };
      commits.push(current);
    } else if (token.startsWith(':') && current) {
      const [, , oldBlob = '', newBlob = '', status = ''] = token.slice(1).split(' ');
      const letter = status.charAt(0);
      const paired = letter === 'R' || letter === 'C';
      const first = tokens[++i];
      const second = paired ? tokens[++i] : undefined;
      current.changes.push({
        status: letter,
        oldBlob: NO_BLOB.test(oldBlob) ? undefined : oldBlob,
        newBlob: NO_BLOB.test(newBlob) ? undefined : newBlob,
        oldPath: letter === 'A' ? undefined : first,
        newPath: letter === 'D' ? undefined : paired ? second : first,
      });
    }
  }
  return commits;
}

/** Reads `blobs` through one `git cat-file --batch`: their text, by object name. */
function readBlobs(root: string, blobs: readonly string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_OPTIONS, '-C', root, 'cat-file', '--batch'], { env: gitEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const texts = new Map<string, string>();
      let at = 0;
      while (at < output.length) {
        const lineEnd = output.indexOf(0x0a, at);
        if (lineEnd < 0) break;
        const [name = '', type, size] = output.toString('utf8', at, lineEnd).split(' ');
        at = lineEnd + 1;
        if (type !== 'blob' || size === undefined) continue; // "<name> missing"
        const end = at + Number(size);
        texts.set(name, output.toString('utf8', at, end));
        at = end + 1;
      }
      resolve(texts);
    });
    child.stdin.on('error', () => undefined); // git exits early only on a failure reported by close
    child.stdin.end(blobs.map((blob) => `${blob}\n`).join(''));
  });
}

const NONE = (reason: string): ContentHistory => ({ state: 'none', commits: [], revision: undefined, unreadable: 0, reason });

/** The content folder's history: never throws; a folder outside git, or git missing, is state none with the reason. */
export async function readContentHistory(root: string): Promise<ContentHistory> {
  let shallow: boolean;
  try {
    shallow = (await git(root, ['rev-parse', '--is-shallow-repository', 'HEAD'])).split('\n')[0]?.trim() === 'true';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NONE('git is not installed');
    // Git refuses a repository another user owns (CI containers): say how to allow it.
    if (/dubious ownership/.test(String((error as { stderr?: unknown }).stderr))) {
      return NONE('git will not read a repository owned by another user: allow it with git config --global --add safe.directory <the repository>');
    }
    return NONE('the content folder is not in a git repository with commits');
  }
  const log = await git(root, [
    'log',
    '-z',
    '--reverse',
    '--first-parent',
    '--diff-merges=first-parent',
    '-M',
    '--raw',
    '--no-abbrev',
    '--relative',
    '--format=%x1e%H %ct %P',
    'HEAD',
    '--',
    ...TRACKED_PATHS,
  ]).catch(() => undefined);
  if (log === undefined) return NONE('git could not read the content folder’s history');
  const raw = parseRawLog(log);
  if (raw.length === 0) return NONE('the content folder has no commits');

  // Only partner and app files are read: the events need their fields; the other kinds only their
  // slugs. Only the versions commits wrote: a file's version before a commit is the one an earlier
  // commit wrote, which the events compare with (what a shallow clone's oldest commit replaced is unknown anyway).
  const wanted = new Set<string>();
  for (const commit of raw) {
    for (const change of commit.changes) {
      const kind = change.newPath === undefined ? undefined : trackedFile(change.newPath)?.kind;
      if (change.newBlob && (kind === 'partner' || kind === 'app')) wanted.add(change.newBlob);
    }
  }
  const texts = await readBlobs(root, [...wanted]).catch(() => new Map<string, string>());
  const parsed = new Map<string, unknown>();
  let unreadable = 0;
  for (const blob of wanted) {
    const text = texts.get(blob);
    texts.delete(blob); // each text is garbage once parsed: a large history need not hold them all
    const result = text === undefined ? undefined : parseYamlDocument(text);
    if (result?.ok) parsed.set(blob, result.document.data);
    else unreadable++;
  }
  const version = (blob: string | undefined, file: string | undefined): FileVersion | undefined => {
    const tracked = file === undefined ? undefined : trackedFile(file);
    return tracked && { slug: tracked.slug, data: blob === undefined ? undefined : parsed.get(blob) };
  };

  const commits = raw.map((commit): HistoryCommit => {
    const changes: FileChange[] = [];
    for (const change of commit.changes) {
      const before = change.status === 'A' || change.status === 'C' ? undefined : version(change.oldBlob, change.oldPath);
      const after = change.status === 'D' ? undefined : version(change.newBlob, change.newPath);
      const kind = (after ? trackedFile(change.newPath!) : trackedFile(change.oldPath ?? ''))?.kind;
      if (!kind) continue;
      // A file renamed into another kind's folder (or out of one) is a deletion and an addition.
      const beforeKind = change.oldPath === undefined ? undefined : trackedFile(change.oldPath)?.kind;
      if (before && after && beforeKind !== kind) {
        if (beforeKind) changes.push({ kind: beforeKind, before, after: undefined });
        changes.push({ kind, before: undefined, after });
      } else {
        changes.push({ kind, before, after });
      }
    }
    return {
      hash: commit.hash,
      date: new Date(commit.time * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      baseline: shallow && commit.parents.length === 0,
      changes,
    };
  });
  return { state: shallow ? 'shallow' : 'full', commits, revision: commits.at(-1)?.hash, unreadable, reason: undefined };
}
