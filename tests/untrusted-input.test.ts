// Everything under content/ may come from a stranger's pull request: no code from content, no
// script in logos or links, no page takeover by a crafted slug.
import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkMdx } from '../src/loader/check-mdx.ts';
import { checkSvg } from '../src/loader/check-svg.ts';
import type { Problem } from '../src/loader/problem.ts';
import { copyOfDemo, editFile, load, positionOf, readContentFile, writeContentFile } from './helpers/content-fixture.ts';

const svg = (inner: string, attributes = 'viewBox="0 0 10 10"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attributes}>\n${inner}\n</svg>\n`;
const messages = (problems: Array<{ line: number; column: number; message: string }>) => problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('SVG logos', () => {
  it('accepts a plain drawing, with local url(#id) references in attributes and style', () => {
    expect(checkSvg(svg('<style>.a{fill:url(#g)}</style><rect class="a" fill="url( #g )" aria-label="Acme @ cloud"/>'))).toEqual([]);
    expect(
      checkSvg(
        svg(
          '<title>Logo</title><g><path d="M0 0h10v10z" fill="url(#g)"/></g><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', '2:1 <script> is not allowed in a logo'],
    ['foreignObject', '<foreignObject><div>hi</div></foreignObject>', '2:1 <foreignObject> is not allowed in a logo'],
    ['an event handler', '<rect width="1" height="1" onclick="alert(1)"/>', '2:28 the event handler onclick="…" is not allowed'],
    ['an external href', '<use href="https://evil.example/x.svg#a"/>', '2:6 href="https://evil.example/x.svg#a" points outside the logo'],
    ['a javascript: href', '<use xlink:href="javascript:alert(1)"/>', '2:6 xlink:href="javascript:alert(1)" points outside the logo'],
    ['an embedded raster image', '<image href="data:image/png;base64,AAAA"/>', '2:1 <image> is not allowed in a logo'],
    ['style with an external url()', '<rect style="fill: url(https://evil.example/p)"/>', '2:7 the style loads something with url(…)'],
    ['a style sheet with @import', '<style>@import url("https://evil.example/x.css");</style>', '2:1 the style uses @import'],
    ['@import split by a comment', '<style>@imp<!-- -->ort "https://evil.example/a.css";</style>', '2:19 a comment inside <style> is not allowed'],
    ['@import after a child element', '<style><title/>@import "https://evil.example/a.css";</style>', '2:8 <title> inside <style> is not allowed'],
    ['a CSS escape spelling url', '<style>svg{background:u\\rl(https://evil.example/b.png)}</style>', '2:1 the style uses a CSS escape (\\)'],
    ['image-set()', '<style>svg{background-image:image-set("https://evil.example/c.png" 1x)}</style>', '2:1 the style loads something with image-set(…)'],
    ['a quoted url hiding a parenthesis', '<rect style="fill:url(\'https://evil.example/d)e.svg#x\')"/>', '2:7 the style loads something with url(…)'],
    [
      'an external url() in a fill attribute',
      '<rect fill="url(https://evil.example/p#x)"/>',
      '2:7 "url(https://evil.example/p#x)" loads something from outside the logo',
    ],
    ['a link element', '<a href="https://evil.example"><rect/></a>', '2:1 <a> is not allowed in a logo'],
  ])('rejects %s, at its line:column', (_name, inner, expected) => {
    expect(messages(checkSvg(svg(inner)))[0]).toBe(expected);
  });

  it('requires a viewBox, refuses a DOCTYPE (entity expansion) and oversized files', () => {
    expect(messages(checkSvg(svg('<rect/>', 'width="10" height="10"')))).toEqual(['1:1 the <svg> element has no viewBox']);
    expect(messages(checkSvg(`<!DOCTYPE svg [<!ENTITY lol "lol">]>\n${svg('<text>&lol;</text>')}`))[0]).toMatch(/the SVG has a DOCTYPE/);
    expect(messages(checkSvg(svg(`<path d="${'M0 0'.repeat(40_000)}"/>`)))).toEqual(['1:1 the SVG is larger than 100 kB']);
  });

  it('reports malformed XML instead of crashing', () => {
    expect(messages(checkSvg('<svg viewBox="0 0 1 1"><g></svg>'))[0]).toMatch(/^1:\d+ the SVG is not well-formed XML/);
  });
});

describe('logo files through the loader', () => {
  const logoProblems = (problems: Problem[]) =>
    problems.filter((p) => p.path === 'logo').map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.column} ${p.message} → ${p.fix}`);

  it('reports SVG problems inside the SVG file, naming the partner', async () => {
    const root = await copyOfDemo();
    await writeContentFile(root, 'logos/acorn-ledger.svg', svg('<rect width="10" height="10" onload="fetch(\'/steal\')"/>'));
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(problems).toMatchObject([
      { file: expect.stringMatching(/logos\/acorn-ledger\.svg$/), line: 2, column: 30, entry: 'partners/acorn-ledger', path: 'logo', severity: 'error' },
    ]);
  });

  it('refuses a file whose bytes are not what its name says', async () => {
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'logos/acorn-ledger.svg',
      await sharp({ create: { width: 128, height: 128, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    await writeContentFile(root, 'logos/bramblecode.png', 'not an image at all');
    // At the logo field of each partner file.
    const acorn = positionOf(await readContentFile(root, 'partners/acorn-ledger.yaml'), 'logos/acorn-ledger.svg');
    const bramble = positionOf(await readContentFile(root, 'partners/bramblecode.yaml'), 'logos/bramblecode.png');
    expect(logoProblems((await load(root)).problems)).toEqual([
      `partners/acorn-ledger.yaml:${acorn.line}:${acorn.column} "logos/acorn-ledger.svg" is named .svg but holds PNG data → rename it to end in .png, and update the path`,
      `partners/bramblecode.yaml:${bramble.line}:${bramble.column} "logos/bramblecode.png" is not a PNG file → export the image again as PNG`,
    ]);
  });

  it('refuses raster logos that are too small to look sharp', async () => {
    const root = await copyOfDemo();
    await writeContentFile(
      root,
      'logos/bramblecode.png',
      await sharp({ create: { width: 32, height: 32, channels: 4, background: '#000' } })
        .png()
        .toBuffer(),
    );
    const { line, column } = positionOf(await readContentFile(root, 'partners/bramblecode.yaml'), 'logos/bramblecode.png');
    expect(logoProblems((await load(root)).problems)).toEqual([
      `partners/bramblecode.yaml:${line}:${column} "logos/bramblecode.png" is 32×32 pixels, too small to look sharp → use an image at least 64 pixels on each side, or SVG`,
    ]);
  });

  it('never reads outside the content folder', async () => {
    const root = await copyOfDemo();
    await editFile(root, 'partners/acorn-ledger.yaml', (t) => t.replace('logo: logos/acorn-ledger.svg', 'logo: ../../../etc/hostname.svg'));
    const { problems } = await load(root);
    expect(problems.map((p) => p.message)).toEqual(['"../../../etc/hostname.svg" is not a file path inside the content folder']);
  });
});

describe('MDX and Markdown bodies', () => {
  it('accepts Markdown and the allow-listed components', () => {
    expect(
      checkMdx(
        '# Title\n\nText with [a link](https://x.example) and [another](/partners/).\n\n<Callout type="tip" title="Hi">Body</Callout>\n\n<Metric label="Saved" value="20%" />\n',
        'mdx',
      ),
    ).toEqual([]);
  });

  it.each([
    ['import', "import X from './x.js'", '1:1 import and export statements are not allowed'],
    ['export', 'export const x = 1', '1:1 import and export statements are not allowed'],
    ['a block expression', '{globalThis.process.exit(1)}', '1:1 {expressions} are not allowed'],
    ['an inline expression', 'Hello {name}', '1:7 {expressions} are not allowed'],
    ['an unknown component', '<Danger />', '1:1 <Danger> is not an allowed component'],
    ['an HTML script element', '<script>alert(1)</script>', '1:1 <script> is not an allowed component'],
    ['an expression attribute', '<Callout {...props}>x</Callout>', '1:1 <Callout> has a {…} attribute'],
    ['an unknown attribute', '<Callout onClick="x">x</Callout>', '1:1 <Callout> has no attribute "onClick"'],
    ['a javascript: link', '[click](javascript:alert(1))', '1:1 the link "javascript:alert(1)" is not a web, mail or relative link'],
    ['a data: image', '![x](data:image/svg+xml;base64,AAAA)', '1:1 the link "data:image/svg+xml;base64,AAAA" is not a web, mail or relative link'],
  ])('rejects %s', (_name, body, expected) => {
    expect(messages(checkMdx(body, 'mdx'))).toEqual([expected]);
  });

  it('rejects raw HTML in plain Markdown, which Astro would publish as-is', () => {
    expect(messages(checkMdx('Hello\n\n<img src=x onerror="alert(1)">\n', 'md'))).toEqual(['3:1 raw HTML is not allowed']);
  });

  it('reports MDX syntax errors at their place in the file, front matter included', async () => {
    const root = await copyOfDemo();
    const file = 'case-studies/one-view-of-every-shipment.mdx';
    const text = await editFile(root, file, (t) => t.replace('## The solution', '## The solution <Broken'));
    const { problems } = await load(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: expect.stringContaining(file),
      line: positionOf(text, '<Broken').line,
      message: expect.stringMatching(/^the MDX cannot be read: /),
    });
  });
});

describe('symbolic links and folders', () => {
  it('refuses a logo that is a symbolic link, which could publish a file from outside content/', async () => {
    const root = await copyOfDemo();
    await rm(path.join(root, 'logos/acorn-ledger.svg'));
    await symlink('/etc/hostname', path.join(root, 'logos/acorn-ledger.svg'));
    const { problems } = await load(root);
    expect(problems.map((p) => `${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      'logo: "logos/acorn-ledger.svg" goes through a symbolic link: symbolic links are not allowed in the content folder → replace the link with the file itself',
    ]);
  });

  it('refuses symbolic links and folders among content files instead of skipping them', async () => {
    const root = await copyOfDemo();
    await symlink(path.join(root, 'partners/acorn-ledger.yaml'), path.join(root, 'partners/acorn-copy.yaml'));
    await mkdir(path.join(root, 'partners/more'));
    const { problems } = await load(root);
    expect(problems.map((p) => `${p.file.split('/').slice(-2).join('/')}: ${p.message} → ${p.fix}`)).toEqual([
      'partners/acorn-copy.yaml: symbolic links are not allowed in the content folder → replace the link with the file itself',
      'partners/more: "more" is a folder → put the .yaml files directly in partners/',
    ]);
  });

  it('reports a collection folder that is a file instead of crashing', async () => {
    const root = await copyOfDemo();
    await rm(path.join(root, 'news'), { recursive: true });
    await writeContentFile(root, 'news', 'not a folder\n');
    const { problems, content } = await load(root);
    expect(content).toBeUndefined();
    expect(problems.map((p) => `${p.file.split('/').at(-1)}:${p.line}:${p.column} ${p.severity} ${p.message} → ${p.fix}`)).toContain(
      'news:1:1 error "news" is a file, not a folder → make news/ a folder holding the .md or .mdx files',
    );
  });
});

describe('entry identity', () => {
  it('does not let a file claim another partner through a slug or id field', async () => {
    const root = await copyOfDemo();
    const text = await editFile(root, 'partners/brightwave-studio.yaml', (t) => t.replace(/^name: .*$/m, '$&\nslug: acorn-ledger'));
    const { line, column } = positionOf(text, 'slug: acorn-ledger');
    const { problems } = await load(root);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message} → ${p.fix}`)).toEqual([
      `${line}:${column} slug: "slug" cannot be set here: the file name is the id → remove "slug"; to change the id, rename the file`,
    ]);
  });
});
