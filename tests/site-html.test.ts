// Every page of the built demo is valid HTML (html-validate's recommended rules) that ends with
// </html>, and every internal link or asset reference resolves to a file of the site.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, page, siteDir } from './helpers/site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <meta charset> and boolean attributes in its own (valid) style.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Partner-provided text can be long; titles are "Name · Program".
    'long-title': 'off',
  },
});

describe('html-validate', () => {
  it('passes on every page', async () => {
    const failures: string[] = [];
    const pages = await htmlPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const sitePath of pages) {
      const { html } = await page(sitePath);
      const report = await validator.validateString(html, sitePath);
      for (const result of report.results)
        for (const message of result.messages) failures.push(`${sitePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('the end of every page', () => {
  it('is </html>, with nothing after it', async () => {
    // An HTML parser moves whatever follows </html> into the body, so html-validate cannot see it;
    // Astro writes a page's <script> there when the page puts it after its layout component
    // (`</BaseLayout><script>…`) instead of inside it.
    const trailing: string[] = [];
    for (const sitePath of await htmlPages()) {
      const { html } = await page(sitePath);
      const end = html.indexOf('</html>');
      if (end === -1) trailing.push(`${sitePath}: no </html>`);
      else if (html.slice(end + '</html>'.length).trim() !== '')
        trailing.push(
          `${sitePath}: after </html>: ${html
            .slice(end + '</html>'.length)
            .trim()
            .slice(0, 120)}`,
        );
    }
    expect(trailing).toEqual([]);
  });
});

describe('internal links', () => {
  it('every href and src on the site resolves to a built file', async () => {
    const broken: string[] = [];
    for (const sitePath of await htmlPages()) {
      const { document } = await page(sitePath);
      const references = [
        ...document.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
        ...document.querySelectorAll('img[src], script[src]').map((el) => el.getAttribute('src')!),
      ];
      for (const reference of references) {
        if (!reference.startsWith('/') || reference.startsWith('//')) continue;
        const target = decodeURI(reference.split(/[?#]/)[0]!);
        const file = path.join(siteDir(), target.endsWith('/') ? `${target}index.html` : target);
        if (
          !(await access(file).then(
            () => true,
            () => false,
          ))
        )
          broken.push(`${sitePath} → ${reference}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
