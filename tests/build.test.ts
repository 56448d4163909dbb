// The Astro build runs the same loader as validate: it publishes the demo, and refuses bad content
// with exactly the messages validate prints, writing nothing.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { copyOfDemo, DEMO_CONTENT, load, NOW, PROJECT_ROOT, run, validateCli, writeContentFile } from './helpers/content-fixture.ts';
import { plantTenMistakes } from './helpers/planted-mistakes.ts';

const ASTRO = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const outDirs: string[] = [];
afterAll(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function astroBuild(content: string, env: Record<string, string> = {}) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'partnerkit-dist-'));
  outDirs.push(outDir);
  await rm(outDir, { recursive: true });
  return { outDir, ...run([ASTRO, 'build', '--outDir', outDir], { PARTNERKIT_CONTENT: content, ...env }) };
}

const problemLines = (output: string) => output.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning) /.test(line));

describe('astro build', () => {
  it('builds the demo, its directory listing every active partner and no other', async () => {
    const result = await astroBuild(DEMO_CONTENT);
    expect(result.code, result.stderr).toBe(0);
    const html = await readFile(path.join(result.outDir, 'partners', 'index.html'), 'utf8');
    const { content } = await load(DEMO_CONTENT);
    const active = content!.partners.filter((partner) => partner.status === 'active');
    expect(active.length).toBe(38);
    for (const partner of content!.partners) {
      expect(html.includes(`data-slug="${partner.slug}"`), partner.slug).toBe(partner.status === 'active');
    }
  }, 180_000);

  it('builds a program with no active partner yet, and the API page says how to fetch one', async () => {
    const root = await copyOfDemo();
    const { content } = await load(root);
    for (const partner of content!.partners) {
      const file = path.join(root, partner.file);
      const yaml = await readFile(file, 'utf8');
      await writeContentFile(root, partner.file, /^status: /m.test(yaml) ? yaml.replace(/^status: .*$/m, 'status: alumni') : `${yaml}status: alumni\n`);
    }
    const result = await astroBuild(root);
    expect(result.code, result.stderr).toBe(0);
    const api = await readFile(path.join(result.outDir, 'api', 'index.html'), 'utf8');
    expect(api).toContain(routes.apiV1('partner'));
    const directory = await readFile(path.join(result.outDir, 'partners', 'index.html'), 'utf8');
    expect(directory).not.toContain('data-slug=');
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
  it('moving PARTNERKIT_NOW past a certification\'s end changes its badge, verify page and JSON together', async () => {
    // acorn-ledger's API Developer certification (earned 2025-01-10, 24 months) ends on 2027-01-10.
    const later = await astroBuild(DEMO_CONTENT, { PARTNERKIT_NOW: '2027-02-01' });
    expect(later.code, later.stderr).toBe(0);
    const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');
    const before = inject('siteDir');
    expect(await read(before, 'badges/acorn-ledger/api-developer.svg')).toContain('valid until 2027-01-10');
    expect(await read(later.outDir, 'badges/acorn-ledger/api-developer.svg')).toContain('expired 2027-01-10');
    expect(JSON.parse(await read(before, 'badges/acorn-ledger/api-developer.json'))).toMatchObject({ message: 'valid until 2027-01-10', isError: false });
    expect(JSON.parse(await read(later.outDir, 'badges/acorn-ledger/api-developer.json'))).toMatchObject({ message: 'expired 2027-01-10', isError: true });
    const row = (html: string) => /Quillstack API Developer[\s\S]*?<\/tr>/.exec(html)![0];
    expect(row(await read(before, 'verify/acorn-ledger/index.html'))).toContain('>valid<');
    expect(row(await read(later.outDir, 'verify/acorn-ledger/index.html'))).toContain('>expired<');
    expect(await read(later.outDir, 'verify/acorn-ledger/index.html')).toContain('2027-02-01');
  }, 180_000);
});

describe('content never runs code during the build', () => {
  it('refuses a post that hides an MDX expression after a "---" line, before compiling it', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'news/smuggle.mdx', '---\n--- # front matter\ntitle: Hi {globalThis.process.stdout.write("PWNED-AT-BUILD")}\nsummary: A normal post.\npublished: 2026-08-01\n---\n\nNothing to see.\n');
    const build = await astroBuild(root);
    expect(build.code).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).not.toContain('PWNED-AT-BUILD');
    expect(problemLines(build.stdout + build.stderr).some((line) => line.includes('news/smuggle.mdx:3:') && line.includes('{expressions} are not allowed'))).toBe(true);
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
