// `npm run bench:validate -- [--partners N] [--logos svg|png]`: how fast validate checks N generated
// partner files, on one thread and on all cores, in one process (no start-up), side by side with a
// baseline measured in the same run on the same files: js-yaml's plain load() plus the zod schema
// (files read the same synchronous way), with no positions, cross-references or logo checks.
// Every logo is different. The image-check cache starts empty (unless PARTNERKIT_CACHE_DIR names
// one), so each row's first run is cold; later runs reuse what it decoded.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load as plainYamlLoad } from 'js-yaml';
import { PartnerSchema } from '../schemas/partner.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const { values } = parseArgs({
  options: { partners: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, logos: { type: 'string', default: 'svg' } },
});
const partners = Number(values.partners);
const runs = Number(values.runs);
const logos = values.logos;
if (!Number.isInteger(partners) || partners < 1 || !Number.isInteger(runs) || runs < 1 || (logos !== 'svg' && logos !== 'png')) {
  console.error('bench:validate: --partners and --runs take whole numbers ≥ 1, --logos svg or png');
  process.exit(2);
}

const folder = await mkdtemp(path.join(tmpdir(), 'partnerkit-bench-'));
// Set before the loader is imported: it reads the cache folder once.
process.env.PARTNERKIT_CACHE_DIR ??= path.join(folder, 'cache');
const { loadContent } = await import('../src/loader/load-content.ts');
try {
  process.stderr.write(`generating ${partners} partners with ${logos.toUpperCase()} logos in ${folder} …\n`);
  await writeSyntheticContent(path.join(folder, 'content'), partners, path.resolve('content'), logos);

  const baseline = async () => {
    const files = (await readdir(path.join(folder, 'content', 'partners'))).map((name) => path.join(folder, 'content', 'partners', name));
    let failures = 0;
    for (const file of files) if (!PartnerSchema.safeParse(plainYamlLoad(readFileSync(file, 'utf8'))).success) failures++;
    if (failures) throw new Error(`baseline: ${failures} files failed`);
    return files.length;
  };
  // Workers from any size here, so the table shows what they change at the size measured.
  const partnerkit = (threads: number) => async () => {
    const result = await loadContent(path.join(folder, 'content'), { today: '2026-11-21', parallel: { threads, fromFiles: 0 } });
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    if (errors.length) throw new Error(`validate found ${errors.length} errors, e.g. ${errors[0]!.message}`);
    return result.filesChecked;
  };

  const measure = async (name: string, task: () => Promise<number>) => {
    const seconds: number[] = [];
    let files = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      files = await task();
      seconds.push((performance.now() - start) / 1000);
      process.stderr.write(`  ${name} run ${run + 1}/${runs}: ${seconds.at(-1)!.toFixed(2)} s\n`);
    }
    const best = Math.min(...seconds);
    return { name, files, cold: seconds[0]!, best, median: seconds.toSorted((a, b) => a - b)[Math.floor(seconds.length / 2)]!, perSecond: files / best };
  };

  const cores = availableParallelism();
  const rows = [
    await measure('baseline: js-yaml load + zod', baseline),
    await measure('partnerkit validate (all checks), 1 thread', partnerkit(1)),
    await measure(`partnerkit validate (all checks), ${cores} threads`, partnerkit(cores)),
  ];
  console.log(
    `\nValidating ${partners} partner files with ${logos.toUpperCase()} logos (${runs} runs each in one process, Node ${process.version}, ${cores} cores)\n`,
  );
  console.log('| what | files read | first s | best s | median s | files/s (best) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows)
    console.log(`| ${row.name} | ${row.files} | ${row.cold.toFixed(2)} | ${row.best.toFixed(2)} | ${row.median.toFixed(2)} | ${Math.round(row.perSecond)} |`);
  console.log("\nThe 1-thread row's first run is cold (no image decoded or drawn yet); the runs after it find the answers cached.");
  const [base, , ours] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
  console.log(`\npartnerkit/baseline time ratio: ${(ours.best / base.best).toFixed(2)}`);
  console.log(
    JSON.stringify({
      partners,
      validate_s: Number(ours.best.toFixed(3)),
      baseline_s: Number(base.best.toFixed(3)),
      partner_files_per_s: Math.round(partners / ours.best),
    }),
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
