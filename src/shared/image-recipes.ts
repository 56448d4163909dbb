// How the build turns a content image into the images it publishes: a logo, app icon, post cover or
// app screenshot into one WebP that fits its box (DRAWINGS), a brand asset into PNG and WebP
// renditions, a drawn logo into PNG for the guide PDF. validate draws SVGs with the same functions (src/loader/render-check.ts), so what it
// tried is exactly what the build will do.
import sharp, { type Sharp } from 'sharp';
import { useBundledFonts } from './bundled-fonts.ts';
import { COVER_BOX, LOGO_BOX, SCREENSHOT_BOX, SHARP_INPUT, svgDensity } from './image-limits.ts';
import { RENDITION_FORMATS, RENDITION_SIZES } from './toolkit-paths.ts';

// Before sharp draws any text (fontconfig reads its configuration on first use).
useBundledFonts();

export interface DrawnImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Every image drawn into one WebP: the box it fits in and the WebP quality. Partner, program and
 * customer logos and app icons are logos; app screenshots are raster only (schemas/app.ts).
 */
export const DRAWINGS = {
  logo: { box: LOGO_BOX, quality: 86 },
  cover: { box: COVER_BOX, quality: 80 },
  screenshot: { box: SCREENSHOT_BOX, quality: 82 },
} as const;
export type Drawing = keyof typeof DRAWINGS;

/** An image, whatever its format, as a WebP that fits the drawing's box: SVGs at the density that fills it, rasters never enlarged. */
export async function drawImage(drawing: Drawing, bytes: Buffer, isSvg: boolean): Promise<DrawnImage> {
  const { box, quality } = DRAWINGS[drawing];
  const input = isSvg ? { ...SHARP_INPUT, density: await densityToFill(bytes, box) } : SHARP_INPUT;
  const { data, info } = await sharp(bytes, input)
    .resize({ ...box, fit: 'inside', withoutEnlargement: !isSvg })
    .webp({ quality, alphaQuality: 100 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * A logo drawImage('logo') made, as PNG: for documents that take PNG or JPEG only (the guide PDF). It
 * starts from the build's own drawing, never from the content file again.
 */
export async function logoAsPng(drawnLogo: Buffer): Promise<DrawnImage> {
  const { data, info } = await sharp(drawnLogo, SHARP_INPUT).png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Draws an SVG as the build will (validate's render check); for renditions, the drawing they are scaled from, since scaling and encoding it cannot fail on the file. */
export async function drawSvg(bytes: Buffer, recipe: Drawing | 'rendition'): Promise<void> {
  if (recipe === 'rendition') await drawSvgForRenditions(bytes);
  else await drawImage(recipe, bytes, true);
}

/** The one drawing of a brand SVG that its renditions are scaled from: the step that can be slow or fail, which validate tries. */
export async function drawSvgForRenditions(bytes: Buffer) {
  const largest = Math.max(...RENDITION_SIZES);
  const box = { width: largest, height: largest };
  return sharp(bytes, { ...SHARP_INPUT, density: await densityToFill(bytes, box) })
    .resize(largest, largest, { fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** A brand asset's renditions: PNG and WebP, each at most `size` pixels on its longest side, for every RENDITION_SIZES. */
export async function drawRenditions(
  bytes: Buffer,
  isSvg: boolean,
): Promise<Array<{ size: number; format: (typeof RENDITION_FORMATS)[number]; image: DrawnImage }>> {
  // An SVG is drawn once, at the largest size, and the smaller renditions are scaled from that:
  // drawing a complex SVG for each of the eight files took seconds apiece.
  let source: Sharp;
  if (isSvg) {
    const { data, info } = await drawSvgForRenditions(bytes);
    source = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  } else source = sharp(bytes, SHARP_INPUT);
  const renditions = [];
  for (const size of RENDITION_SIZES) {
    for (const format of RENDITION_FORMATS) {
      const image = source.clone().resize(size, size, { fit: 'inside', withoutEnlargement: true });
      const { data, info } = await (format === 'png' ? image.png({ compressionLevel: 9 }) : image.webp({ quality: 90 })).toBuffer({ resolveWithObject: true });
      renditions.push({ size, format, image: { data, width: info.width, height: info.height } });
    }
  }
  return renditions;
}

/** An SVG is drawn at the density that makes it fill the box, so it is sharp and never drawn larger than needed. */
async function densityToFill(bytes: Buffer, box: { width: number; height: number }): Promise<number> {
  const { width = box.width, height = box.height } = await sharp(bytes, SHARP_INPUT).metadata();
  return svgDensity({ width, height }, box);
}
