// What validate says about the organisation, the dark logo, partners' headquarters, languages and
// founding year, and case studies' and news posts' customer logos and cover images: each wrong
// value refused at its line and column with a fix, each file through the checks every published
// image goes through. Each scenario writes only what it tests; the positions are worked out here
// from the text written, not by the loader.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/loader/problem.ts';
import { publishedKey } from '../src/loader/published-files.ts';
import { load, NOW, positionOf } from './helpers/content-fixture.ts';
import { SCENARIO_LOGO, writeScenario } from './helpers/scenario.ts';

expect(NOW.slice(0, 4)).toBe('2026');

/** `file:line:col path: message → fix`, with the file relative to the content folder. */
const brief = (root: string, problems: Problem[]) =>
  problems.map((p) => `${path.relative(root, p.file)}:${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message} → ${p.fix}`);

/** line:col of the `occurrence`-th `needle` in a content file, read back as written. */
async function at(root: string, file: string, needle: string, occurrence = 1): Promise<string> {
  const text = await readFile(path.join(root, file), 'utf8');
  let from = 0;
  for (let i = 1; i < occurrence; i++) from = text.indexOf(needle, from) + needle.length;
  const { line, column } = positionOf(text, needle, from);
  return `${file}:${line}:${column}`;
}

const COVER_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90"><rect width="160" height="90" fill="#0f7a5f"/></svg>\n';
const SCRIPT_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<script>alert(document.domain)</script>\n</svg>\n';

describe('partners: headquarters, languages, founded', () => {
  it('accepts ISO country codes, BCP 47 language tags and a founding year up to the build year', async () => {
    const root = await writeScenario({
      partners: { 'acme-cloud': { headquarters: 'GB', languages: ['en', 'de', 'pt-BR'], founded: 2026 }, 'beta-labs': {} },
    });
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.partners.find((p) => p.slug === 'acme-cloud')).toMatchObject({ headquarters: 'GB', languages: ['en', 'de', 'pt-BR'], founded: 2026 });
    // All three are optional: a partner file written before they existed stays valid.
    const beta = content!.partners.find((p) => p.slug === 'beta-labs')!;
    expect([beta.headquarters, beta.languages, beta.founded]).toEqual([undefined, [], undefined]);
  });

  it('refuses a country, a language or a year that is wrong, at its place, with the code that was likely meant', async () => {
    const root = await writeScenario({
      partners: {
        'acme-cloud': { headquarters: 'UK', languages: ['en', 'English', 'EN-gb', 'xx'], founded: 2062 },
        'beta-labs': { headquarters: 'Germany', founded: 1700 },
        'cobalt-works': { headquarters: 'ZZ' },
      },
    });
    const { content, problems } = await load(root);
    expect(content).toBeUndefined();
    const acme = 'partners/acme-cloud.yaml';
    const beta = 'partners/beta-labs.yaml';
    const cobalt = 'partners/cobalt-works.yaml';
    expect(brief(root, problems)).toEqual([
      `${await at(root, acme, 'UK')} error headquarters: "UK" is not a country code → did you mean "GB" (United Kingdom)?`,
      `${await at(root, acme, 'English')} error languages[1]: "English" is not a language code → did you mean "en" (English)?`,
      `${await at(root, acme, 'EN-gb')} error languages[2]: "EN-gb" is not a language code → did you mean "en-GB" (British English)?`,
      `${await at(root, acme, 'xx')} error languages[3]: "xx" is not a language code → write a language code such as "en", "de" or "pt-BR"`,
      `${await at(root, acme, '2062')} error founded: the company cannot have been founded in 2062: that is after this year (2026) → check the year: it is 2026 or earlier`,
      `${await at(root, beta, 'Germany')} error headquarters: "Germany" is not a country code → did you mean "DE" (Germany)?`,
      `${await at(root, beta, '1700')} error founded: 1700 is too small for "founded" → use 1800 or more`,
      `${await at(root, cobalt, 'ZZ')} error headquarters: "ZZ" is not a country code → write the two-letter ISO 3166-1 code in capitals, e.g. "GB" for the United Kingdom or "DE" for Germany`,
    ]);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['unknown-country', 'unknown-language', 'year-in-future', 'number-too-small']));
  });
});

describe('the organisation and its dark logo', () => {
  it('accepts organization and site.logoDark, and checks the dark logo as it checks the light one', async () => {
    const root = await writeScenario({
      program: {
        organization: { name: 'Example Ltd', website: 'https://example.example' },
        site: { url: 'https://partners.example', logo: 'brand/mark.svg', logoDark: 'brand/mark-dark.svg' },
      },
      files: { 'brand/mark.svg': SCENARIO_LOGO, 'brand/mark-dark.svg': SCRIPT_SVG },
    });
    const { content, problems } = await load(root);
    expect(content).toBeUndefined();
    expect(brief(root, problems)).toEqual([
      'brand/mark-dark.svg:2:1 error site.logoDark: <script> is not allowed in a logo → remove the <script>: logos cannot run code',
    ]);
  });

  it('refuses a dark logo that does not exist, at the field, suggesting the file that does', async () => {
    const root = await writeScenario({
      program: { site: { url: 'https://partners.example', logoDark: 'brand/mark-drak.svg' } },
      files: { 'brand/mark-dark.svg': SCENARIO_LOGO },
    });
    const { problems } = await load(root);
    expect(brief(root, problems)).toEqual([
      `${await at(root, 'program.yaml', 'brand/mark-drak.svg')} error site.logoDark: the file "brand/mark-drak.svg" does not exist → did you mean "brand/mark-dark.svg"?`,
    ]);
  });
});

