// The main navigation: only pages the program has content for.
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

/**
 * Whether the site has /activity/: the internal site always has the full report; the public site
 * has a summary only when program.yaml publishes one (src/integrations/model.ts adds the page).
 */
export function hasActivityPage(model: Model): boolean {
  return model.audience === 'internal' || model.publicActivity !== undefined;
}
