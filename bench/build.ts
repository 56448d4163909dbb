// `npm run bench -- [--partners 1000,10000,50000] [--write]`: for each size, generates a synthetic
// program, validates and builds it with Partnerkit, and builds a bare Astro project that emits the
// same number of pages, in the same run. Prints both side by side; the last line is one JSON
// object per the issue. --write also regenerates BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './synthetic-content.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { partners: { type: 'string', default: '1000,10000,50000' }, write: { type: 'boolean' }, 'skip-search': { type: 'boolean' } },
});
const sizes = values.partners!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('bench: --partners takes whole numbers, e.g. --partners 1000,10000');
  process.exit(2);
}

interface Run {
  seconds: number;
  peakMb: number;
  output: string;
}

/** Runs a command, sampling the child's peak resident memory from /proc (Linux). */
function timed(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakKb = 0;
    const sample = setInterval(async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (hwm > peakKb) peakKb = hwm;
    }, 100);
    child.on('close', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakMb: Math.round(peakKb / 1024), output });
    });
  });
}

async function folderSize(folder: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** Pages Astro rendered (HTML and endpoint files), not copied assets or the search index. */
async function renderedPages(dist: string): Promise<number> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries.filter(
    (e) => e.isFile() && !/^(_astro|pagefind)(\/|$)/.test(path.relative(dist, e.parentPath)) && !path.relative(dist, e.parentPath).startsWith('logos'),
  ).length;
}

