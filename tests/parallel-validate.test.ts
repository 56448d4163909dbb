// Large programs are parsed on worker threads too. The answer must not depend on it: the same
// problems, at the same line:column, and the same content, whether one thread parses or several.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../bench/synthetic-content.ts';
import { formatText } from '../src/loader/format-problems.ts';
import { loadContent } from '../src/loader/load-content.ts';
import { parseFiles } from '../src/loader/parse-files.ts';
import type { Problem } from '../src/loader/problem.ts';
import { readContentFolder } from '../src/loader/read-content-folder.ts';
import { copyOfDemo, DEMO_CONTENT, editFile, NOW, PROJECT_ROOT, positionOf, writeContentFile } from './helpers/content-fixture.ts';
import { plantTenMistakes } from './helpers/planted-mistakes.ts';

// Workers start from 25,000 files by default; the threshold is lowered so the test stays quick.
const PARTNERS = 4500;
const FROM_FILES = 2000;

describe(`validate with ${PARTNERS} partners, on one thread and on several`, () => {
  it('finds the same problems at the same places, including those found on a worker', async () => {
    const root = await copyOfDemo();
    await writeSyntheticContent(root, PARTNERS, DEMO_CONTENT);
    const expected = await plantTenMistakes(root);
    // Late in the file list, so they fall in batches a worker parses rather than this thread's first.
    const unknownTier = await editFile(root, 'partners/partner-004000.yaml', (text) => text.replace(/^tier: \w+$/m, 'tier: titanium'));
    expected.push({ file: 'partners/partner-004000.yaml', text: '"titanium" is not a tier', ...positionOf(unknownTier, 'titanium') });
    const unknownKey = await editFile(root, 'partners/partner-003500.yaml', (text) =>
      text.replace('since: 2024-01-01', 'since: 2024-01-01\nwebiste: https://x.example'),
    );
    expected.push({ file: 'partners/partner-003500.yaml', text: 'unknown field "webiste"', ...positionOf(unknownKey, 'webiste') });
    const unsafeLogo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">\n  <script>alert(1)</script>\n</svg>\n';
    await writeContentFile(root, 'logos/partner-003000.svg', unsafeLogo);
    expected.push({ file: 'logos/partner-003000.svg', text: '<script> is not allowed in a logo', ...positionOf(unsafeLogo, '<script>') });

    // As validate prints them, with the file relative to the content folder.
    const display = (problem: Problem) => formatText({ ...problem, file: path.relative(root, path.resolve(problem.file)) });
    const oneThread = await loadContent(root, { today: NOW, projectRoot: PROJECT_ROOT, parallel: { threads: 1, fromFiles: FROM_FILES } });
    const threeThreads = await loadContent(root, { today: NOW, projectRoot: PROJECT_ROOT, parallel: { threads: 3, fromFiles: FROM_FILES } });

    for (const mistake of expected) {
      const where = `${mistake.file}:${mistake.line}:${mistake.column} error `;
      expect(
        threeThreads.problems.map(display).find((line) => line.startsWith(where) && line.includes(mistake.text)),
        `${where}${mistake.text}`,
      ).toBeDefined();
    }
    expect(threeThreads.problems.filter((problem) => problem.severity === 'error')).toHaveLength(expected.length);
    expect(threeThreads.problems).toEqual(oneThread.problems);
    expect(threeThreads.filesChecked).toBe(oneThread.filesChecked);
  });

  it('gives the same content, and workers really parse part of it', async () => {
    const root = await copyOfDemo();
    await writeSyntheticContent(root, PARTNERS, DEMO_CONTENT);
    const oneThread = await loadContent(root, { today: NOW, projectRoot: PROJECT_ROOT, parallel: { threads: 1, fromFiles: FROM_FILES } });
    const twoThreads = await loadContent(root, { today: NOW, projectRoot: PROJECT_ROOT, parallel: { threads: 2, fromFiles: FROM_FILES } });
    expect(oneThread.problems).toEqual([]);
    expect(twoThreads.content?.partners).toHaveLength(PARTNERS + (oneThread.content!.partners.length - PARTNERS));
    expect(twoThreads.content).toEqual(oneThread.content);

    const { files } = await readContentFolder(root);
    const parsed = await parseFiles(files, { root, projectRoot: PROJECT_ROOT, problems: [], display: (file) => file }, { threads: 2, fromFiles: FROM_FILES });
    expect(parsed.parsedInWorkers).toBeGreaterThan(0);
    expect(parsed.parsedInWorkers).toBeLessThan(files.length);
  });
});
