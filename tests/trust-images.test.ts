// What reaches dist/ from content: every image a post shows, every logo and brand file, goes
// through the loader's checks, which decode and draw as the build does, with the same limits. One
// case per hole found by trying it as an attacker would; each hostile file is made here.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyImageGuard } from '../src/integrations/body-image-guard.ts';
import { analyseSvg, checkSvg, drawnSize } from '../src/loader/check-svg.ts';
import type { Problem } from '../src/loader/problem.ts';
import { publishedKey, sha256 } from '../src/loader/published-files.ts';
import { drawCheck } from '../src/loader/render-check.ts';
import { prepareLogos } from '../src/model/logos.ts';
import { MAX_IMAGE_PIXELS, SVG_LIMITS } from '../src/shared/image-limits.ts';
import { drawRenditions } from '../src/shared/image-recipes.ts';
import { copyOfDemo, editFile, load, PROJECT_ROOT, positionOf, run, validateCli, writeContentFile } from './helpers/content-fixture.ts';

const POST = 'case-studies/one-view-of-every-shipment.mdx';
const svg = (inner: string, attributes = 'viewBox="0 0 10 10"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>\n${inner}\n</svg>\n`;
const SCRIPT_SVG = svg('<script>alert(document.domain)</script>');
/** `<use>` references that expand to 10^8 drawings from a file of a few kB. */
const useBomb = (levels: number, fan: number) => {
  let defs = '<defs><rect id="a0" width="10" height="10"/>';
  for (let level = 1; level <= levels; level++) defs += `<g id="a${level}">${`<use href="#a${level - 1}"/>`.repeat(fan)}</g>`;
  return svg(`${defs}</defs>\n<use href="#a${levels}"/>`);
};

/** `problems` as `dir/file:line:col message`, the way validate prints their place. */
const brief = (problems: Problem[]) => problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.message}`);
const at = (file: string, text: string, needle: string) => {
  const { line, column } = positionOf(text, needle);
  return `${file}:${line}:${column}`;
};

async function addToPost(root: string, markdown: string, file = POST): Promise<string> {
  return editFile(root, file, (text) => `${text}\n${markdown}\n`);
}

/** A PNG of random pixels (so it does not compress to nothing), or a JPEG. */
async function noise(width: number, height: number, format: 'png' | 'jpeg'): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
}

/** A tiny valid PNG whose header then claims `width`×`height` pixels: a pixel bomb. */
async function pixelBomb(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  // Bytes 16-23 are IHDR's width and height; 29-32 its CRC over type and data (bytes 12-28).
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('images in case studies and news', () => {
  it('refuses an SVG with a script, reported inside the SVG and naming the post', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    await writeContentFile(root, 'images/evil.svg', SCRIPT_SVG);
    await addToPost(root, '![Our team](../images/evil.svg)');
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(brief(problems)).toEqual(['images/evil.svg:2:1 <script> is not allowed in an image']);
    expect(problems[0]).toMatchObject({ entry: 'case-studies/one-view-of-every-shipment', fix: 'remove the <script>: images cannot run code' });
  });

  it('refuses a path that climbs out of the content folder, and a path read as a code package', async () => {
    const root = await copyOfDemo();
    const text = await addToPost(root, '![Outside](../../outside/photo.png)\n\n![Package](astro/package.json)');
    expect(brief((await load(root)).problems)).toEqual([
      `${at(POST, text, '![Outside]')} the image path "../../outside/photo.png" leads out of the content folder`,
      `${at(POST, text, '![Package]')} the image path "astro/package.json" does not start with ./ or ../, so the build would read it as the name of a code package`,
    ]);
  });

  it('refuses a ?url suffix, which made the bundler publish any file of the machine, and MDX imports', async () => {
    const root = await copyOfDemo();
    const text = await addToPost(root, "![Env](../../../../../proc/self/environ?url)\n\nimport environ from '/proc/self/environ?raw'");
    expect((await load(root)).problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.message} → ${p.fix}`)).toEqual([
      `${at(POST, text, '![Env]')} the image path "../../../../../proc/self/environ?url" ends in "?url" → remove "?url": an image path names a file and nothing else`,
      `${at(POST, text, 'import environ')} import and export statements are not allowed → remove the line; use the components listed in the README instead`,
    ]);
  });

  it('refuses a remote image, saying the Content-Security-Policy would block it', async () => {
    const root = await copyOfDemo();
    const text = await addToPost(root, '![Team](https://images.example.com/team.png)');
    const problems = (await load(root)).problems;
    expect(brief(problems)).toEqual([
      `${at(POST, text, '![Team]')} the image "https://images.example.com/team.png" is on another website: the site's Content-Security-Policy lets pages show only images from the site itself, so browsers would block it`,
    ]);
    expect(problems[0]!.fix).toBe('save the image in content/images/ and write ![description](../images/team.png)');
  });

  it('refuses <img> elements, which would publish a path unchecked: raw HTML in Markdown, a component in MDX', async () => {
    const root = await copyOfDemo();
    const post = await addToPost(root, '<img src="../../../outside.svg" alt="x" />');
    const news = await addToPost(root, 'Hello\n\n<img src="https://images.example.com/a.png">', 'news/partner-network-launch.md');
    expect(brief((await load(root)).problems)).toEqual([
      `${at(POST, post, '<img')} <img> is not an allowed component`,
      `${at('news/partner-network-launch.md', news, '<img')} raw HTML is not allowed`,
    ]);
  });

  it('refuses a pixel bomb: a tiny PNG that claims to be 15000×15000 pixels', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    const bomb = await pixelBomb(15_000, 15_000);
    expect(bomb.length).toBeLessThan(100);
    await writeContentFile(root, 'images/bomb.png', bomb);
    const text = await addToPost(root, '![Chart](../images/bomb.png)');
    expect(brief((await load(root)).problems)).toEqual([
      `${at(POST, text, '![Chart]')} "images/bomb.png" is 15000×15000 pixels, more than the 25 million pixels the site converts`,
    ]);
  });

  it('refuses reference-style images, which Astro leaves as broken links, and checks their paths like the rest', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    await writeContentFile(root, 'images/team.png', await noise(80, 60, 'png'));
    const text = await addToPost(root, '![Team][team] and ![Far][far]\n\n[team]: ../images/team.png\n[far]: ../../far.png');
    expect(brief((await load(root)).problems)).toEqual([
      `${at(POST, text, '![Team]')} the image "../images/team.png" is written reference-style (![…][name] with [name]: …), which the site does not publish`,
      `${at(POST, text, '![Far]')} the image path "../../far.png" leads out of the content folder`,
    ]);
  });

  it('accepts an image file in the content folder, in .mdx and .md, and lists it in the inventory with its hash', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    const photo = await noise(120, 80, 'jpeg');
    await writeContentFile(root, 'images/team.jpg', photo);
    await addToPost(root, '![Team](../images/team.jpg)');
    await addToPost(root, '![Team](./../images/team.jpg)', 'news/partner-network-launch.md');
    const { problems, content } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.published.get(publishedKey('body-image', 'images/team.jpg'))).toMatchObject({ file: 'images/team.jpg', sha256: sha256(photo) });
  });
});

