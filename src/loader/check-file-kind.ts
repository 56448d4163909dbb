// Logos and brand assets are files from strangers: check they are what their name says, safe,
// and big enough to look sharp.
import { checkSvg } from './check-svg.ts';

export interface FileKindProblem {
  /** Position inside the checked file when known (SVG problems); otherwise the problem is reported at the field naming the file. */
  line?: number;
  column?: number;
  message: string;
  fix: string;
}

export const MAX_RASTER_BYTES = 2 * 1024 * 1024;
export const MIN_RASTER_SIDE = 64;
export const MAX_RASTER_SIDE = 5000;

type Kind = 'svg' | 'png' | 'jpeg' | 'webp' | 'pdf';

const KIND_BY_EXTENSION: Record<string, Kind> = { '.svg': 'svg', '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.webp': 'webp', '.pdf': 'pdf' };

function sniff(bytes: Buffer): Kind | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const head = bytes.subarray(0, 512).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<svg') || head.startsWith('<?xml') || head.startsWith('<!--') || head.startsWith('<!DOCTYPE svg')) return 'svg';
  return undefined;
}

/** Checks an image (or PDF) file's bytes against the kind its extension claims. */
export async function checkFileKind(fileName: string, bytes: Buffer): Promise<FileKindProblem[]> {
  const extension = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  const claimed = KIND_BY_EXTENSION[extension];
  const actual = sniff(bytes);
  if (!claimed) return [{ message: `"${fileName}" is not a supported kind of file`, fix: 'use SVG, PNG, JPEG or WebP' }];
  if (actual !== claimed) {
    return [{
      message: actual ? `"${fileName}" is named ${extension} but holds ${actual.toUpperCase()} data` : `"${fileName}" is not a ${claimed.toUpperCase()} file`,
      fix: actual ? `rename it to end in .${actual === 'jpeg' ? 'jpg' : actual}, and update the path` : `export the image again as ${claimed.toUpperCase()}`,
    }];
  }
  if (claimed === 'svg') return checkSvg(bytes.toString('utf8'));
  if (claimed === 'pdf') return [];
  if (bytes.length > MAX_RASTER_BYTES) {
    return [{ message: `"${fileName}" is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 2 MB`, fix: 'export it smaller, or use SVG' }];
  }
  try {
    // Only the header is read here, so the pixel limit is lifted to give the real size in the message.
    // sharp (a native library) is loaded on first use: most logos are SVG.
    const { default: sharp } = await import('sharp');
    const { width = 0, height = 0 } = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (Math.min(width, height) < MIN_RASTER_SIDE) {
      return [{ message: `"${fileName}" is ${width}×${height} pixels, too small to look sharp`, fix: `use an image at least ${MIN_RASTER_SIDE} pixels on each side, or SVG` }];
    }
    if (Math.max(width, height) > MAX_RASTER_SIDE) {
      return [{ message: `"${fileName}" is ${width}×${height} pixels`, fix: `scale it down to at most ${MAX_RASTER_SIDE} pixels on each side` }];
    }
  } catch {
    return [{ message: `"${fileName}" cannot be read as an image`, fix: `export it again as ${claimed.toUpperCase()}` }];
  }
  return [];
}
