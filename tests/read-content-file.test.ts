// Code that needs one content file before or without a whole load (astro.config.mjs's site
// address, the commands that offer program.yaml's choices, a pull request's summary) reads it
// through the loader: the same steps, the same problems, no second and weaker parse.
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readProgram } from '../src/cli/read-program.ts';
import { readContentFile, readProgramFile } from '../src/loader/read-content-file.ts';
import { siteUrl } from '../src/site/site-url.ts';
import { copyOfDemo, editFile, load } from './helpers/content-fixture.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('readContentFile', () => {
  it("reports a file's own problems as the whole load reports them", async () => {
    const root = await copyOfDemo();
    await editFile(root, 'partners/acorn-ledger.yaml', (text) =>
      text
        .replace('featured: true', 'featured: "yes"\nwebiste: https://acorn-ledger.example')
        .replace('email: partners@acorn-ledger.example', 'email: "partners@"'),
    );
    const alone = await readContentFile(root, 'partners/acorn-ledger.yaml');
    const loaded = await load(root);
    expect(alone.found).toBe(true);
    if (!alone.found) return;
    const inFile = loaded.problems.filter((problem) => problem.entry === 'partners/acorn-ledger');
    expect(alone.problems.map((problem) => problem.code).sort()).toEqual(['invalid-email', 'unknown-field', 'wrong-type']);
    expect(alone.problems).toEqual(inFile);
    expect(alone.data).toBeUndefined();
    expect((alone.raw as { name: string }).name).toBe('Acorn Ledger');
  });

  it('finds nothing where no file is, or where no kind of content lives', async () => {
    const root = await copyOfDemo();
    expect(await readContentFile(root, 'partners/nobody.yaml')).toEqual({ found: false });
    expect(await readContentFile(root, 'logos/acorn-ledger.svg')).toEqual({ found: false });
    await rm(path.join(root, 'program.yaml'));
    expect(await readProgramFile(root)).toEqual({ found: false });
  });
});

describe('program.yaml for the commands and the build', () => {
  it('is refused by the commands when validate refuses it, not only when its schema does', async () => {
    const root = await copyOfDemo();
    // A Latin-1 "é": a lenient read makes it U+FFFD, which the schema alone accepts.
    const program = path.join(root, 'program.yaml');
    const text = readFileSync(program);
    const at = text.indexOf('tagline: ') + 'tagline: '.length;
    await writeFile(program, Buffer.concat([text.subarray(0, at), Buffer.from([0xe9]), text.subarray(at)]));
    const reading = await readProgramFile(root);
    expect(reading.found && reading.problems.map((problem) => problem.code)).toEqual(['not-utf8']);
    await expect(readProgram(root)).rejects.toThrow('program.yaml has errors → run `npm run validate` and fix them first');
  });

  it('gives the site its address: PARTNERKIT_SITE_URL, else site.url, else none when program.yaml has errors', async () => {
    const root = await copyOfDemo();
    vi.stubEnv('PARTNERKIT_CONTENT', root);
    vi.stubEnv('PARTNERKIT_SITE_URL', '');
    const { program } = (await load(root)).content!;
    expect(await siteUrl()).toBe(program.site.url);
    vi.stubEnv('PARTNERKIT_SITE_URL', 'https://preview.example/');
    expect(await siteUrl()).toBe('https://preview.example/');
    vi.stubEnv('PARTNERKIT_SITE_URL', '');
    await editFile(root, 'program.yaml', (text) => text.replace(/^name: /m, 'nmae: '));
    expect(await siteUrl()).toBeUndefined();
  });
});
