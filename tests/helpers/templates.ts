// Every template of the public demo site, one sample path each: the list the quality gates (axe,
// overflow, Lighthouse, console errors) and the screenshots (bench/screenshots.ts) all walk. A new
// template gets one line here and is judged by every gate. The samples are chosen from content/
// (helpers/demo-content.ts), never from the model that built the pages.
import type { Page } from 'playwright-core';
import { routes } from '../../src/routes.ts';
import { DIRECTORY_PAGE_SIZE } from '../../src/site/pagination.ts';
import { activeDemoPartners, byName, demoFileNames, demoPartners, demoProgram, listedDemoApps } from './demo-content.ts';

export interface Template {
  /** What the page is, for messages and file names ("profile", "news post"). */
  name: string;
  /** Its site path, with a query string for a state of a page (a filtered directory). */
  path: string;
  /**
   * Another state of a template already listed (the directory with a filter chosen): axe, overflow
   * and screenshots judge it, Lighthouse does not load the same template twice.
   */
  state?: boolean;
  /** A directory: its script shows the filters, and for a state the results, after load: wait for them before judging it. */
  directory?: boolean;
}

/** The file names of a name: "news post" → "news-post". */
export const fileNameOf = (template: Template) => template.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** Every template of the public demo, in the order a visitor meets them. */
export function templates(): Template[] {
  const active = activeDemoPartners();
  const first = [...active].sort(byName)[0]!;
  const alumni = demoPartners().find((partner) => partner.status === 'alumni')!;
  const app = [...listedDemoApps()].sort(byName)[0]!;
  const program = demoProgram();
  // The tier most active partners have: a filtered directory and a tier page with the most to show.
  const members = (id: string) => active.filter((partner) => partner.tier === id).length;
  const tier = [...program.tiers].sort((a, b) => members(b.id) - members(a.id))[0]!;
  // The pricing model most listed apps have.
  const apps = listedDemoApps();
  const pricing = [...new Set(apps.map((a) => a.pricing.model))].sort(
    (a, b) => apps.filter((x) => x.pricing.model === b).length - apps.filter((x) => x.pricing.model === a).length,
  )[0]!;
  const list: Template[] = [
    { name: 'home', path: routes.home },
    { name: 'directory', path: routes.directory, directory: true },
    { name: 'directory filtered', path: `${routes.directory}?tier=${tier.id}`, state: true, directory: true },
    // The directory's second page exists once there are more active partners than one page holds.
    ...(active.length > DIRECTORY_PAGE_SIZE ? [{ name: 'directory page 2', path: routes.directoryPage(2), directory: true }] : []),
    // A static page of the directory filtered by one facet value, where the site has them (issue 17).
    { name: 'directory facet', path: routes.directoryFacet('tier', tier.id), directory: true },
    { name: 'profile', path: routes.partner(first.slug) },
    { name: 'badge page', path: routes.partnerBadges(first.slug) },
    { name: 'verify', path: routes.verify(first.slug) },
    { name: 'verify alumni', path: routes.verify(alumni.slug) },
    { name: 'apps', path: routes.apps, directory: true },
    { name: 'apps filtered', path: `${routes.apps}?pricing=free`, state: true, directory: true },
    { name: 'apps facet', path: routes.appsFacet('pricing', pricing), directory: true },
    { name: 'app', path: routes.app(app.slug) },
    { name: 'app verify', path: routes.appVerify(app.slug) },
    { name: 'tiers', path: routes.tiers },
    { name: 'tier', path: routes.tier(tier.id) },
    { name: 'showcase', path: routes.showcase },
    { name: 'case study', path: routes.caseStudy(demoFileNames('case-studies', /\.mdx$/)[0]!) },
    { name: 'news', path: routes.news },
    // Every post: posts with and without a cover image, Markdown and MDX, render differently.
    ...demoFileNames('news', /\.mdx?$/).map((slug) => ({ name: `news post ${slug}`, path: routes.newsPost(slug) })),
    { name: 'program', path: routes.program },
    // Join and FAQ are written when program.yaml has on-boarding and questions (src/integrations/model.ts).
    ...(program.onboarding ? [{ name: 'join', path: routes.join }] : []),
    ...(Array.isArray(program.faq) && program.faq.length > 0 ? [{ name: 'faq', path: routes.faq }] : []),
    { name: 'guide', path: routes.guide },
    { name: 'certifications', path: routes.certifications },
    { name: 'toolkit', path: routes.toolkit },
    { name: 'activity', path: routes.activity },
    { name: 'api', path: routes.api },
    { name: 'api changelog', path: routes.apiChangelog },
    { name: '404', path: '/404.html' },
    { name: 'embed directory', path: `${routes.embedDirectory}?tier=${tier.id}` },
  ];
  return list;
}

/** The templates Lighthouse loads: one page each, no second state of the same template. */
export const lighthouseTemplates = () => templates().filter((template) => !template.state);

/**
 * Waits until a loaded template shows what a visitor would judge: the network quiet, and on a
 * directory its filters, and for a state the results or the message that none match.
 */
export async function settle(page: Page, template: Template): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (!template.directory || (await page.$('[data-filters], [data-directory]')) === null) return;
  // Its script has run: the filter form shown (before issue 17), or the facets turned into checkboxes.
  await page.waitForSelector('[data-filters]:not([hidden]), [data-directory] a[data-facet][role=checkbox]', { state: 'attached' });
  if (template.state)
    await page.waitForFunction(
      () => document.querySelector('[data-results]:not([hidden]) > li') !== null || document.querySelector('[data-no-results]:not([hidden])') !== null,
    );
}
