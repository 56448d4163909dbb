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
    { label: 'Tiers', path: routes.tiers },
    { label: 'Showcase', path: routes.showcase },
  ];
  if (model.programSections.length) items.push({ label: 'Program', path: routes.program });
  items.push({ label: 'Activity', path: routes.activity });
  if (model.news.length) items.push({ label: 'News', path: routes.news });
  if (model.program.faq?.length) items.push({ label: 'FAQ', path: routes.faq });
  if (model.program.onboarding) items.push({ label: 'Join', path: routes.join });
  return items;
}
