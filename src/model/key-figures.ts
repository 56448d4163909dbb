// The program in a few numbers, for the home page's hero: how many partners, apps, countries and
// regions. Counted from what the public site lists (active partners, listed apps), so the figures
// and the directory always agree.
import type { AppView, PartnerView } from './model-types.ts';

export interface KeyFigure {
  id: 'partners' | 'apps' | 'countries' | 'regions';
  value: number;
  /** What the number counts, in the plural or singular to match it: "partners", "country". */
  label: string;
}

const plural = (value: number, one: string, many: string) => (value === 1 ? one : many);

/**
 * The figures worth showing: active partners always; apps, head-office countries and regions
 * served only when there is at least one (a program without apps does not boast "0 apps").
 */
export function keyFigures(activePartners: readonly PartnerView[], listedApps: readonly AppView[]): KeyFigure[] {
  const countries = new Set(activePartners.flatMap((partner) => (partner.headquarters ? [partner.headquarters.code] : []))).size;
  const regions = new Set(activePartners.flatMap((partner) => partner.regions.map((region) => region.id))).size;
  const figures: KeyFigure[] = [{ id: 'partners', value: activePartners.length, label: plural(activePartners.length, 'partner', 'partners') }];
  if (listedApps.length > 0)
    figures.push({ id: 'apps', value: listedApps.length, label: plural(listedApps.length, 'app and integration', 'apps and integrations') });
  if (countries > 0) figures.push({ id: 'countries', value: countries, label: plural(countries, 'country', 'countries') });
  if (regions > 0) figures.push({ id: 'regions', value: regions, label: plural(regions, 'region served', 'regions served') });
  return figures;
}

/**
 * The partners whose logos make the home page's logo wall: up to `limit` active partners who are not
 * already shown as featured cards, highest tier first, then by name; featured partners fill the
 * wall when there are not enough others. Empty when fewer than three partners could be shown.
 */
export function logoWallPartners(
  activePartners: readonly PartnerView[],
  shownAsCards: readonly PartnerView[],
  tierRank: ReadonlyMap<string, number>,
  limit = 9,
): PartnerView[] {
  const rank = (partner: PartnerView) => tierRank.get(partner.tier.id) ?? 0;
  const byTier = (a: PartnerView, b: PartnerView) => rank(b) - rank(a) || a.name.localeCompare(b.name, 'en');
  const cards = new Set(shownAsCards.map((partner) => partner.slug));
  const others = activePartners.filter((partner) => !cards.has(partner.slug)).sort(byTier);
  const wall = [...others, ...[...shownAsCards].sort(byTier)].slice(0, limit);
  // Whole rows of three only: a wall never ends with an orphan logo.
  const rows = Math.floor(wall.length / 3) * 3;
  return wall.slice(0, rows);
}

/** How many featured partners the home page shows as cards: at most six, and a count that fills its rows (five → four). */
export function featuredCardCount(featured: number): number {
  if (featured >= 6) return 6;
  return featured === 5 ? 4 : featured;
}

/** The home page's featured cards and logo wall, from the active partners and the tiers' ranks. */
export function homePartners(
  activePartners: readonly PartnerView[],
  tiers: ReadonlyArray<{ id: string; rank: number }>,
): { featured: PartnerView[]; logoWall: PartnerView[] } {
  const allFeatured = activePartners.filter((partner) => partner.featured);
  const featured = allFeatured.slice(0, featuredCardCount(allFeatured.length));
  return { featured, logoWall: logoWallPartners(activePartners, featured, new Map(tiers.map((tier) => [tier.id, tier.rank]))) };
}