describe('logos and brand files are decoded and drawn as the build does', () => {
  const logoAt = (text: string) => at('partners/acorn-ledger.yaml', text, 'logos/acorn-ledger');

  it.each(['png', 'jpeg'] as const)('refuses a truncated %s logo, which the build could not convert', async (format) => {
    const root = await copyOfDemo();
    const image = await noise(200, 200, format);
    const file = `logos/acorn-ledger.${format === 'png' ? 'png' : 'jpg'}`;
    await writeContentFile(root, file, image.subarray(0, Math.floor(image.length * 0.6)));
    const text = await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('logos/acorn-ledger.svg', file));
    expect(brief((await load(root)).problems)).toEqual([`${logoAt(text)} "${file}" is damaged or cut short: its pixels cannot all be read`]);
  });

  it.each([
    ['zero width and height', 'viewBox="0 0 64 64" width="0" height="0"', 'the drawing is 0×0 pixels, too small to draw'],
    ['a viewBox without area', 'viewBox="0 0 0 64"', 'the viewBox "0 0 0 64" is not four numbers with a width and height above 0'],
    [
      'a huge width and height',
      'viewBox="0 0 64 64" width="1000000" height="1000000"',
      'the drawing is 1000000×1000000 pixels; the limit is 10,000 on each side',
    ],
    ['a thread-thin drawing', 'viewBox="0 0 6400 64"', 'the drawing is 6400×64 pixels, one side is more than 20 times the other'],
    ['a size in font units', 'viewBox="0 0 64 64" width="90em"', 'width="90em" is not a length in pixels, mm, cm, in, pt or pc'],
    ['a huge size in inches', 'viewBox="0 0 64 64" width="900in"', 'the drawing is 64800×64800 pixels; the limit is 10,000 on each side'],
  ])('refuses an SVG logo with %s, at the <svg> element', async (_name, attributes, message) => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'logos/acorn-ledger.svg', svg('<rect width="10" height="10"/>', attributes));
    expect(brief((await load(root)).problems)).toEqual([`logos/acorn-ledger.svg:1:1 ${message}`]);
  });

  it('refuses a <use> reference bomb at the reference that sets it off', async () => {
    const root = await copyOfDemo();
    const bomb = useBomb(8, 10);
    expect(bomb.length).toBeLessThan(3000);
    await writeContentFile(root, 'logos/acorn-ledger.svg', bomb);
    const problems = (await load(root)).problems;
    // Blamed on the first reference whose expansion alone passes the limit.
    expect(brief(problems)).toEqual([
      `${at('logos/acorn-ledger.svg', bomb, '<use href="#a4"/>')} the references (<use>, clip-path, mask) make the drawing more than 10,000 elements`,
    ]);
    expect(problems[0]).toMatchObject({ entry: 'partners/acorn-ledger', path: 'logo' });
  });

  it('draws a large brand SVG at the density that fits the rendition, where a fixed 576 dpi crashed the build', async () => {
    const large = Buffer.from(svg('<rect width="5000" height="5000" fill="#2f5d8a"/>', 'viewBox="0 0 5000 5000" width="5000" height="5000"'));
    // What the toolkit did before: 5000 px at 8× exceeds sharp's pixel limit.
    await expect(sharp(large, { density: 576 }).resize(512, 512, { fit: 'inside' }).png().toBuffer()).rejects.toThrow(/pixel limit/);
    const renditions = await drawRenditions(large, true);
    expect(renditions.map(({ size, format, image }) => `${size}.${format} ${image.width}×${image.height}`)).toEqual([
      '64.png 64×64',
      '64.webp 64×64',
      '128.png 128×128',
      '128.webp 128×128',
      '256.png 256×256',
      '256.webp 256×256',
      '512.png 512×512',
      '512.webp 512×512',
    ]);

    const root = await copyOfDemo();
    await writeContentFile(root, 'brand/wordmark.svg', large);
    expect((await load(root)).problems).toEqual([]);
    await writeContentFile(root, 'brand/wordmark.svg', svg('<rect/>', 'viewBox="0 0 20000 20000"'));
    const problems = (await load(root)).problems;
    expect(brief(problems)).toEqual(['brand/wordmark.svg:1:1 the drawing is 20000×20000 pixels; the limit is 10,000 on each side']);
    expect(problems[0]).toMatchObject({ entry: 'brand', path: 'assets[wordmark].file' });
  });

  it('caps brand files, PDFs included', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'brand/guide.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]));
    const text = await editFile(root, 'brand/brand.yaml', (t) => `${t}  - id: guide\n    title: Brand guide\n    file: brand/guide.pdf\n    kind: document\n`);
    const problems = (await load(root)).problems;
    expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      `${at('brand/brand.yaml', text, 'brand/guide.pdf')} assets[guide].file: "brand/guide.pdf" is 11 MB; the limit for brand files is 10 MB → export it smaller, e.g. with compressed images`,
    ]);
  });

  it('gives up drawing an SVG that takes longer than the time limit, and draws the next file', async () => {
    const simple = Buffer.from(svg('<rect width="10" height="10" fill="#123"/>'));
    expect(await drawCheck(simple, sha256(simple), 'rendition')).toEqual({ drawn: true });
    // 3,375 drawings of a half-transparent square in as many groups, within the element limit: over a second at 512 pixels.
    const slow = Buffer.from(useBomb(3, 15).replace('<rect id="a0"', '<rect id="a0" opacity=".5"').replaceAll('<g id=', '<g opacity=".9" id='));
    expect(analyseSvg(slow.toString())).toMatchObject({ problems: [], drawnElements: expect.any(Number) });
    expect(await drawCheck(slow, sha256(slow), 'rendition', 300)).toEqual({ drawn: false, timedOut: true, reason: 'took longer than 0.3 s' });
    const next = Buffer.from(svg('<circle r="5" fill="#321"/>'));
    expect(await drawCheck(next, sha256(next), 'logo')).toEqual({ drawn: true });
  });
});

