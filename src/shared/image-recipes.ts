// How the build turns a content image into the images it publishes: a partner logo into a WebP
// that fits the logo box, a brand asset into PNG and WebP renditions. validate draws SVGs with the
// same functions (src/loader/render-check.ts), so what it tried is exactly what the build will do.
import sharp from 'sharp';
import { LOGO_BOX, SHARP_INPUT, svgDensity } from './image-limits.ts';

export interface DrawnImage {
  data: Buffer;
  width: number;
  height: number;
}

/** A logo, whatever its format, as a WebP that fits LOGO_BOX; SVGs are drawn at the density that fills it. */
export async function drawLogo(bytes: Buffer, isSvg: boolean): Promise<DrawnImage> {
  const input = isSvg ? { ...SHARP_INPUT, density: await densityToFill(bytes, LOGO_BOX) } : SHARP_INPUT;
  const { data, info } = await sharp(bytes, input)
    .resize({ ...LOGO_BOX, fit: 'inside', withoutEnlargement: !isSvg })
    .webp({ quality: 86, alphaQuality: 100 })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** One rendition of a brand asset: at most `size` pixels on its longest side. */
export async function drawRendition(bytes: Buffer, isSvg: boolean, size: number, format: 'png' | 'webp'): Promise<DrawnImage> {
  const box = { width: size, height: size };
  const input = isSvg ? { ...SHARP_INPUT, density: await densityToFill(bytes, box) } : SHARP_INPUT;
  const image = sharp(bytes, input).resize(size, size, { fit: 'inside', withoutEnlargement: !isSvg });
  const { data, info } = await (format === 'png' ? image.png({ compressionLevel: 9 }) : image.webp({ quality: 90 })).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** An SVG is drawn at the density that makes it fill the box, so it is sharp and never drawn larger than needed. */
async function densityToFill(bytes: Buffer, box: { width: number; height: number }): Promise<number> {
  const { width = box.width, height = box.height } = await sharp(bytes, SHARP_INPUT).metadata();
  return svgDensity({ width, height }, box);
}
