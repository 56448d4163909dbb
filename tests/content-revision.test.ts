// The content's revision (src/loader/content-revision.ts): the last commit of the content folder and
// its date, what /api/v1/status.json states and Model.contentDate is, and the date of program.yaml's
// last commit, which dates the program guide. Content outside git has none.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRevision } from '../src/loader/content-revision.ts';

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function repository(): Promise<{ repo: string; content: string; commit: (message: string, date: string) => string }> {
  const repo = await mkdtemp(path.join(tmpdir(), 'partnerkit-revision-'));
  folders.push(repo);
  const content = path.join(repo, 'content');
  await mkdir(path.join(content, 'partners'), { recursive: true });
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git('', 'init', '-q');
  return {
    repo,
    content,
    commit: (message, date) => {
      git(date, 'add', '-A');
      git(date, 'commit', '-q', '-m', message);
      return git(date, 'rev-parse', 'HEAD').trim();
    },
  };
}

describe("the content's revision", () => {
  it('is the last commit touching the content folder, with its UTC date; the guide is dated by program.yaml alone', async () => {
    const { repo, content, commit } = await repository();
    await writeFile(path.join(content, 'program.yaml'), 'name: Example\n');
    commit('The program', '2026-10-01T23:30:00-02:00'); // 2026-10-02 in UTC
    await writeFile(path.join(content, 'partners', 'acme.yaml'), 'name: Acme\n');
    const partnerCommit = commit('A partner', '2026-11-20T09:00:00Z');
    // A commit outside the content folder (the site's code) changes neither.
    await writeFile(path.join(repo, 'README.md'), 'Code.\n');
    commit('Code', '2026-11-25T09:00:00Z');
    expect(contentRevision(content)).toEqual({ commit: partnerCommit, date: '2026-11-20', programDate: '2026-10-02' });
  });

  it('is none for content outside git, or a folder no commit has touched yet', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'partnerkit-no-git-'));
    folders.push(outside);
    expect(contentRevision(outside)).toBeUndefined();
    const { content } = await repository();
    expect(contentRevision(content)).toBeUndefined();
  });
});
