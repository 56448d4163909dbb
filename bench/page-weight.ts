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
  ['directory facet', /^\/partners\/tier\/[^/]+\/$/],
  ['profile', /^\/partners\/(?!page\/)[^/]+\/$/],
  ['tier comparison', /^\/tiers\/$/],
  ['tier', /^\/tiers\/[^/]+\/$/],
  ['showcase', /^\/showcase\/$/],
  ['case study', /^\/case-studies\/[^/]+\/$/],
  ['news', /^\/news\/$/],
  ['news post', /^\/news\/[^/]+\/$/],
  ['program', /^\/program\/$/],
  ['guide', /^\/guide\/$/],
  ['app directory', /^\/apps\/$/],
  ['app facet', /^\/apps\/pricing\/[^/]+\/$/],
  ['app', /^\/apps\/[^/]+\/$/],
  ['app verify', /^\/verify\/apps\/[^/]+\/$/],
  ['badge page', /^\/partners\/[^/]+\/badge\/$/],
  ['verify', /^\/verify\/[^/]+\/$/],
  ['certifications', /^\/certifications\/$/],
  ['toolkit', /^\/toolkit\/$/],
  ['activity', /^\/activity\/$/],
  ['api docs', /^\/api\/$/],
  ['api changelog', /^\/api\/changelog\/$/],
  ['join', /^\/join\/$/],
  ['faq', /^\/faq\/$/],
  ['embed directory', /^\/embed\/partners\/$/],
  ['404', /^\/404\.html$/],
];
/**
 * Gzipped budgets per template, in kB. Profiles: at most 20 kB of HTML+CSS and no JavaScript but
 * the copy buttons; the directory's first view at most 30 kB whatever the number of partners
 * (Pagefind loads on demand and is not part of the first view).
 */
interface Budget {
  html: number;
  css: number;
  js: number;
  total?: number;
  scripts?: RegExp;
}
const COPY_BUTTONS = /^\/_astro\/(?:BadgeEmbed|CopyButtons|index|toolkit|copy)[^/]*\.js$/;
/**
 * The one stylesheet of every page (site.css and the areas' files), downloaded once and cached for
 * the rest of a visit: the design system's budget (issue 17). It was 10.2 kB gzipped once every
 * area was merged (the directory's sheet and chips, profiles' side panel, pricing cards, story
 * cards), with no unused class left (every class in it is in a built page or a script).
 */
const CSS = 12;
const DEFAULT_BUDGET: Budget = { html: 12, css: CSS, js: 0 };
/**
 * Verify pages check signed credentials in the browser, when the build publishes them, and compare
 * each certification's expiry with the visitor's clock (ClockCheck's script).
 */
const VERIFY_SCRIPTS = /^\/_astro\/(?:CredentialChecker|ClockCheck)[^/]*\.js$/;
/** The embeddable directory filters its list by the query string (src/scripts/embed-filter.ts); its own small stylesheet. */
const EMBED_SCRIPTS = /^\/_astro\/partners\.astro_astro_type_script[^/]*\.js$/;
const BUDGETS: Record<string, Budget> = {
  'embed directory': { html: 12, css: 2, js: 1, scripts: EMBED_SCRIPTS },
  directory: { html: 20, css: CSS, js: 5, total: 30 },
  'app directory': { html: 20, css: CSS, js: 5, total: 30 },
  // A facet page is the directory filtered at build time: the same template.
  'directory facet': { html: 20, css: CSS, js: 5, total: 30 },
  'app facet': { html: 20, css: CSS, js: 5, total: 30 },
  app: { html: 14, css: CSS, js: 1, total: 20, scripts: COPY_BUTTONS },
  profile: { html: 14, css: CSS, js: 1, total: 20, scripts: COPY_BUTTONS },
  'badge page': { html: 12, css: CSS, js: 1, scripts: COPY_BUTTONS },
  toolkit: { html: 12, css: CSS, js: 1, scripts: COPY_BUTTONS },
  activity: { html: 20, css: CSS, js: 0 },
  'api docs': { html: 12, css: CSS, js: 1, scripts: COPY_BUTTONS },
  verify: { html: 12, css: CSS, js: 2, scripts: VERIFY_SCRIPTS },
  'app verify': { html: 12, css: CSS, js: 2, scripts: VERIFY_SCRIPTS },
};

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
  const sum = async (files: string[]) =>
    (await Promise.all([...new Set(files)].map(async (file) => gzipped(await readFile(path.join(dist, file)))))).reduce((a, b) => a + b, 0);
  return { html: gzipped(html), css: await sum(css), js: await sum(js), scripts: [...new Set(js)] };
}

const all = await pages();
console.log(`Gzipped weight per template (${dist})\n`);
console.log('| template | page | HTML | CSS | JS | HTML+CSS+JS | budget |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
const failures: string[] = [];
for (const [name, pattern] of TEMPLATES) {
  const sitePath = all.find((p) => pattern.test(p));
  if (!sitePath) continue;
  const weight = await weigh(sitePath);
  const budget = BUDGETS[name] ?? DEFAULT_BUDGET;
  const total = weight.html + weight.css + weight.js;
  const over = [
    weight.html > budget.html * 1024 && `HTML ${kb(weight.html)} > ${budget.html} kB`,
    weight.css > budget.css * 1024 && `CSS ${kb(weight.css)} > ${budget.css} kB`,
    weight.js > budget.js * 1024 && `JS ${kb(weight.js)} > ${budget.js} kB`,
    budget.total !== undefined && total > budget.total * 1024 && `total ${kb(total)} > ${budget.total} kB`,
    ...weight.scripts.filter((script) => budget.js === 0 || (budget.scripts && !budget.scripts.test(script))).map((script) => `unexpected script ${script}`),
  ].filter((text): text is string => typeof text === 'string');
  failures.push(...over.map((text) => `${name}: ${text}`));
  const limits = `≤ ${budget.html}/${budget.css}/${budget.js} kB${budget.total ? `, ${budget.total} kB in all` : ''}`;
  console.log(
    `| ${name} | ${sitePath} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(total)} | ${over.length ? `OVER: ${over.join('; ')}` : `ok (${limits})`} |`,
  );
}
if (failures.length)
  console.error(
    `\nOver budget:\n${failures.map((f) => `  - ${f}`).join('\n')}\n→ trim the template, or raise its budget in bench/page-weight.ts with a reason`,
  );
process.exitCode = failures.length ? 1 : 0;
