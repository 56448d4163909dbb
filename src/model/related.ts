// What a case study or news page offers to read next. Computed here so pages only render.

import type { CaseStudyView, NewsView } from './model-types.ts';

/**
 * Up to `limit` other case studies, closest first: one that shares a partner ranks above one
 * that shares the industry, which ranks above the rest; ties keep the list's order (newest first).
 */
export function relatedCaseStudies(study: CaseStudyView, all: readonly CaseStudyView[], limit = 3): CaseStudyView[] {
  const partners = new Set(study.partners.map((partner) => partner.slug));
  const score = (other: CaseStudyView) =>
    (other.partners.some((partner) => partners.has(partner.slug)) ? 2 : 0) + (study.industry && other.industry?.id === study.industry.id ? 1 : 0);
  return all
    .filter((other) => other.slug !== study.slug)
    .map((other, index) => ({ other, index, score: score(other) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Up to `limit` other posts, in the list's order (newest first). */
export function otherNews(post: NewsView, all: readonly NewsView[], limit = 3): NewsView[] {
  return all.filter((other) => other.slug !== post.slug).slice(0, limit);
}
