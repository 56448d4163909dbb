// Text in SVG logos is drawn with the packaged DejaVu fonts, whatever fonts the machine has: with
// none, fontconfig would draw every letter as the same empty box.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './helpers/content-fixture.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'partnerkit-fonts-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const inkedPixels = (env: Record<string, string>) => {
  const result = run(['tests/fixtures/commands/draw-letters.ts'], { PARTNERKIT_CACHE_DIR: scratch, ...env });
  expect(result.stderr.replace(/^Fontconfig error.*\n/gm, '')).toBe('');
  return JSON.parse(result.stdout) as { H: number; I: number };
};

describe('text in SVG logos', () => {
  it('is drawn as real letters: "H" has much more ink than "I"', () => {
    const { H, I } = inkedPixels({ FONTCONFIG_FILE: '' });
    expect(I).toBeGreaterThan(0);
    expect(H).toBeGreaterThan(I * 1.5);
  });

  it('would be boxes without fonts: the check above can tell', async () => {
    // An explicit configuration wins; one with no font folder stands for a machine without fonts.
    const empty = path.join(scratch, 'empty.conf');
    await writeFile(empty, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n');
    const { H, I } = inkedPixels({ FONTCONFIG_FILE: empty });
    expect(H).toBe(I);
  });
});
