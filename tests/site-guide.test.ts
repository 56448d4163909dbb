// /guide/ and /guide.pdf of a small program built into a site: every chapter the program has is on
// the page and in the PDF (text, contents, outline, links, page numbers, document information),
// text from content stays text, the PDF's bytes are the same from build to build, the home and
// join pages link to both, and the page passes axe in Chromium on a phone and a desktop.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../src/routes.ts';
import { astroBuild } from './helpers/astro-build.ts';
import { launchChromium } from './helpers/browser.ts';
import { NOW } from './helpers/content-fixture.ts';
import { type ReadPdf, readPdf } from './helpers/pdf.ts';
import { SCENARIO_LOGO, SCENARIO_PROGRAM, writeScenario } from './helpers/scenario.ts';
import { page } from './helpers/site.ts';

expect(NOW).toBe('2026-11-21');

const SCENARIO = {
  program: {
    organization: { name: 'Example Ltd' },
    purpose: 'Why the program exists.\n\nHow it works for both sides.',
    value: [{ title: 'Reach customers', description: 'Partners are listed in the directory.' }],
    site: { ...SCENARIO_PROGRAM.site, logo: 'brand/mark.svg' },
    partnerTypes: [
      { id: 'technology', name: 'Technology partner', description: 'Products that embed Example.' },
      // Cyrillic: the PDF's font must draw it, and its text must read back as written.
      { id: 'agency', name: 'Агентство', description: 'Студии, которые строят на Example.' },
    ],
    tiers: [
      // Looks like markup: both the page and the PDF must show it as written, never as bold.
      { id: 'silver', name: 'Silver', description: 'Partners who <b>ship</b> & grow.' },
      {
        id: 'gold',
        name: 'Gold',
        description: 'Partners with customers.',
        fees: [{ amount: 2500, currency: 'USD', period: 'year' }],
        requirements: [{ description: 'Two case studies a year', measure: { activity: 'case-study', count: 2, per: 'year' } }],
      },
    ],
    benefits: [
      { id: 'sandbox', name: 'Sandbox access', group: 'access', values: { silver: true, gold: true } },
      { id: 'webinars', name: 'Joint webinars', group: 'marketing', values: { gold: true } },
      { id: 'vouchers', name: 'Exam vouchers', group: 'education', values: { silver: '2 vouchers', gold: '5 vouchers' } },
    ],
    tracks: [
      { id: 'technology', name: 'Technology track', partnerTypes: ['technology'], tiers: ['silver', 'gold'] },
      { id: 'solutions', name: 'Solutions track', description: 'For studios.', partnerTypes: ['agency'], tiers: ['silver', 'gold'] },
    ],
    activityTypes: [{ id: 'case-study', name: 'Case study', weight: 4 }],
    onboarding: {
      overview: 'Apply, build, get listed.',
      steps: [
        { title: 'Apply', description: 'Open a partner application issue.' },
        { title: 'Build', description: 'Complete one integration in the sandbox.', url: 'https://docs.example/sandbox' },
      ],
      signup: { label: 'Apply now', url: 'https://forms.example/partner-application' },
      contact: { email: 'partners@example.com' },
    },
    support: [
      { name: 'Community forum', description: 'Questions and answers.', tiers: ['silver', 'gold'] },
      { name: 'Priority support', description: 'A named engineer.', responseTime: '4 hours', tiers: ['gold'] },
    ],
    certifications: [{ id: 'api-developer', name: 'Example API Developer', description: 'Builds integrations.', validityMonths: 24 }],
    access: { sandbox: { title: 'Sandbox', summary: 'Test cards and realistic data.', url: 'https://docs.example/sandbox' } },
    faq: [{ question: 'How long does a review take?', answer: 'Three business days.' }],
  },
  files: { 'brand/mark.svg': SCENARIO_LOGO },
};

