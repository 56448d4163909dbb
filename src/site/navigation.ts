// The main navigation: only pages the program has content for.
import type { Model } from '../model/model-types.ts';

export interface NavigationItem {
  label: string;
  path: string;
}

export function navigation(model: Model): NavigationItem[] {
  const items: NavigationItem[] = [
    { label: 'Home', path: '/' },
    { label: 'Partners', path: '/partners/' },
    { label: 'Tiers', path: '/tiers/' },
    { label: 'Showcase', path: '/showcase/' },
  ];
  if (model.programSections.length) items.push({ label: 'Program', path: '/program/' });
  items.push({ label: 'Activity', path: '/activity/' });
  if (model.news.length) items.push({ label: 'News', path: '/news/' });
  if (model.program.faq?.length) items.push({ label: 'FAQ', path: '/faq/' });
  if (model.program.onboarding) items.push({ label: 'Join', path: '/join/' });
  return items;
}
