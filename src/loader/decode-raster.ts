// Decodes a PNG, JPEG or WebP fully, as the build will: reading only its header (as validate once
// did) let truncated files and pixel bombs through to crash or stall the build.
import { MAX_IMAGE_PIXELS, RENDER_TIME_LIMIT_MS, SHARP_INPUT } from '../shared/image-limits.ts';
import { cachedCheck } from './decode-cache.ts';

export type RasterFacts =
  | { readable: false }
  /**
   * `damage` is sharp's reason when the pixel data cannot be decoded, `slow` that decoding took
   * longer than the time limit; pixels counts every frame decoded.
   */
  | { readable: true; width: number; height: number; pixels: number; damage?: string; slow?: true };

/** Unlike drawing an SVG, decoding pixels reports progress as it goes, so sharp's own timeout can stop it. */
const TIMEOUT = { seconds: RENDER_TIME_LIMIT_MS / 1000 };

/**
 * What a full decode of the image says. `allFrames` decodes every frame of an animation, as
 * Astro's image service does for images in posts; logos and brand images use the first.
 */
export function decodeRaster(bytes: Buffer, sha256: string, allFrames: boolean): Promise<RasterFacts> {
  const compute = async (): Promise<RasterFacts> => {
    // sharp, a native library, is loaded on first use: most logos are SVG.
    const { default: sharp } = await import('sharp');
    const pages = allFrames ? -1 : 1;
    let timedOut = false;
    if (!allFrames) {
      // Most files are fine: one decode says so, and gives the size.
      try {
        const { info } = await sharp(bytes, { ...SHARP_INPUT, pages })
          .timeout(TIMEOUT)
          .raw()
          .toBuffer({ resolveWithObject: true });
        return { readable: true, width: info.width, height: info.height, pixels: info.width * info.height };
      } catch (error) {
        // Worked out below: unreadable, too large, damaged or slow; slow needs no second try.
        if ((error as Error).message.startsWith('timeout')) timedOut = true;
      }
    }
    let header: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
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
    if (timedOut) return { readable: true, width, height, pixels, slow: true };
    try {
      await sharp(bytes, { ...SHARP_INPUT, pages })
        .timeout(TIMEOUT)
        .raw()
        .toBuffer();
      return { readable: true, width, height, pixels };
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0] ?? '';
      return reason.startsWith('timeout') ? { readable: true, width, height, pixels, slow: true } : { readable: true, width, height, pixels, damage: reason };
    }
  };
  // A time limit met on a busy machine is not the file's fault: not kept between runs.
  return cachedCheck(allFrames ? 'raster-all-frames' : 'raster', sha256, compute, (facts) => !(facts.readable && facts.slow));
}
