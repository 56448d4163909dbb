// `npm run weigh -- [--dist dist]`: the gzipped weight of each template of a built site: its HTML,
// the CSS it links and the JavaScript it loads up front. Run after `npm run build`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist!);

/** One representative page per template; the first match of each pattern. */
const TEMPLATES: Array<[string, RegExp]> = [
  ['home', /^\/$/],
  ['directory', /^\/partners\/$/],
  ['profile', /^\/partners\/(?!page\/)[^/]+\/$/],
  ['tier comparison', /^\/tiers\/$/],
  ['tier', /^\/tiers\/[^/]+\/$/],
  ['showcase', /^\/showcase\/$/],
  ['case study', /^\/case-studies\/[^/]+\/$/],
  ['news', /^\/news\/$/],
  ['news post', /^\/news\/[^/]+\/$/],
  ['program', /^\/program\/$/],
  ['badge page', /^\/partners\/[^/]+\/badge\/$/],
  ['verify', /^\/verify\/[^/]+\/$/],
  ['certifications', /^\/certifications\/$/],
  ['toolkit', /^\/toolkit\/$/],
  ['404', /^\/404\.html$/],
];
/** Budgets from the issues: a profile is at most 20 kB of HTML+CSS and loads no JavaScript beyond the copy buttons. */
const BUDGETS: Record<string, { htmlCss: number; js: number }> = { profile: { htmlCss: 20 * 1024, js: 1024 } };

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function pages(): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !path.relative(dist, e.parentPath).startsWith('pagefind'))
    .map((e) => `/${path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

async function weigh(sitePath: string) {
  const html = await readFile(path.join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
  const js = [...text.matchAll(/<script[^>]* src="([^"]+)"/g), ...text.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
  const sum = async (files: string[]) => (await Promise.all([...new Set(files)].map(async (file) => gzipped(await readFile(path.join(dist, file)))))).reduce((a, b) => a + b, 0);
  return { html: gzipped(html), css: await sum(css), js: await sum(js) };
}

const all = await pages();
console.log(`Gzipped weight per template (${dist})\n`);
console.log('| template | page | HTML | CSS | JS | HTML+CSS | budget |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
let over = 0;
for (const [name, pattern] of TEMPLATES) {
  const sitePath = all.find((p) => pattern.test(p));
  if (!sitePath) continue;
  const weight = await weigh(sitePath);
  const budget = BUDGETS[name];
  const fits = !budget || (weight.html + weight.css <= budget.htmlCss && weight.js <= budget.js);
  if (!fits) over++;
  const budgetText = budget ? `${fits ? 'ok' : 'OVER'} (≤ ${kb(budget.htmlCss)} HTML+CSS, ≤ ${kb(budget.js)} JS: the copy buttons)` : '';
  console.log(`| ${name} | ${sitePath} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.html + weight.css)} | ${budgetText} |`);
}
process.exitCode = over ? 1 : 0;
