// The limits every published image is held to. validate (src/loader) checks files against them and
// the build (src/model/logos.ts, src/site/toolkit-files.ts, Astro's image service in
// astro.config.mjs) decodes with them, so a file validate accepts cannot crash or stall the build.

/** Largest image sharp decodes, in pixels (width × height × frames): sharp's limitInputPixels. */
export const MAX_IMAGE_PIXELS = 25_000_000;

/** The options every sharp decode of a content file starts from, in validate and in the build. */
export const SHARP_INPUT = {
  limitInputPixels: MAX_IMAGE_PIXELS,
  // Stop at any damage (a truncated PNG or JPEG included): sharp's advice for untrusted input.
  failOn: 'warning',
} as const;

/** Bytes a file may have, by what it is published as. */
export const MAX_SVG_BYTES = 100 * 1024;
export const MAX_RASTER_BYTES = 2 * 1024 * 1024;
/** Brand assets (photos, PDFs) are offered for download as they are, so they may be larger. */
export const MAX_BRAND_FILE_BYTES = 10 * 1024 * 1024;

/** Raster logos and brand images: big enough to look sharp, small enough to convert quickly. */
export const MIN_RASTER_SIDE = 64;
export const MAX_RASTER_SIDE = 5000;

/** SVG drawings the build rasterises. */
export const SVG_LIMITS = {
  /** Its size as drawn (width/height, else the viewBox), in CSS pixels. */
  minSide: 1,
  maxSide: 10_000,
  /** Longest side over shortest: beyond it, a side drawn in a small box rounds to no pixel at all. */
  maxAspectRatio: 20,
  /** Nesting of elements; libxml2, which sharp reads SVG with, gives up at 256. */
  maxDepth: 64,
  /** Elements drawn once every <use>, clip-path and mask reference is expanded. */
  maxDrawnElements: 10_000,
  /** From this many drawn elements, validate also draws the file, under RENDER_TIME_LIMIT_MS. */
  renderCheckFrom: 1_000,
} as const;

/** How long validate lets sharp draw one SVG before it refuses it. */
export const RENDER_TIME_LIMIT_MS = 10_000;

/** The box a partner logo is drawn in, in device pixels (twice its CSS size, for sharp screens). */
export const LOGO_BOX = { width: 320, height: 160 } as const;

/** The box a case study's or news post's cover image is drawn in: the page's width, twice, for sharp screens. */
export const COVER_BOX = { width: 1600, height: 900 } as const;

/** The box an app screenshot is drawn in: as wide as a cover, taller, since screenshots of apps often are. */
export const SCREENSHOT_BOX = { width: 1600, height: 1200 } as const;

/** The density (dots per inch) that draws an SVG of `size` CSS pixels so it fills `box`, never beyond sharp's range. */
export function svgDensity(size: { width: number; height: number }, box: { width: number; height: number }): number {
  const scale = Math.min(box.width / size.width, box.height / size.height);
  return Math.min(2400, Math.max(1, Math.ceil(72 * scale)));
}