/** The chapters the program above has, in the guide's order: written out by hand. */
const CHAPTERS = [
  ['about', 'About the program'],
  ['partner-types', 'Partner types'],
  ['tiers', 'Tiers'],
  ['join', 'How to join'],
  ['support', 'Support'],
  ['certifications', 'Certifications'],
  ['access', 'Access'],
  ['faq', 'Questions and answers'],
] as const;

let site = '';
let pdfBytes: Buffer;
let pdf: ReadPdf;
beforeAll(async () => {
  const build = await astroBuild(await writeScenario(SCENARIO));
  if (build.code !== 0) throw new Error(`the scenario did not build:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  site = build.outDir;
  pdfBytes = await readFile(path.join(site, routes.guidePdf));
  pdf = await readPdf(pdfBytes);
}, 180_000);

const open = (sitePath: string) => page(sitePath, site);
const text = (element: { text: string } | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();

describe('/guide/', () => {
  it('has a section for each chapter, in order, and a contents list linking to each', async () => {
    const { document } = await open(routes.guide);
    expect(
      document.querySelectorAll('section[data-chapter]').map((section) => [section.getAttribute('data-chapter'), text(section.querySelector('h2'))]),
    ).toEqual(CHAPTERS);
    expect(document.querySelectorAll('.guide-contents a').map((a) => [a.getAttribute('href'), text(a)])).toEqual(
      CHAPTERS.map(([id, title]) => [`#${id}`, title]),
    );
  });

  it('shows the tracks, the tiers with fees and requirements, and each tier with its benefits by building block and its support', async () => {
    const { document } = await open(routes.guide);
    const rows = document.querySelectorAll('[data-table="tiers"] tbody tr').map((row) => row.querySelectorAll('th, td').map(text));
    expect(rows).toEqual([
      ['Silver', 'Free', 'None'],
      ['Gold', '$2,500 a year', 'Two case studies a year'],
    ]);
    expect(document.querySelectorAll('[data-list="tracks"] > div').map((track) => track.querySelectorAll('dt, dd').map(text))).toEqual([
      ['Technology track', 'For Technology partner: Silver → Gold'],
      ['Solutions track', 'For studios.', 'For Агентство: Silver → Gold'],
    ]);
    const gold = document.querySelector('[data-tier="gold"]')!;
    expect(gold.querySelectorAll('.guide-group').map(text)).toEqual(['Access', 'Marketing', 'Education']);
    expect(gold.querySelectorAll('ul').map((list) => list.querySelectorAll('li').map(text))).toEqual([
      ['Sandbox access'],
      ['Joint webinars'],
      ['Exam vouchers: 5 vouchers'],
      ['Two case studies a year'],
      ['Community forum', 'Priority support (response within 4 hours)'],
    ]);
  });

  it('shows how to join, support by tier, certifications, the other blocks and the questions', async () => {
    const { document } = await open(routes.guide);
    const chapter = (id: string) => document.querySelector(`[data-chapter="${id}"]`)!;
    expect(chapter('join').querySelectorAll('ol li').map(text)).toEqual([
      'Apply. Open a partner application issue.',
      'Build. Complete one integration in the sandbox.',
    ]);
    // A step with a page links its title there: the link says where it goes (no "Learn more").
    expect(chapter('join').querySelectorAll('ol li a').map(text)).toEqual(['Build']);
    expect(chapter('join').querySelector('a[href="https://forms.example/partner-application"]')?.text).toBe('Apply now');
    expect(chapter('join').querySelector('a[href="mailto:partners@example.com"]')).not.toBeNull();
    expect(
      chapter('support')
        .querySelectorAll('tbody tr')
        .map((row) => row.querySelectorAll('td').map(text)),
    ).toEqual([
      ['—', 'Silver, Gold'],
      ['4 hours', 'Gold'],
    ]);
    expect(text(chapter('certifications').querySelector('dd'))).toBe('Builds integrations. Valid for 24 months.');
    expect(text(chapter('access').querySelector('dt a'))).toBe('Sandbox');
    expect(text(chapter('faq').querySelector('dt'))).toBe('How long does a review take?');
  });

  it('names the company that runs the program beside the build date, written out for readers', async () => {
    const { document } = await open(routes.guide);
    expect(text(document.querySelector('.guide header .muted'))).toBe(
      'Run by Example Ltd. The program as of November 21, 2026. Online at https://partners.example.',
    );
    expect(document.querySelector('.guide header .muted time')!.getAttribute('datetime')).toBe('2026-11-21');
  });

  it('shows text from content as text: markup in a description is not markup', async () => {
    const { html, document } = await open(routes.guide);
    expect(html).toContain('Partners who &lt;b&gt;ship&lt;/b&gt; &amp; grow.');
    expect(document.querySelectorAll('.guide b')).toHaveLength(0);
  });

  it('is printable: the guide has its own print rules, and prints where links lead', async () => {
    const { document } = await open(routes.guide);
    const stylesheets = await Promise.all(
      document.querySelectorAll('link[rel="stylesheet"]').map((link) => readFile(path.join(site, link.getAttribute('href')!), 'utf8')),
    );
    const css = stylesheets.join('\n');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/a\[data-print-url\]:{1,2}after\{content:" \(" attr\(href\) "\)"/);
    expect(document.querySelectorAll('a[data-print-url]').map((a) => a.getAttribute('href'))).toContain('https://forms.example/partner-application');
  });
});

