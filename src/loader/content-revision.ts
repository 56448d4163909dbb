// The git commit the content folder was last changed in, and that commit's date: what a build
// states about "how fresh" its data is, instead of the build date (issue 16: an output changes
// only when what it describes changes). Two `git log -1`; no history is read. A content folder
// outside git, or a machine without git, has no revision: the build says so (null) and goes on.
import { execFileSync } from 'node:child_process';

export interface ContentRevision {
  /** The full commit hash of the last commit touching the content folder. */
  commit: string;
  /** That commit's date (committer date, UTC), YYYY-MM-DD. */
  date: string;
  /** When program.yaml last changed: the date of the program guide, which describes that file alone. */
  programDate: string;
}

export function contentRevision(contentFolder: string): ContentRevision | undefined {
  const folder = lastCommit(contentFolder, '.');
  if (!folder) return undefined;
  return { ...folder, programDate: lastCommit(contentFolder, 'program.yaml')?.date ?? folder.date };
}

/** The last commit touching `target` (relative to the content folder): commits to the code alone do not count. */
function lastCommit(contentFolder: string, target: string): { commit: string; date: string } | undefined {
  let output: string;
  try {
    output = execFileSync('git', ['log', '-1', '--format=%H %ct', '--', target], {
      cwd: contentFolder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined; // not a git repository, or no git
  }
  const match = /^([0-9a-f]{40,64}) (\d+)$/.exec(output);
  if (!match) return undefined; // a repository without a commit touching the folder
  return { commit: match[1]!, date: new Date(Number(match[2]) * 1000).toISOString().slice(0, 10) };
}
