// A throwaway git repository for tests of commands that read a pull request's changes (pr-summary):
// the content committed on main, then a feature branch checked out to change it on.
import { execFileSync } from 'node:child_process';

export type Git = (...args: string[]) => string;

/** `git` in `repo`, as a fixed author, with output returned as text. */
export function gitIn(repo: string): Git {
  return (...args) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
    });
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
