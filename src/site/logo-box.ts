// The box a logo is shown in, chosen by its aspect ratio, so a wide wordmark is never squeezed into
// a square and a square mark never floats in a wide plate. Shared by Logo.astro and the directory's
// script (which builds the same cards in the browser from the search index's image_width/height).

/** The plate's shape: square (marks, icons), wide (2:1) or wider (3:1, long wordmarks). */
export type LogoShape = 'square' | 'wide' | 'wider';

/** Plate heights, in CSS px, of the size classes `.logo-plate.size-s|m|l` (site.css). */
export const LOGO_PLATE_HEIGHTS = { s: 40, m: 64, l: 96 } as const;
export type LogoSize = keyof typeof LOGO_PLATE_HEIGHTS;

/**
 * The shape whose box fits a logo of this width and height best: up to 1.4:1 a square box,
 * up to 2.4:1 a 2:1 box, beyond that a 3:1 box. Unknown or broken sizes get a square.
 */
export function logoShape(width: number, height: number): LogoShape {
  if (!(width > 0 && height > 0)) return 'square';
  const ratio = width / height;
  if (ratio <= 1.4) return 'square';
  return ratio <= 2.4 ? 'wide' : 'wider';
}

/** The classes of a logo plate: `logo-plate size-m shape-wide`. */
export function logoPlateClass(width: number, height: number, size: LogoSize): string {
  return `logo-plate size-${size} shape-${logoShape(width, height)}`;
}
