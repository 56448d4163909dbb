// The main navigation and the footer's link groups: only pages the program has content for.
import type { Model } from '../model/model-types.ts';
import { routes } from '../routes.ts';

export interface NavigationItem {
  label: string;
  path: string;
}

export function navigation(model: Model): NavigationItem[] {
  const items: NavigationItem[] = [
    { label: 'Home', path: routes.home },
    { label: 'Partners', path: routes.directory },
  ];
  if (model.apps.length) items.push({ label: 'Apps', path: routes.apps });
  items.push({ label: 'Tiers', path: routes.tiers }, { label: 'Showcase', path: routes.showcase });
  if (model.programSections.length) items.push({ label: 'Program', path: routes.program });
  if (hasActivityPage(model)) items.push({ label: 'Activity', path: routes.activity });
  if (model.reciprocity) items.push({ label: 'Scorecards', path: routes.scorecards });
  if (model.news.length) items.push({ label: 'News', path: routes.news });
  if (model.program.faq?.length) items.push({ label: 'FAQ', path: routes.faq });
  if (model.program.onboarding) items.push({ label: 'Join', path: routes.join });
  return items;
}

export interface FooterGroup {
  /** The group's heading, sentence case. */
  title: string;
  items: NavigationItem[];
}

/**
 * The footer's columns: finding partners, the program, and resources for developers and partners.
 * Groups without a page are left out; the list is plain data, the separators are CSS.
 */
export function footerGroups(model: Model): FooterGroup[] {
  const find: NavigationItem[] = [{ label: 'Partner directory', path: routes.directory }];
  if (model.apps.length) find.push({ label: 'Apps and integrations', path: routes.apps });
  find.push({ label: 'Showcase', path: routes.showcase });
  if (model.certifications.length > 0) find.push({ label: 'Certifications', path: routes.certifications });

  const program: NavigationItem[] = [{ label: 'Tiers and benefits', path: routes.tiers }];
  if (model.program.onboarding) program.push({ label: 'Join the program', path: routes.join });
  program.push({ label: 'Program guide', path: routes.guide });
  if (model.program.faq?.length) program.push({ label: 'FAQ', path: routes.faq });

  const resources: NavigationItem[] = [];
  if (model.toolkit) resources.push({ label: 'Marketing toolkit', path: routes.toolkit });
  if (hasActivityPage(model)) resources.push({ label: 'Activity report', path: routes.activity });
  if (model.news.length) resources.push({ label: 'News', path: routes.news });
  resources.push({ label: 'API', path: routes.api }, { label: 'Feed', path: routes.atomFeed });

  return [
    { title: 'Find a partner', items: find },
    { title: 'The program', items: program },
    { title: 'Resources', items: resources },
  ];
}

/**
 * Whether the site has /activity/: the internal site always has the full report; the public site
 * has a summary only when program.yaml publishes one (src/integrations/model.ts adds the page).
 */
export function hasActivityPage(model: Model): boolean {
  return model.audience === 'internal' || model.publicActivity !== undefined;
}
