// The program's brand colours as CSS custom properties (validated hex values from program.yaml),
// served as a file so the Content-Security-Policy can forbid inline styles.

import { model } from 'virtual:partnerkit/model';
import type { APIRoute } from 'astro';
import { tierTagCss } from '../site/tier-tags.ts';

export const GET: APIRoute = () => {
  const { theme, brandColors, tiers } = model;
  // Swatches for the toolkit's brand colours (validated hex values).
  const swatches = brandColors.map((color, index) => `.swatch-${index}{background:${color.hex}}`).join('');
  // Every tier's tag distinct: in the tier's colour with white text (validate warns when it is not
  // readable), else graded by rank (src/site/tier-tags.ts).
  const tierTags = tierTagCss(tiers);
  const css = `:root{--brand-primary:${theme.primary};--brand-accent:${theme.accent};--brand-background:${theme.background};--brand-text:${theme.text};--brand-dark-primary:${theme.dark.primary};--brand-dark-accent:${theme.dark.accent};--brand-dark-background:${theme.dark.background};--brand-dark-text:${theme.dark.text}}${swatches}${tierTags}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
