// The Astro build runs the same loader as validate: it publishes a program, and refuses bad
// content with exactly the messages validate prints, writing nothing. (That the demo builds, and
// builds complete, is what the site tests check on the one demo build of the run.)

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { copyOfDemo, NOW, PROJECT_ROOT, validateCli, writeContentFile } from './helpers/content-fixture.ts';
import { plantTenMistakes } from './helpers/planted-mistakes.ts';
import { writeScenario } from './helpers/scenario.ts';

const problemLines = (output: string) => output.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning) /.test(line));
/** On-boarding, for the scenarios that want a join page. */
const ONBOARDING = { overview: 'Apply, build, get listed.', signup: { label: 'Apply', url: 'https://forms.example/partner-application' } };

describe('astro build', () => {
  it('builds a program with no active partner yet, and the API page says how to fetch one', async () => {
    const root = await writeScenario({
      program: { onboarding: ONBOARDING },
      partners: { 'acme-cloud': { status: 'alumni' }, 'beta-labs': { status: 'inactive' } },
    });
    const result = await astroBuild(root);
    expect(result.code, result.stderr).toBe(0);
    const api = await readFile(path.join(result.outDir, 'api', 'index.html'), 'utf8');
    expect(api).toContain(routes.apiV1('partner'));
    const directory = await readFile(path.join(result.outDir, 'partners', 'index.html'), 'utf8');
    expect(directory).not.toContain('data-slug=');
    // The API lists both, as what they are: none is active.
    const list = JSON.parse(await readFile(path.join(result.outDir, 'api', 'v1', 'partners.json'), 'utf8'));
    expect(list.partners.map((p: { slug: string; status: string }) => [p.slug, p.status]).sort()).toEqual([
      ['acme-cloud', 'former'],
      ['beta-labs', 'inactive'],
    ]);
    // It has on-boarding and no questions: a join page and no FAQ page, none in the sitemap.
    await expect(readFile(path.join(result.outDir, 'join', 'index.html'), 'utf8')).resolves.toContain('Apply, build, get listed.');
    await expect(readFile(path.join(result.outDir, 'faq', 'index.html'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(path.join(result.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain(routes.faq);
  }, 180_000);

  it('builds a program with neither on-boarding nor questions: no join or FAQ page, nothing that assumes them', async () => {
    const root = await writeScenario({ partners: { 'acme-cloud': {} } });
    const result = await astroBuild(root);
    expect(result.code, result.stderr).toBe(0);
    for (const page of [routes.join, routes.faq]) await expect(readFile(path.join(result.outDir, page, 'index.html'))).rejects.toThrow(/ENOENT/);
    const sitemap = await readFile(path.join(result.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain(routes.join);
    expect(sitemap).not.toContain(routes.faq);
  }, 180_000);

  it('loads the content once: a warning is printed once, as validate prints it, and the build goes on', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'notes.txt', 'Not content: Partnerkit should say it does not read this file.\n');
    const warnings = problemLines(validateCli([], { PARTNERKIT_CONTENT: root }).stdout);
    expect(warnings).toHaveLength(1);
    const build = await astroBuild(root);
    expect(build.code, build.stderr).toBe(0);
    expect(problemLines(`${build.stdout}\n${build.stderr}`)).toEqual(warnings);
  }, 180_000);

  it('refuses content with mistakes, printing the same messages as validate and no stack trace', async () => {
    const root = await copyOfDemo();
    await plantTenMistakes(root);
    const validate = validateCli([], { PARTNERKIT_CONTENT: root });
    const build = await astroBuild(root);
    expect(build.code).not.toBe(0);
    const printed = `${build.stdout}\n${build.stderr}`;
    expect(problemLines(printed)).toEqual(problemLines(validate.stdout));
    expect(problemLines(printed)).toHaveLength(10);
    expect(printed).toContain('10 errors');
    expect(printed).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  }, 180_000);
});

describe('the build date', () => {
  it("moving PARTNERKIT_NOW past a certification's end changes its badge, verify page and JSON together", async () => {
    // Earned 2025-01-10, valid 24 months: it ends on 2027-01-10.
    const root = await writeScenario({
      program: {
        onboarding: ONBOARDING,
        certifications: [{ id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 }],
      },
      partners: { 'acme-cloud': { certifications: [{ id: 'api-developer', earned: '2025-01-10' }] } },
    });
    const before = await astroBuild(root, { PARTNERKIT_NOW: NOW });
    const later = await astroBuild(root, { PARTNERKIT_NOW: '2027-02-01' });
    expect(before.code, before.stderr).toBe(0);
    expect(later.code, later.stderr).toBe(0);
    const read = (build: { outDir: string }, file: string) => readFile(path.join(build.outDir, file), 'utf8');
    expect(await read(before, 'badges/acme-cloud/api-developer.svg')).toContain('valid until 2027-01-10');
    expect(await read(later, 'badges/acme-cloud/api-developer.svg')).toContain('expired 2027-01-10');
    expect(JSON.parse(await read(before, 'badges/acme-cloud/api-developer.json'))).toMatchObject({ message: 'valid until 2027-01-10', isError: false });
    expect(JSON.parse(await read(later, 'badges/acme-cloud/api-developer.json'))).toMatchObject({ message: 'expired 2027-01-10', isError: true });
    const row = (html: string) => /Example API Developer[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row(await read(before, 'verify/acme-cloud/index.html'))).toContain('>Valid<');
    expect(row(await read(later, 'verify/acme-cloud/index.html'))).toContain('>Expired<');
    // The page states the certification's own dates, never the build date (issue 16): it changed because the status did.
    expect(await read(later, 'verify/acme-cloud/index.html')).not.toContain('2027-02-01');
  }, 180_000);
});

describe('content never runs code during the build', () => {
  it('refuses a post that hides an MDX expression after a "---" line, before compiling it', async () => {
    const smuggle =
      '---\n--- # front matter\ntitle: Hi {globalThis.process.stdout.write("PWNED-AT-BUILD")}\nsummary: A normal post.\npublished: 2026-08-01\n---\n\nNothing to see.\n';
    const root = await writeScenario({ program: { onboarding: ONBOARDING }, partners: { 'acme-cloud': {} }, files: { 'news/smuggle.mdx': smuggle } });
    const build = await astroBuild(root);
    expect(build.code).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).not.toContain('PWNED-AT-BUILD');
    expect(
      problemLines(build.stdout + build.stderr).some((line) => line.includes('news/smuggle.mdx:3:') && line.includes('{expressions} are not allowed')),
    ).toBe(true);
  }, 180_000);
});

describe('npm run build', () => {
  it('stops at validation on bad content, with the same messages, before Astro runs', async () => {
    const root = await copyOfDemo();
    await plantTenMistakes(root);
    const npm = spawnSync('npm', ['run', 'build', '--silent'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PARTNERKIT_CONTENT: root, PARTNERKIT_NOW: NOW, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(npm.status).not.toBe(0);
    expect(problemLines(npm.stdout)).toEqual(problemLines(validateCli([], { PARTNERKIT_CONTENT: root }).stdout));
    expect(npm.stdout).not.toContain('building client');
  }, 180_000);
});
