// Logos, app icons and screenshots, brand assets and images in posts are files from strangers that
// the site publishes: check they are what their name says, safe, and decodable by the build within
// the limits it decodes with (src/shared/image-limits.ts); logos, icons and screenshots must also
// be big enough to look sharp.
import {
  MAX_BRAND_FILE_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_RASTER_BYTES,
  MAX_RASTER_SIDE,
  MIN_RASTER_SIDE,
  RENDER_TIME_LIMIT_MS,
  SVG_LIMITS,
} from '../shared/image-limits.ts';
import { analyseSvg } from './check-svg.ts';
import { decodeRaster } from './decode-raster.ts';
import type { Advice, Finding } from './problem.ts';
import { type PublishedPurpose, sha256 } from './published-files.ts';
import { drawCheck } from './render-check.ts';

export { MAX_RASTER_BYTES, MAX_RASTER_SIDE, MIN_RASTER_SIDE };

/** A problem inside the checked file, at its place (SVG problems), or with the file as a whole, reported at the field naming it. */
export type FileKindProblem = Finding | Advice;

type Kind = 'svg' | 'png' | 'jpeg' | 'webp' | 'pdf';

const KIND_BY_EXTENSION: Record<string, Kind> = { '.svg': 'svg', '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.webp': 'webp', '.pdf': 'pdf' };

function sniff(bytes: Buffer): Kind | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  const head = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<svg') || head.startsWith('<?xml') || head.startsWith('<!--') || head.startsWith('<!DOCTYPE svg')) return 'svg';
  return undefined;
}

/** Throws on bytes that are not UTF-8; holds no state between whole-buffer decodes. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

const megabytes = (bytes: number) => `${+(bytes / 1048576).toFixed(1)} MB`;

/** Checks an image (or, for the brand kit, PDF) file's bytes against the kind its extension claims and what it is published as. */
export async function checkFileKind(fileName: string, bytes: Buffer, purpose: PublishedPurpose = 'logo', hash = sha256(bytes)): Promise<FileKindProblem[]> {
  const extension = fileName.slice(fileName.lastIndexOf('.')).toLowerCase();
  const claimed = KIND_BY_EXTENSION[extension];
  if (!claimed || (claimed === 'pdf' && purpose !== 'brand')) {
    return [
      {
        code: 'unsupported-file-type',
        message: `"${fileName}" is not a supported kind of file`,
        fix: purpose === 'brand' ? 'use SVG, PNG, JPEG, WebP or PDF' : 'use SVG, PNG, JPEG or WebP',
      },
    ];
  }
  const actual = sniff(bytes);
  if (actual !== claimed) {
    return [
      {
        code: 'wrong-file-type',
        message: actual ? `"${fileName}" is named ${extension} but holds ${actual.toUpperCase()} data` : `"${fileName}" is not a ${claimed.toUpperCase()} file`,
        fix: actual ? `rename it to end in .${actual === 'jpeg' ? 'jpg' : actual}, and update the path` : `export the image again as ${claimed.toUpperCase()}`,
      },
    ];
  }
  if (claimed === 'svg') return checkSvgFile(fileName, bytes, purpose, hash);
  const limit = purpose === 'brand' ? MAX_BRAND_FILE_BYTES : MAX_RASTER_BYTES;
  if (bytes.length > limit) {
    return [
      {
        code: 'file-too-large',
        message: `"${fileName}" is ${megabytes(bytes.length)}; the limit${purpose === 'brand' ? ' for brand files' : ''} is ${megabytes(limit)}`,
        fix: claimed === 'pdf' ? 'export it smaller, e.g. with compressed images' : 'export it smaller, or use SVG',
      },
    ];
  }
  if (claimed === 'pdf') return []; // offered for download as it is: nothing decodes it
  return checkRaster(fileName, bytes, claimed, purpose, hash);
}