describe('case studies and news: customer logo and cover image', () => {
  const study = (front: Record<string, unknown>, body = 'Text.\n') => ({
    front: { title: 'A study', summary: 'What happened.', partners: ['acme-cloud'], published: '2026-05-01', ...front },
    body,
  });

  it('publishes a customer logo as a logo and a cover image as a cover, each in the inventory with the bytes checked', async () => {
    const root = await writeScenario({
      partners: { 'acme-cloud': {} },
      caseStudies: {
        'a-study.mdx': study({
          customer: { name: 'Northwind Example', logo: 'logos/customers/northwind.svg', website: 'https://northwind.example' },
          image: { src: 'images/cover.svg', alt: 'A green field' },
        }),
      },
      news: {
        'a-post.md': { front: { title: 'News', summary: 'Some news.', published: '2026-05-02', image: { src: 'images/cover.svg', alt: 'A green field' } } },
      },
      files: { 'logos/customers/northwind.svg': SCENARIO_LOGO, 'images/cover.svg': COVER_SVG },
    });
    const { content, problems } = await load(root);
    expect(problems).toEqual([]);
    expect(content!.published.get(publishedKey('logo', 'logos/customers/northwind.svg'))).toMatchObject({ purpose: 'logo' });
    // Named by a study and a post, the cover is checked once and published once.
    expect(content!.published.get(publishedKey('cover', 'images/cover.svg'))?.namedAt()).toMatchObject({ entry: 'case-studies/a-study', path: 'image.src' });
  });

  it('refuses a cover SVG with a script, a customer logo that is missing, and a cover without alt text', async () => {
    const root = await writeScenario({
      partners: { 'acme-cloud': {} },
      caseStudies: {
        'a-study.mdx': study({
          customer: { name: 'Northwind Example', logo: 'logos/customers/northwnd.svg' },
          image: { src: 'images/evil.svg', alt: 'A field' },
        }),
      },
      news: { 'a-post.md': { front: { title: 'News', summary: 'Some news.', published: '2026-05-02', image: { src: 'images/cover.svg' } } } },
      files: { 'logos/customers/northwind.svg': SCENARIO_LOGO, 'images/evil.svg': SCRIPT_SVG, 'images/cover.svg': COVER_SVG },
    });
    const { content, problems } = await load(root);
    expect(content).toBeUndefined();
    expect(brief(root, problems)).toEqual([
      `${await at(root, 'case-studies/a-study.mdx', 'logos/customers/northwnd.svg')} error customer.logo: the file "logos/customers/northwnd.svg" does not exist → did you mean "logos/customers/northwind.svg"?`,
      'images/evil.svg:2:1 error image.src: <script> is not allowed in an image → remove the <script>: images cannot run code',
      `${await at(root, 'news/a-post.md', 'src:')} error image.alt: "alt" is missing → add "alt:" with text`,
    ]);
  });
});

describe('the pull-quote and <Quote>', () => {
  const front = {
    title: 'A study',
    summary: 'What happened.',
    partners: ['acme-cloud'],
    published: '2026-05-01',
    quote: { text: 'We shipped in four weeks and never looked back.', author: 'CTO' },
  };

  it('warns at a <Quote> in the body that repeats the front-matter quote, however it is punctuated', async () => {
    const body =
      'Intro.\n\n<Quote author="CTO">\n  “We shipped in four weeks, and never looked back!”\n</Quote>\n\n<Quote author="Lead">Another thing entirely.</Quote>\n';
    const root = await writeScenario({ partners: { 'acme-cloud': {} }, caseStudies: { 'a-study.mdx': { front, body } } });
    const { content, problems } = await load(root);
    expect(content).toBeDefined(); // a warning: the study still builds
    expect(brief(root, problems)).toEqual([
      `${await at(root, 'case-studies/a-study.mdx', '<Quote author="CTO">')} warning : this <Quote> has the same words as the front-matter "quote", which the page already shows as the pull-quote card, so readers would see it twice → remove the <Quote> from the body, or remove "quote" from the front matter; use <Quote> only for other quotes inside the story`,
    ]);
    expect(problems[0]!.code).toBe('quote-repeated');
  });

  it('says nothing when the body quotes someone else', async () => {
    const body = '<Quote author="Lead">The sandbox made the first demo possible in a week.</Quote>\n';
    const root = await writeScenario({ partners: { 'acme-cloud': {} }, caseStudies: { 'a-study.mdx': { front, body } } });
    expect((await load(root)).problems).toEqual([]);
  });
});
