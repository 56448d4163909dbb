// Decodes a PNG, JPEG or WebP fully, as the build will: reading only its header (as validate once
// did) let truncated files and pixel bombs through to crash or stall the build.
import { MAX_IMAGE_PIXELS, SHARP_INPUT } from '../shared/image-limits.ts';
import { cachedCheck } from './decode-cache.ts';

export type RasterFacts =
  | { readable: false }
  /** `damage` is sharp's reason when the pixel data cannot be decoded; pixels counts every frame decoded. */
  | { readable: true; width: number; height: number; pixels: number; damage?: string };

/**
 * What a full decode of the image says. `allFrames` decodes every frame of an animation, as
 * Astro's image service does for images in posts; logos and brand images use the first.
 */
export function decodeRaster(bytes: Buffer, sha256: string, allFrames: boolean): Promise<RasterFacts> {
  return cachedCheck(allFrames ? 'raster-all-frames' : 'raster', sha256, async (): Promise<RasterFacts> => {
    // sharp, a native library, is loaded on first use: most logos are SVG.
    const { default: sharp } = await import('sharp');
    const pages = allFrames ? -1 : 1;
    if (!allFrames) {
      // Most files are fine: one decode says so, and gives the size.
      try {
        const { info } = await sharp(bytes, { ...SHARP_INPUT, pages }).raw().toBuffer({ resolveWithObject: true });
        return { readable: true, width: info.width, height: info.height, pixels: info.width * info.height };
      } catch {
        // Worked out below: unreadable, too large, or damaged.
      }
    }
    let header;
    try {
      // The header with the pixel limit lifted, to give the real size when it is too large.
      header = await sharp(bytes, { limitInputPixels: false, pages }).metadata();
    } catch {
      return { readable: false };
    }
    const width = header.width ?? 0;
    const height = header.pageHeight ?? header.height ?? 0;
    const pixels = width * height * (allFrames ? (header.pages ?? 1) : 1);
    if (pixels > MAX_IMAGE_PIXELS) return { readable: true, width, height, pixels };
    try {
      await sharp(bytes, { ...SHARP_INPUT, pages }).raw().toBuffer();
      return { readable: true, width, height, pixels };
    } catch (error) {
      return { readable: true, width, height, pixels, damage: (error as Error).message.split('\n')[0] };
    }
  });
}
