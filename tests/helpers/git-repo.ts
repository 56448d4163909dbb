// Throwaway git repositories: for tests of commands that read a pull request's changes (pr-summary),
// the content committed on main, then a feature branch checked out to change it on; for tests of the
// change events, content committed step by step on fixed dates.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export type Git = (...args: string[]) => string;

/** `git` in `repo`, as a fixed author (and `env`, e.g. fixed commit dates), with output returned as text. */
export function gitIn(repo: string, env: Record<string, string> = {}): Git {
  return (...args) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', ...env },
    });
}

/** Commits everything in `repo` (initialised on first use) as of `date` (YYYY-MM-DD, 10:00 UTC), as author and committer. */
export function commitAllOn(repo: string, date: string, message = `content as of ${date}`): string {
  const at = `${date}T10:00:00Z`;
  const git = gitIn(repo, { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
  if (!existsSync(path.join(repo, '.git'))) git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
  return git('rev-parse', 'HEAD').trim();
}

/** Makes `repo` a repository whose main branch holds `paths`, and checks out a new branch "feature". */
export function repoWithFeatureBranch(repo: string, paths: string): Git {
  const git = gitIn(repo);
  git('init', '-q', '-b', 'main');
  git('add', paths);
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  return git;
}
