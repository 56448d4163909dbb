// Reading the built demo site: its pages as DOM documents, and a local server for the browser.
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { parse } from 'node-html-parser';
import sirv from 'sirv';
import { inject } from 'vitest';

/** The built demo site's folder; only test files of the site and browser projects have one (vitest.config.ts). */
export function siteDir(): string {
  const dir = inject('siteDir');
  if (!dir)
    throw new Error(
      'this test file reads the built demo site, but it is not in the site or browser project → name it site-*.test.ts, or add it to SITE_TESTS in vitest.config.ts',
    );
  return dir;
}

/** The built internal demo site's folder (`npm run build:internal`): scorecards and the full activity report. */
export function internalSiteDir(): string {
  const dir = inject('internalSiteDir');
  if (!dir) throw new Error('this test file reads the built internal site: name it site-*.test.ts, or add it to SITE_TESTS in vitest.config.ts');
  return dir;
}

/** A page of the built demo, or of the site in `dir` (a scenario's build). */
export async function page(sitePath: string, dir = siteDir()) {
  const file = path.join(dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  const html = await readFile(file, 'utf8');
  // node-html-parser keeps <pre> as raw text unless told otherwise; snippets live in <pre><code>.
  return { html, document: parse(html, { blockTextElements: { script: true, style: true } }) };
}

/** Every HTML file of the demo site (or of the site in `dir`), as site paths ("/partners/acme/"). */
export async function htmlPages(dir = siteDir()): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

/** Serves the built site (or the one in `dir`) on a free loopback port, as a static host would (404.html for misses). */
export async function serveSite(dir = siteDir()): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = sirv(dir, { dev: false, etag: false });
  const notFound = await readFile(path.join(dir, '404.html'));
  const server: Server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
