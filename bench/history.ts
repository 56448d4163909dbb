// `node bench/history.ts [--partners N] [--commits C] [--edits E]`: how long reading the content's git
// history and computing the change events take. Writes N synthetic partners (bench/synthetic-content.ts),
// commits them, then C commits that each change E partners (a tier, a summary, a new certification, a
// rename with formerSlugs, a removal, in turn), and times readContentHistory (one git log, one
// cat-file --batch) and contentTimeline (the events) on that repository.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContentHistory } from '../src/loader/content-history.ts';
import { contentTimeline } from '../src/model/changes.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const { values } = parseArgs({
  options: { partners: { type: 'string', default: '2000' }, commits: { type: 'string', default: '100' }, edits: { type: 'string', default: '20' } },
});
const [partners, commits, edits] = [values.partners, values.commits, values.edits].map(Number) as [number, number, number];
if (![partners, commits, edits].every((n) => Number.isInteger(n) && n >= 1)) {
  console.error('bench/history: --partners, --commits and --edits take whole numbers ≥ 1');
  process.exit(2);
}

const folder = await mkdtemp(path.join(tmpdir(), 'partnerkit-bench-history-'));
const root = path.join(folder, 'content');
const git = (...args: string[]) =>
  execFileSync('git', ['-C', folder, ...args], {
    env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' },
  });
const commitOn = (day: number) => {
  const at = new Date(Date.UTC(2025, 0, 1 + day, 10)).toISOString();
  execFileSync('git', ['-C', folder, 'add', '-A']);
  execFileSync('git', ['-C', folder, 'commit', '-q', '-m', `day ${day}`], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@b',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@b',
      GIT_AUTHOR_DATE: at,
      GIT_COMMITTER_DATE: at,
    },
  });
};

try {
  let started = performance.now();
  await writeSyntheticContent(root, partners, path.resolve('content'));
  git('init', '-q', '-b', 'main');
  commitOn(0);
  const slugs = Array.from({ length: partners }, (_, i) => `partner-${String(i).padStart(6, '0')}`);
  let next = 0;
  for (let day = 1; day <= commits; day++) {
    for (let edit = 0; edit < edits && slugs.length > 1; edit++) {
      const index = (next * 7919) % slugs.length;
      const slug = slugs[index]!;
      const file = path.join(root, 'partners', `${slug}.yaml`);
      const text = await readFile(file, 'utf8');
      switch (next++ % 5) {
        case 0:
          await writeFile(file, text.replace(/^tier: .*$/m, `tier: ${text.includes('tier: gold') ? 'silver' : 'gold'}`));
          break;
        case 1:
          await writeFile(file, text.replace(/^summary: "/m, `summary: "Day ${day}: `));
          break;
        case 2:
          await writeFile(file, text.replace(/^certifications:\n/m, `certifications:\n  - id: data-engineer\n    earned: 2026-02-01\n`));
          break;
        case 3: {
          const renamed = `${slug}-renamed-${day}`;
          // formerSlugs, oldest first: a partner renamed again adds its latest slug at the end.
          const former = /^formerSlugs: \[(.*)\]$/m.exec(text);
          await writeFile(
            file,
            former ? text.replace(former[0], `formerSlugs: [${former[1]}, ${slug}]`) : text.replace(/^since:/m, `formerSlugs: [${slug}]\nsince:`),
          );
          await rename(file, path.join(root, 'partners', `${renamed}.yaml`));
          slugs[index] = renamed;
          break;
        }
        default:
          await rm(file);
          slugs.splice(index, 1);
      }
    }
    commitOn(day);
  }
  console.log(
    `repository: ${partners} partners, ${commits} commits of ${edits} changes each, written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  for (let run = 1; run <= 3; run++) {
    started = performance.now();
    const history = await readContentHistory(root);
    const read = performance.now() - started;
    started = performance.now();
    const timeline = contentTimeline(history, {
      today: '2026-11-21',
      certifications: new Map([
        ['api-developer', { validityMonths: 24 }],
        ['data-engineer', { validityMonths: 24 }],
      ]),
      partners: slugs.map((slug) => ({ slug, name: slug, formerSlugs: [], status: 'active', certifications: [] })),
      apps: [],
      caseStudies: [],
      news: [],
    });
    const events = performance.now() - started;
    console.log(
      `run ${run}: read history ${read.toFixed(0)} ms (${history.commits.length} commits, ${history.unreadable} unreadable) · events ${events.toFixed(0)} ms (${timeline.events.length} events) · heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
    );
  }
} finally {
  // git may still be packing objects in the background (gc --auto after many commits): retry.
  await rm(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
}
