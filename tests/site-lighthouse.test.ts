// Lighthouse on every template of the demo (helpers/templates.ts), on a phone (Lighthouse's default
// configuration: a mid-range phone on a slow 4G network) and on a desktop (its desktop
// configuration): accessibility, best practices and SEO at 100, performance at 95 or more.
//
// How it stays reliable on a busy two-core machine:
// - It runs alone: the `lighthouse` project of vitest.config.ts comes after every other project,
//   one page at a time, against one Chromium and a static server over the built site
//   (helpers/site.ts, as a static host serves it), so no other test competes for the CPU.
// - Performance is scored with Lighthouse's default simulated throttling: the page loads once at
//   full speed and Lighthouse computes how it would load on the slow network and CPU. The network
//   part does not depend on this machine; the CPU part scales the tasks it timed, so a machine
//   busy with something else can still cost a few points. A performance score under 95 is therefore
//   measured once more, and the better of the two runs counts: a page that truly needs more
//   than 95 % of the budget misses twice. The other three categories do not depend on timing:
//   they are judged from the first run, never retried.
// - The canonical URLs point at the program's real site (program.yaml's site.url), not at this local
//   server. Lighthouse 13's canonical audit accepts a canonical URL on another origin (it no
//   longer checks the domain), so the pages are served as built and the audit runs unchanged.
//   (That audit's one same-origin check, "points to the homepage", cannot fire off-origin;
//   tests/site-pages.test.ts checks the canonical URLs themselves.)
// - The not-found template is loaded at /404.html, where a host serves it with status 200: at a
//   missing path it comes with status 404, which Lighthouse's "unsuccessful HTTP status code" SEO
//   audit fails by definition (a not-found page is not for search engines), so that would say
//   nothing about the template.
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './helpers/browser.ts';
import { serveSite } from './helpers/site.ts';
import { lighthouseTemplates, type Template } from './helpers/templates.ts';

/** What each category must score, out of 100. */
const REQUIRED = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof REQUIRED;
const CATEGORIES = Object.keys(REQUIRED) as Category[];

/**
 * Audits that do not apply to a template, and why. The embeddable directory lives in other sites'
 * iframes and asks search engines not to index it (its canonical URL is the directory's), so
 * "page is blocked from indexing" is its purpose, not a fault; the test checks that it does say noindex.
 */
const NOT_APPLICABLE: Record<string, { audits: string[]; because: RegExp }> = {
  'embed directory': { audits: ['is-crawlable'], because: /<meta name="robots" content="noindex/ },
};

const version = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

let chrome: chromeLauncher.LaunchedChrome | undefined;
let site: Awaited<ReturnType<typeof serveSite>> | undefined;

beforeAll(async () => {
  site = await serveSite();
  const { executablePath, env } = await findChromium();
  chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    // The packaged Chromium's own libraries and fonts (helpers/browser.ts).
    envVars: { ...process.env, ...env },
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    logLevel: 'silent',
  });
});

afterAll(async () => {
  chrome?.kill();
  await site?.close();
});

type FormFactor = 'mobile' | 'desktop';

/** One Lighthouse run of a page. */
async function audit(template: Template, formFactor: FormFactor, onlyCategories: Category[]): Promise<Result> {
  const flags: Flags = {
    port: chrome!.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories,
    skipAudits: NOT_APPLICABLE[template.name]?.audits,
  };
  const result = await lighthouse(`${site!.url}${template.path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${template.path}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${template.path}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

const score = (lhr: Result, category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** The audits that cost a category points, with their titles and what they measured. */
function failingAudits(lhr: Result, category: Category): string[] {
  return lhr.categories[category]!.auditRefs.flatMap((ref) => {
    const found = lhr.audits[ref.id]!;
    if (ref.weight === 0 || found.score === null || found.score >= 1) return [];
    type Item = { node?: { snippet?: string; selector?: string }; text?: string; href?: string; url?: string };
    const items = (found.details as { items?: Item[] } | undefined)?.items ?? [];
    // Where: an element, or for links their text and target, or a resource's URL.
    const nodes = items
      .map((item) => item.node?.selector ?? item.node?.snippet ?? (item.href ? `"${item.text}" → ${item.href}` : item.url))
      .filter(Boolean)
      .slice(0, 3);
    return [
      `    ${found.id}: ${found.title} (score ${found.score}${found.displayValue ? `, ${found.displayValue}` : ''})${nodes.length ? ` at ${nodes.join(', ')}` : ''}`,
    ];
  });
}

/** The page's shortfalls on one form factor: every category under its mark, with the audits that cost it points. */
async function shortfalls(template: Template, formFactor: FormFactor): Promise<string[]> {
  const first = await audit(template, formFactor, CATEGORIES);
  const results = new Map<Category, Result>(CATEGORIES.map((category) => [category, first]));
  // Performance depends on the machine's load as well as the page: a miss is measured once more.
  if (score(first, 'performance') < REQUIRED.performance) {
    const second = await audit(template, formFactor, ['performance']);
    if (score(second, 'performance') > score(first, 'performance')) results.set('performance', second);
  }
  return CATEGORIES.flatMap((category) => {
    const lhr = results.get(category)!;
    const got = score(lhr, category);
    if (got >= REQUIRED[category]) return [];
    const retried = category === 'performance' ? ' (best of two runs)' : '';
    return [`  ${formFactor} ${category} ${got} < ${REQUIRED[category]}${retried}:`, ...failingAudits(lhr, category)];
  });
}

describe(`Lighthouse ${version}: accessibility, best practices and SEO 100, performance ≥ 95, on a phone and a desktop`, () => {
  it.each(lighthouseTemplates().map((template) => [template.name, template] as const))(
    '%s',
    async (_name, template) => {
      const skipped = NOT_APPLICABLE[template.name];
      if (skipped) {
        // An audit is skipped only for the reason given: the page must still be what makes it inapplicable.
        const html = await (await fetch(`${site!.url}${template.path}`)).text();
        expect(html, `${template.path} skips ${skipped.audits.join(', ')} only because`).toMatch(skipped.because);
      }
      const failures: string[] = [];
      for (const formFactor of ['mobile', 'desktop'] as const) failures.push(...(await shortfalls(template, formFactor)));
      expect(failures.length === 0 ? '' : `${template.path}\n${failures.join('\n')}`).toBe('');
      // Up to four Lighthouse runs of about 7 s each, slower on a busy machine.
    },
    180_000,
  );
});