describe('links to the guide', () => {
  it('are on the home page, the join page and in the footer of every page', async () => {
    const home = (await open(routes.home)).document;
    expect(home.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(routes.guide);
    const join = (await open(routes.join)).document;
    expect(join.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining([routes.guide, routes.guidePdf]));
    expect(join.querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toContain(routes.guide);
    const guide = (await open(routes.guide)).document;
    expect(guide.querySelector(`main a[href="${routes.guidePdf}"]`)).not.toBeNull();
  });
});

describe('/guide.pdf', () => {
  it('has the program as title, the company that runs it as author, and the build date as its dates', () => {
    expect(pdf.info).toMatchObject({
      Title: 'Example Partners: program guide',
      Author: 'Example Ltd',
      Subject: 'Build with Example.',
      CreationDate: 'D:20261121000000Z',
      ModDate: 'D:20261121000000Z',
    });
  });

  it('starts with a title page: the logo, the name, and the contents with the page of each chapter, linked to it', () => {
    const [title] = pdf.pages;
    expect(pdf.images[0]).toBe(true);
    expect(title).toMatch(
      /^Example Partners Program guide · Example Ltd Build with Example\. The program as of 2026-11-21\. Online at https:\/\/partners\.example Contents/,
    );
    for (const [, chapter] of CHAPTERS) expect(title).toMatch(new RegExp(`${chapter} \\d+`));
    // Each contents line links to the page its chapter starts on, which is the page it names.
    const contentsLinks = pdf.links[0]!.filter((link) => link.page !== undefined);
    expect(contentsLinks).toHaveLength(CHAPTERS.length * 2); // the title and the page number
    CHAPTERS.forEach(([, chapter], index) => {
      const named = Number(new RegExp(`${chapter} (\\d+)`).exec(title!)![1]);
      expect(contentsLinks[index * 2]!.page, chapter).toBe(named);
      expect(pdf.pages[named - 1], chapter).toContain(chapter);
    });
  });

  it('has an outline of the chapters, with the tiers under theirs, each opening the page its heading is on', () => {
    expect(pdf.outline.map((entry) => entry.title)).toEqual(CHAPTERS.map(([, title]) => title));
    expect(pdf.outline.find((entry) => entry.title === 'Tiers')!.items.map((entry) => entry.title)).toEqual(['Silver', 'Gold']);
    for (const entry of pdf.outline.flatMap((chapter) => [chapter, ...chapter.items])) expect(pdf.pages[entry.page - 1], entry.title).toContain(entry.title);
  });

  it('numbers every page after the title page "Page N of total"', () => {
    const total = pdf.pages.length;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(pdf.pages[0]).not.toMatch(/Page \d+ of/);
    for (const [index, text] of pdf.pages.entries()) if (index > 0) expect(text).toContain(`Page ${index + 1} of ${total}`);
  });

  it('has the text of every chapter, in any script DejaVu draws, and markup from content as plain text', () => {
    const all = pdf.pages.join(' ');
    for (const expected of [
      'Why the program exists. How it works for both sides.',
      'Reach customers Partners are listed in the directory.',
      'Агентство Студии, которые строят на Example.',
      'Partners who <b>ship</b> & grow.',
      'Fees at a glance • Silver: Free • Gold: $2,500 a year',
      'Fee: $2,500 a year',
      'Technology track For Technology partner: Silver → Gold',
      'Solutions track For studios. For Агентство: Silver → Gold',
      'Benefits Access • Sandbox access Marketing • Joint webinars Education • Exam vouchers: 5 vouchers',
      'Two case studies a year',
      'Priority support (response within 4 hours)',
      '2. Build Complete one integration in the sandbox. https://docs.example/sandbox',
      'Sign up Apply now https://forms.example/partner-application',
      'partners@example.com',
      'Priority support A named engineer. Response within 4 hours · For Gold',
      'Example API Developer Builds integrations. Valid for 24 months',
      'Sandbox Test cards and realistic data.',
      'How long does a review take? Three business days.',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('links to the addresses it names', () => {
    const urls = pdf.links.flat().flatMap((link) => (link.url ? [link.url] : []));
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://partners.example/',
        'https://forms.example/partner-application',
        'https://docs.example/sandbox',
        'mailto:partners@example.com',
      ]),
    );
  });

  it('is the same, byte for byte, when the same content is built again', async () => {
    const again = await astroBuild(await writeScenario(SCENARIO));
    expect(again.code).toBe(0);
    const bytes = await readFile(path.join(again.outDir, routes.guidePdf));
    expect(bytes.equals(pdfBytes)).toBe(true);
  }, 180_000);
});

describe('/guide/ in Chromium', () => {
  let server: Server;
  let url = '';
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    const serve = sirv(site, { dev: false, etag: false });
    server = createServer((request, response) => serve(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('has no axe-core violations (WCAG 2.0/2.1/2.2 A and AA) on a phone and a desktop, in light and dark colour schemes', async () => {
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations: string[] = [];
    for (const [device, width] of [
      ['phone', 390],
      ['desktop', 1280],
    ] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        // The test injects axe as an inline script, which the site's CSP rightly forbids.
        const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(`${url}${routes.guide}`);
        await tab.addScriptTag({ content: axeSource });
        const found = await tab.evaluate(async () => {
          const { axe } = window as unknown as {
            axe: {
              run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;
            };
          };
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        });
        violations.push(...found.map((v) => `${device} ${colorScheme}: ${v}`));
        await context.close();
      }
    }
    expect(violations).toEqual([]);
  });

  it('fits a phone: the page never scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const tab = await context.newPage();
    await tab.goto(`${url}${routes.guide}`);
    const widths = await tab.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    expect(widths.page).toBe(widths.viewport);
    await context.close();
  });

  it('prints without the navigation, the footer or the download button', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${url}${routes.guide}`);
    await tab.emulateMedia({ media: 'print' });
    const shown = await tab.evaluate(() =>
      ['.site-nav', '.site-footer', '.guide .actions', '.guide-contents'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display !== 'none',
      ),
    );
    expect(shown).toEqual([false, false, false, true]);
    const printedAddress = await tab.evaluate(() => getComputedStyle(document.querySelector('a[data-print-url]')!, '::after').content);
    expect(printedAddress).toBe('" (https://docs.example/sandbox)"');
    await context.close();
  });
});
