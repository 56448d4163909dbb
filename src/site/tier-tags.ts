// How each tier's tag looks (served in /theme.css): every tier distinct and readable, light and dark.
// A tier with a colour (validate checks white text reads on it) is filled with it; the others are
// graded by their rank among the program's tiers, from an outline (the lowest) through tints of the
// primary colour to a fill in the primary colour and, at the top, its deeper shade. Up to five
// uncoloured tiers all look different.
import type { TierView } from '../model/model-types.ts';

const GRADES = ['outline', 'soft', 'tint', 'solid', 'strong'] as const;
export type TierTagStyle = 'colour' | (typeof GRADES)[number];

/** The style of a tier's tag: its colour when it has one, else its grade by its place among `count` tiers. */
export function tierTagStyle(tier: Pick<TierView, 'rank' | 'color'>, count: number): TierTagStyle {
  if (tier.color) return 'colour';
  if (count <= 1) return 'soft';
  const last = GRADES.length - 1;
  return GRADES[Math.min(last, Math.round((tier.rank * last) / (count - 1)))]!;
}

const DECLARATIONS: Record<(typeof GRADES)[number], string> = {
  outline: 'background:var(--bg);border-color:var(--muted);color:var(--text)',
  soft: 'background:var(--primary-soft);border-color:color-mix(in srgb,var(--primary) 40%,var(--bg));color:var(--on-primary-soft)',
  tint: 'background:color-mix(in srgb,var(--primary) 24%,var(--bg));border-color:color-mix(in srgb,var(--primary) 50%,var(--bg));color:var(--text)',
  solid: 'background:var(--primary);border-color:var(--primary);color:var(--on-primary)',
  strong: 'background:var(--primary-strong);border-color:var(--primary-strong);color:var(--on-primary)',
};

/** The CSS rules of every tier's tag (and a link inside it), by the tier-<id> class the tags carry. */
export function tierTagCss(tiers: ReadonlyArray<Pick<TierView, 'id' | 'rank' | 'color'>>): string {
  return tiers
    .map((tier) => {
      const style = tierTagStyle(tier, tiers.length);
      const selector = `.tag.tier.tier-${tier.id}`;
      if (style === 'colour') return `${selector}{background:${tier.color};border-color:${tier.color};color:#fff}${selector} a{color:#fff}`;
      return `${selector}{${DECLARATIONS[style]}}${selector} a{color:inherit}`;
    })
    .join('');
}