async function bareAstro(pages: number, work: string): Promise<Run> {
  const project = path.join(work, 'bare-astro');
  await mkdir(path.join(project, 'src', 'pages'), { recursive: true });
  await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  await writeFile(path.join(project, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(project, 'astro.config.mjs'), "export default { build: { format: 'directory' } };\n");
  await writeFile(
    path.join(project, 'src', 'pages', '[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>
`,
  );
  return timed(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {}, project);
}

/**
 * What a first search on the directory downloads in Chromium (Pagefind's script, WebAssembly,
 * index and fragments): raw bytes, and gzipped as static hosts serve them (the local test server
 * does not compress; Pagefind's own index files are already compressed and barely shrink).
 */
async function firstSearchBytes(
  dist: string,
): Promise<{ matched: number; raw: number; gzipped: number; firstView: number; firstViewImages: number } | undefined> {
  if (values['skip-search']) return undefined;
  // The tests' launcher: the system's Chromium, PARTNERKIT_CHROMIUM, or the packaged one (@sparticuz/chromium).
  const { launchChromium } = await import('../tests/helpers/browser.ts');
  const { createServer } = await import('node:http');
  const { gzipSync } = await import('node:zlib');
  // A plain file server: sirv's production mode would first list all of a large site's files.
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(dist, decodeURIComponent(url.pathname), url.pathname.endsWith('/') ? 'index.html' : '');
    try {
      const body = await readFile(file);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : file.endsWith('.html')
            ? 'text/html'
            : file.endsWith('.json')
              ? 'application/json'
              : 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<Buffer>> = [];
    const firstView: Array<Promise<{ image: boolean; body: Buffer }>> = [];
    let searching = false;
    page.on('response', (response) => {
      const body = response.body().catch(() => Buffer.alloc(0));
      if (response.url().includes('/pagefind/')) bodies.push(body);
      else if (!searching) firstView.push(body.then((bytes) => ({ image: response.request().resourceType() === 'image', body: bytes })));
    });
    await page.goto(`http://127.0.0.1:${port}/partners/`);
    await page.waitForSelector('[data-filters]:not([hidden])');
    await page.waitForLoadState('networkidle');
    const viewed = await Promise.all(firstView);
    searching = true;
    await page.fill('input[type=search]', 'payments');
    await page.waitForFunction(
      () => !document.querySelector('[data-results]')!.hasAttribute('hidden') || !document.querySelector('[data-no-results]')!.hasAttribute('hidden'),
    );
    // Results are listed once their fragments arrive; a search that matched nothing shows no list.
    await page.waitForFunction(
      () => document.querySelectorAll('[data-results] > li').length > 0 || !document.querySelector('[data-no-results]')!.hasAttribute('hidden'),
    );
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(bodies);
    // "Search works": the status line says how many partners matched, and results are listed.
    const status = (await page.textContent('[data-status]')) ?? '';
    const matched = Number(/^(\d+) of/.exec(status)?.[1] ?? 0);
    const listed = await page.$$eval('[data-results] > li', (items) => items.length);
    if (!matched || !listed) throw new Error(`the first search found nothing: "${status}"`);
    return {
      matched,
      raw: all.reduce((sum, b) => sum + b.length, 0),
      gzipped: all.reduce((sum, b) => sum + gzipSync(b).length, 0),
      // The page, its CSS and JS as a static host serves them (gzipped); logos are counted apart, as sent.
      firstView: viewed.filter((r) => !r.image).reduce((sum, r) => sum + gzipSync(r.body).length, 0),
      firstViewImages: viewed.filter((r) => r.image).reduce((sum, r) => sum + r.body.length, 0),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const gb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const rows: string[][] = [];
const results: Array<Record<string, number | undefined>> = [];
const work = await mkdtemp(path.join(os.tmpdir(), 'partnerkit-bench-'));
try {
  for (const partners of sizes) {
    const folder = path.join(work, `content-${partners}`);
    process.stderr.write(`\n[${partners}] generating content…\n`);
    await writeSyntheticContent(folder, partners, path.join(ROOT, 'content'));

    process.stderr.write(`[${partners}] validating…\n`);
    // The command a maintainer runs (`npm run validate`: with the compile-cache preload), start to
    // finish, Node's start-up included; it fails the bench on any error.
    const validation = await timed(
      process.execPath,
      ['--import', path.join(ROOT, 'src/cli/compile-cache.ts'), path.join(ROOT, 'src/cli/validate.ts'), '--content', folder],
      { PARTNERKIT_NOW: '2026-11-21' },
    );
    const validateSeconds = validation.seconds;

    process.stderr.write(`[${partners}] building with Partnerkit…\n`);
    const dist = path.join(work, `dist-${partners}`);
    await rm(path.join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
    // A cold build: no logo cache, no content-layer cache.
    const build = await timed(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
      PARTNERKIT_CONTENT: folder,
      PARTNERKIT_NOW: '2026-11-21',
      PARTNERKIT_CACHE_DIR: path.join(work, `cache-${partners}`),
    });
    process.stderr.write(`[${partners}] indexing with Pagefind…\n`);
    const index = await timed(process.execPath, [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], {});
    const pages = await renderedPages(dist);
    const size = await folderSize(dist);

    process.stderr.write(`[${partners}] building bare Astro with ${pages} pages…\n`);
    const baseline = await bareAstro(pages, path.join(work, `baseline-${partners}`));
    const search = await firstSearchBytes(dist);

    rows.push([
      String(partners),
      String(pages),
      build.seconds.toFixed(1),
      baseline.seconds.toFixed(1),
      (build.seconds / baseline.seconds).toFixed(2),
      Math.round(pages / build.seconds).toString(),
      String(build.peakMb),
      String(baseline.peakMb),
      gb(size.bytes),
      validateSeconds.toFixed(2),
      Math.round(partners / validateSeconds).toString(),
      index.seconds.toFixed(1),
      search === undefined ? 'skipped' : `${(search.firstView / 1024).toFixed(1)} kB + ${(search.firstViewImages / 1024).toFixed(0)} kB logos`,
      search === undefined ? 'skipped' : `${(search.gzipped / 1024).toFixed(0)} kB (${(search.raw / 1024).toFixed(0)} kB raw), ${search.matched} found`,
    ]);
    results.push({
      partners,
      build_s: round(build.seconds),
      baseline_s: round(baseline.seconds),
      ratio: round(build.seconds / baseline.seconds),
      validate_s: round(validateSeconds),
      partners_validated_per_s: Math.round(partners / validateSeconds),
      peak_rss_mb: build.peakMb,
      pagefind_s: round(index.seconds),
      pages,
      dist_mb: Math.round(size.bytes / 1024 ** 2),
      directory_first_view_kb: search === undefined ? undefined : round(search.firstView / 1024),
      first_search_kb: search === undefined ? undefined : Math.round(search.gzipped / 1024),
      first_search_raw_kb: search === undefined ? undefined : Math.round(search.raw / 1024),
      first_search_matches: search?.matched,
    });
    await rm(dist, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
  await rm(path.join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
}

function round(n: number) {
  return Math.round(n * 100) / 100;
}

const header = [
  'partners',
  'pages',
  'build s',
  'bare Astro s',
  'ratio',
  'pages/s',
  'peak RSS MB',
  'bare peak MB',
  'dist size',
  'validate s',
  'partners validated/s',
  'Pagefind s',
  'directory first view, gzipped',
  'first search, gzipped (raw), partners found',
];
const table = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---:').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${os.type()} ${os.release()}`;
console.log(`\nPartnerkit build against bare Astro (${machine})\n\n${table}\n`);
if (values.write) {
  // The table is regenerated; the notes below it are written by people, and kept.
  const previous = await readFile(path.join(ROOT, 'BENCHMARKS.md'), 'utf8').catch(() => '');
  const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : '';
  await writeFile(
    path.join(ROOT, 'BENCHMARKS.md'),
    `# Benchmarks\n\nRegenerated by \`npm run bench -- --partners ${values.partners} --write\` on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}.\n\nEach row generates a synthetic program of that many partners (realistic field sizes, one SVG logo and one certification each), validates it with \`npm run validate\` (timed as a command, Node's start-up included), builds it with Partnerkit from cold caches (\`astro build\`, which also writes badges and logos, then Pagefind), and builds a bare Astro project that renders the same number of minimal pages, in the same run. *pages* counts what Astro rendered or Partnerkit wrote: HTML pages, badges and JSON files. *directory first view* is what Chromium downloads on opening /partners/ before any input: the page, CSS and JS gzipped as a static host serves them, and the logos of the first page as sent. *first search* is what it then downloads for a search for "payments" (which matches nearly every synthetic partner): Pagefind's script, worker, WebAssembly, metadata, word index and the first 12 result fragments.\n\n${table}\n${notes}`,
  );
  console.log('wrote BENCHMARKS.md');
}
for (const result of results) console.log(JSON.stringify(result));