describe('the SVG allow-list bounds what sharp has to draw', () => {
  const messages = (text: string) => checkSvg(text).map((p) => `${p.line}:${p.column} ${p.message}`);

  it.each([
    ['a reference loop', '<g id="a"><use href="#a"/></g>', '2:11 the reference to "#a" makes the drawing contain itself'],
    ['a CSS filter', '<rect width="5" height="5" style="filter: blur(300px)"/>', '2:28 the style uses filter'],
    ['a filter in a style sheet', '<style>rect{-webkit-filter:blur(9px)}</style>', '2:1 the style uses -webkit-filter'],
    [
      'nesting deeper than libxml2 reads',
      `${'<g>'.repeat(70)}${'</g>'.repeat(70)}`,
      `2:${3 * SVG_LIMITS.maxDepth - 2} the SVG nests elements more than 64 deep`,
    ],
  ])('refuses %s', (_name, inner, expected) => {
    expect(messages(svg(inner))).toEqual([expected]);
  });

  it('refuses an encoding libxml2 would read differently', () => {
    expect(messages(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${svg('<rect/>')}`)).toEqual(['1:44 the SVG declares encoding="ISO-8859-1"']);
  });

  it('counts a clip path a style sheet applies as drawn once per element', () => {
    const sheet = svg(`<style>rect{clip-path:url(#c)}</style><clipPath id="c">${'<rect/>'.repeat(20)}</clipPath>${'<rect/>'.repeat(600)}`);
    expect(messages(sheet)).toEqual(['2:1 the references (<use>, clip-path, mask) make the drawing more than 10,000 elements']);
    // References to gradients are paints, not drawings.
    expect(checkSvg(svg(`<linearGradient id="g"><stop offset="0"/></linearGradient>${'<rect fill="url(#g)"/>'.repeat(3000)}`))).toEqual([]);
  });

  it('works out the drawn size as sharp does', async () => {
    const cases = [
      'viewBox="0 0 100 50"',
      'viewBox="0 0 100 50" width="200"',
      'viewBox="0 0 100 50" height="200"',
      'viewBox="0 0 100 50" width="200px" height="10"',
      'viewBox="0,0,100,50" width="50%"',
      'viewBox="10 10 1e2 5e1"',
      'viewBox="0 0 100 50" width="2in"',
      'viewBox="0 0 100 50" width="50.8mm" height="1cm"',
      'viewBox="0 0 100 50" width="30pt" height="2pc"',
    ];
    for (const attributes of cases) {
      const attributeMap = Object.fromEntries([...attributes.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      const metadata = await sharp(Buffer.from(svg('<rect/>', attributes))).metadata();
      const size = drawnSize(attributeMap) as { width: number; height: number };
      // sharp rounds the drawn size to whole pixels.
      expect({ width: Math.round(size.width), height: Math.round(size.height) }, attributes).toEqual({ width: metadata.width, height: metadata.height });
    }
  });
});

describe('one inventory of what is published', () => {
  it('holds every logo and brand file, and the build refuses a file not in it or changed since', async () => {
    const root = await copyOfDemo();
    const { content } = await load(root);
    const published = content!.published;
    for (const partner of content!.partners) expect(published.get(publishedKey('logo', partner.logo)), partner.logo).toBeDefined();
    for (const asset of content!.brandAssets) expect(published.get(publishedKey('brand', asset.file)), asset.file).toBeDefined();

    const cache = await mkdtemp(path.join(tmpdir(), 'partnerkit-logos-'));
    const unchecked = new Map([['stray', 'logos/stray.svg']]);
    await writeContentFile(root, 'logos/stray.svg', svg('<rect/>'));
    await expect(prepareLogos(root, unchecked, published, cache)).rejects.toThrow(
      /logos\/stray\.svg:1:1 error logos\/stray\.svg: "logos\/stray\.svg" was not checked by validate, so it cannot be published/,
    );
    const text = await editFile(root, 'logos/acorn-ledger.svg', (t) => t.replace('#2f5d8a', '#000000'));
    expect(text).toContain('#000000');
    const changed = await prepareLogos(root, new Map([['acorn-ledger', 'logos/acorn-ledger.svg']]), published, cache).catch((error: Error) => error);
    const logoAt = positionOf(await readFile(path.join(root, 'partners/acorn-ledger.yaml'), 'utf8'), 'logos/acorn-ledger.svg');
    expect((changed as Error).message).toMatch(
      new RegExp(
        `partners/acorn-ledger\\.yaml:${logoAt.line}:${logoAt.column} error partners/acorn-ledger › logo: "logos/acorn-ledger\\.svg" changed after validate checked it → build again once the file is saved$`,
      ),
    );
    expect((changed as Error).stack).toBe((changed as Error).message);
    await rm(cache, { recursive: true, force: true });
  });

  it("guards Astro's Markdown images: only paths validate accepted, to files it checked", async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    await writeContentFile(root, 'images/team.png', await noise(80, 60, 'png'));
    await addToPost(root, '![Team](../images/team.png)');
    const loaded = await load(root);
    expect(loaded.problems).toEqual([]);
    const guard = bodyImageGuard({ fileURL: pathToFileURL(path.join(root, POST)) }, root, async () => loaded.content!.published);
    const image = (url: string) => guard.image({ url, position: { start: { line: 40, column: 3 } } });
    await expect(image('../images/team.png')).resolves.toBeUndefined();
    await expect(image('../images/other.png')).rejects.toThrow(
      `${POST}:40:3 error case-studies/one-view-of-every-shipment: the image "images/other.png" was not checked by validate, so it cannot be published`,
    );
    await expect(image('../images/team.png?url')).rejects.toThrow('the image path "../images/team.png?url" ends in "?url"');
    await writeContentFile(root, 'images/team.png', await noise(81, 60, 'png'));
    await expect(image('../images/team.png')).rejects.toThrow('"images/team.png" changed after validate checked it');
  });
});

describe('astro build', () => {
  const ASTRO = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const outDirs: string[] = [];
  afterAll(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  async function astroBuild(content: string) {
    const outDir = await mkdtemp(path.join(tmpdir(), 'partnerkit-dist-'));
    outDirs.push(outDir);
    await rm(outDir, { recursive: true });
    return { outDir, ...run([ASTRO, 'build', '--outDir', outDir], { PARTNERKIT_CONTENT: content }) };
  }
  const problemLines = (output: string) => output.split('\n').filter((line) => /^\S+:\d+:\d+ (error|warning) /.test(line));

  it('publishes an accepted image in an .mdx case study and a .md post, converted by Astro', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    await writeContentFile(root, 'images/team.png', await noise(120, 80, 'png'));
    await writeContentFile(root, 'images/mark.svg', svg('<rect width="10" height="10" fill="#c33"/>'));
    await addToPost(root, '![The team](../images/team.png)\n\n![Our mark](../images/mark.svg)');
    await addToPost(root, '![The team](../images/team.png)', 'news/partner-network-launch.md');
    const build = await astroBuild(root);
    expect(build.code, build.stderr).toBe(0);
    const assets = await readdir(path.join(build.outDir, '_astro'));
    const webp = assets.find((name) => /^team\.[\w-]+\.webp$/.test(name));
    expect(webp, assets.join(', ')).toBeDefined();
    expect(await sharp(path.join(build.outDir, '_astro', webp!)).metadata()).toMatchObject({ format: 'webp', width: 120, height: 80 });
    for (const page of ['case-studies/one-view-of-every-shipment', 'news/partner-network-launch']) {
      const html = await readFile(path.join(build.outDir, page, 'index.html'), 'utf8');
      expect(html, page).toMatch(new RegExp(`<img[^>]*src="/_astro/${webp!.replace(/\./g, '\\.')}"`));
    }
    // The SVG is published as it is: the bytes validate checked.
    const mark = assets.filter((name) => name.startsWith('mark.') && name.endsWith('.svg'));
    expect(mark.length).toBeGreaterThan(0);
    for (const name of mark) expect(await readFile(path.join(build.outDir, '_astro', name), 'utf8')).toBe(svg('<rect width="10" height="10" fill="#c33"/>'));
  }, 180_000);

  it('refuses a post showing a script SVG with the same message as validate, publishing nothing', async () => {
    const root = await copyOfDemo();
    await mkdir(path.join(root, 'images'), { recursive: true });
    await writeContentFile(root, 'images/evil.svg', SCRIPT_SVG);
    await addToPost(root, '![Our team](../images/evil.svg)');
    const validate = validateCli([], { PARTNERKIT_CONTENT: root });
    expect(validate.code).toBe(1);
    expect(problemLines(validate.stdout)).toEqual([
      expect.stringMatching(
        /images\/evil\.svg:2:1 error case-studies\/one-view-of-every-shipment: <script> is not allowed in an image → remove the <script>: images cannot run code$/,
      ),
    ]);
    const build = await astroBuild(root);
    expect(build.code).not.toBe(0);
    const printed = `${build.stdout}\n${build.stderr}`;
    expect(problemLines(printed)).toEqual(problemLines(validate.stdout));
    expect(printed).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
    expect(existsSync(path.join(build.outDir, '_astro'))).toBe(false);
  }, 180_000);
});

it("gives Astro's image service the pixel limit validate checks with, and the Markdown image guard", async () => {
  const { default: config } = await import('../astro.config.mjs');
  expect(config.image?.service?.config?.limitInputPixels).toBe(MAX_IMAGE_PIXELS);
  expect(config.integrations?.flat().map((integration) => (integration as { name: string }).name)).toContain('partnerkit:body-image-guard');
});