async function checkSvgFile(fileName: string, bytes: Buffer, purpose: PublishedPurpose, hash: string): Promise<FileKindProblem[]> {
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return [{ code: 'not-utf8', message: `"${fileName}" is not UTF-8 text`, fix: 'save it again as SVG with UTF-8 encoding' }];
  }
  const { problems, drawnElements } = analyseSvg(text, purpose === 'body-image' || purpose === 'cover' || purpose === 'screenshot' ? 'image' : 'logo');
  // An SVG in a post is published as it is (browsers draw it), so its allow-list is all that applies.
  if (problems.length || purpose === 'body-image') return problems;
  // The build draws every other SVG with sharp (its drawing is named like the purpose). Brand assets are drawn
  // large, and drawings with many elements may be slow, so those are drawn here too, as the build will, under a time limit.
  if (purpose !== 'brand' && drawnElements < SVG_LIMITS.renderCheckFrom) return [];
  const outcome = await drawCheck(bytes, hash, purpose === 'brand' ? 'rendition' : purpose, undefined, drawnElements < SVG_LIMITS.renderCheckFrom);
  if (outcome.drawn) return [];
  return [
    {
      code: outcome.timedOut ? 'slow-image' : 'undrawable-image',
      message: outcome.timedOut
        ? `"${fileName}" takes longer than ${RENDER_TIME_LIMIT_MS / 1000} s to draw`
        : `"${fileName}" cannot be drawn: ${outcome.reason}`,
      fix: 'simplify the drawing (fewer elements, groups, masks and clip paths) and export it again',
    },
  ];
}

async function checkRaster(fileName: string, bytes: Buffer, kind: Kind, purpose: PublishedPurpose, hash: string): Promise<FileKindProblem[]> {
  // Images in posts go through Astro's image service, which decodes every frame of an animation.
  const facts = await decodeRaster(bytes, hash, purpose === 'body-image');
  if (!facts.readable)
    return [{ code: 'unreadable-image', message: `"${fileName}" cannot be read as an image`, fix: `export it again as ${kind.toUpperCase()}` }];
  const { width, height, pixels } = facts;
  if (purpose !== 'body-image') {
    // Logos, covers, screenshots and brand images are converted by sharp: they must be big enough to look sharp, and not needlessly large.
    if (Math.min(width, height) < MIN_RASTER_SIDE) {
      return [
        {
          code: 'image-too-small',
          message: `"${fileName}" is ${width}×${height} pixels, too small to look sharp`,
          fix: `use an image at least ${MIN_RASTER_SIDE} pixels on each side, or SVG`,
        },
      ];
    }
    if (Math.max(width, height) > MAX_RASTER_SIDE) {
      return [
        {
          code: 'image-too-large',
          message: `"${fileName}" is ${width}×${height} pixels`,
          fix: `scale it down to at most ${MAX_RASTER_SIDE} pixels on each side`,
        },
      ];
    }
  }
  if (pixels > MAX_IMAGE_PIXELS) {
    const frames = Math.round(pixels / (width * height));
    return [
      {
        code: 'too-many-pixels',
        message: `"${fileName}" is ${width}×${height} pixels${frames > 1 ? ` in ${frames} frames` : ''}, more than the ${MAX_IMAGE_PIXELS / 1e6} million pixels the site converts`,
        fix: frames > 1 ? 'use fewer frames, or a smaller image' : 'scale it down',
      },
    ];
  }
  if (facts.damage)
    return [
      {
        code: 'damaged-image',
        message: `"${fileName}" is damaged or cut short: its pixels cannot all be read`,
        fix: `export it again as ${kind.toUpperCase()}`,
      },
    ];
  if (facts.slow)
    return [
      {
        code: 'slow-image',
        message: `"${fileName}" takes longer than ${RENDER_TIME_LIMIT_MS / 1000} s to decode`,
        fix: `export it again as a plain (not progressive) ${kind.toUpperCase()}`,
      },
    ];
  return [];
}
