// A sweep of the built demo site: every XML and SVG file it publishes parses strictly.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPartners } from './helpers/demo-content.ts';
import { siteDir } from './helpers/site.ts';
import { parseXml } from './helpers/xml.ts';

describe('the built demo site', () => {
  it('has only well-formed XML files: feeds, sitemaps, badges, SVG downloads', async () => {
    const entries = await readdir(siteDir(), { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && /\.(xml|svg)$/.test(entry.name))
      .map((entry) => path.relative(siteDir(), path.join(entry.parentPath, entry.name)));
    const badges = demoPartners().map((partner) => path.join('badges', `${partner.slug}.svg`));
    expect(files).toEqual(expect.arrayContaining(['feed.xml', path.join('news', 'rss.xml'), 'sitemap-index.xml', 'sitemap-0.xml', ...badges]));
    for (const file of files) expect(parseXml(await readFile(path.join(siteDir(), file), 'utf8')).errors, file).toEqual([]);
  });
});
