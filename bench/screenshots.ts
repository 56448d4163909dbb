// `npm run screenshots -- [--dist dist] [--out artifacts/screenshots] [--only NAME] [--sheets DIR]`:
// a full-page PNG of every template (tests/helpers/templates.ts) of a built site at 1280 and 390 px,
// light and dark, and an index.html contact sheet of them, for a person to review the design. Run
// after `npm run build`; CI (.ci/run, the pull-request workflow) keeps them as an artifact.
// --sheets also writes one small WebP per width and scheme: the top of every template side by side,
// labelled, to put in a review or an issue's note (docs/screenshots/ holds the latest).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp, { type OverlayOptions } from 'sharp';
import sirv from 'sirv';
import { launchChromium } from '../tests/helpers/browser.ts';
import { fileNameOf, settle, type Template, templates } from '../tests/helpers/templates.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: path.join('artifacts', 'screenshots') },
    /** Only the templates whose name contains this (e.g. "directory"). */
    only: { type: 'string' },
    /** Also write labelled WebP contact sheets (one per width and scheme) into this folder. */
    sheets: { type: 'string' },
  },
});
const dist = path.resolve(values.dist!);
const out = path.resolve(values.out!);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist} has no index.html → build the site first (npm run build), or name it with --dist DIR`);
  process.exit(1);
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The built site on a loopback port, as a static host serves it (404.html for misses). */
async function serve(dir: string) {
  const files = sirv(dir, { dev: false, etag: false });
  const notFound = await readFile(path.join(dir, '404.html'));
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const chosen = templates().filter((template) => !values.only || template.name.includes(values.only));
if (chosen.length === 0) {
  console.error(`no template's name contains "${values.only}" → see tests/helpers/templates.ts`);
  process.exit(1);
}
const shotName = (template: Template, viewport: (typeof VIEWPORTS)[number], scheme: string) => `${fileNameOf(template)}-${viewport.width}-${scheme}.png`;

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const site = await serve(dist);
const browser = await launchChromium();
const started = Date.now();
const problems: string[] = [];
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme });
      for (const template of chosen) {
        const page = await context.newPage();
        // One page that fails to load or settle is reported, and the others are still taken.
        try {
          const response = await page.goto(`${site.url}${template.path}`);
          if (!response?.ok() && template.path !== '/404.html') problems.push(`${template.path}: HTTP ${response?.status()}`);
          await settle(page, template);
          // Lazy images below the fold load only when scrolled to: scroll through the page first.
          // Images that are not drawn (a list the script hid) never load: wait for the others only, 5 s at most.
          await page.evaluate(async () => {
            const waiting = () => [...document.images].filter((image) => !image.complete && image.checkVisibility());
            if (waiting().length === 0) return;
            for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
              window.scrollTo(0, y);
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            window.scrollTo(0, 0);
            const loaded = Promise.all(waiting().map((image) => image.decode().catch(() => undefined)));
            await Promise.race([loaded, new Promise((resolve) => setTimeout(resolve, 5000))]);
          });
          await page.screenshot({ path: path.join(out, shotName(template, viewport, colorScheme)), fullPage: true, animations: 'disabled' });
        } catch (error) {
          problems.push(`${template.path} at ${viewport.width} px, ${colorScheme}: ${(error as Error).message.split('\n')[0]}`);
        }
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const sheet = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Screenshots of every template</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; background: #f4f4f5; color: #18181b; }
section { margin-bottom: 2rem; }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
h2 code { font-weight: normal; color: #52525b; }
.row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
figure { margin: 0; flex: none; }
figcaption { font-size: 12px; color: #52525b; }
img { display: block; border: 1px solid #d4d4d8; max-height: 600px; width: auto; object-fit: cover; object-position: top; }
img.desktop { width: 320px; } img.mobile { width: 130px; }
</style>
</head>
<body>
<h1>Every template at 1280 and 390 px, light and dark</h1>
<p>${chosen.length} templates from ${escapeHtml(path.relative(process.cwd(), dist) || '.')}. Select a picture to open it at full size.</p>
${chosen
  .map(
    (template) => `<section>
<h2>${escapeHtml(template.name)} <code>${escapeHtml(template.path)}</code></h2>
<div class="row">
${VIEWPORTS.flatMap((viewport) =>
  SCHEMES.map((scheme) => {
    const file = shotName(template, viewport, scheme);
    return `<figure><a href="${file}"><img class="${viewport.name}" src="${file}" alt="${escapeHtml(`${template.name}, ${viewport.width} px, ${scheme}`)}" loading="lazy"></a><figcaption>${viewport.width} px, ${scheme}</figcaption></figure>`;
  }),
).join('\n')}
</div>
</section>`,
  )
  .join('\n')}
</body>
</html>
`;
await writeFile(path.join(out, 'index.html'), sheet);
if (values.sheets) await writeSheets(path.resolve(values.sheets));
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${chosen.length * VIEWPORTS.length * SCHEMES.length} screenshots of ${chosen.length} templates in ${seconds} s → ${path.join(out, 'index.html')}`);
if (problems.length) {
  console.error(`Pages that could not be taken:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exitCode = 1;
}

/**
 * One WebP per width and scheme: the top of every template (the first 1.5 screens), scaled down,
 * in a grid, each under its name. Small enough to commit beside a review.
 */
async function writeSheets(folder: string) {
  await mkdir(folder, { recursive: true });
  const LABEL = 34;
  for (const viewport of VIEWPORTS) {
    const thumbWidth = viewport.name === 'desktop' ? 480 : 240;
    const scale = thumbWidth / viewport.width;
    const thumbHeight = Math.round(viewport.height * 1.5 * scale);
    const columns = viewport.name === 'desktop' ? 5 : 8;
    for (const scheme of SCHEMES) {
      const tiles: OverlayOptions[] = [];
      const taken = chosen.filter((template) => existsSync(path.join(out, shotName(template, viewport, scheme))));
      for (const [index, template] of taken.entries()) {
        const x = (index % columns) * (thumbWidth + 16) + 16;
        const y = Math.floor(index / columns) * (thumbHeight + LABEL + 16) + 16;
        const shot = sharp(path.join(out, shotName(template, viewport, scheme)));
        const { height = 0 } = await shot.metadata();
        const top = await shot
          .extract({ left: 0, top: 0, width: viewport.width, height: Math.min(height, Math.round(viewport.height * 1.5)) })
          .resize({ width: thumbWidth })
          .toBuffer();
        const label = `<svg xmlns="http://www.w3.org/2000/svg" width="${thumbWidth}" height="${LABEL}"><text x="0" y="22" font-family="DejaVu Sans, sans-serif" font-size="${viewport.name === 'desktop' ? 16 : 12}" fill="#27272a">${escapeHtml(template.name)}</text></svg>`;
        tiles.push({ input: Buffer.from(label), left: x, top: y }, { input: top, left: x, top: y + LABEL });
      }
      const rows = Math.ceil(taken.length / columns);
      const sheetFile = path.join(folder, `${viewport.name}-${scheme}.webp`);
      await sharp({ create: { width: columns * (thumbWidth + 16) + 16, height: rows * (thumbHeight + LABEL + 16) + 16, channels: 3, background: '#f4f4f5' } })
        .composite(tiles)
        .webp({ quality: 70 })
        .toFile(sheetFile);
      console.log(`sheet: ${path.relative(process.cwd(), sheetFile)}`);
    }
  }
}
