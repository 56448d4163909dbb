// Partner logos, whatever their format, become small WebP images with content-hashed names, made
// once by sharp and cached between builds. No partner's SVG is ever served or inlined.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { routes } from '../routes.ts';
import { mapLimit } from '../shared/map-limit.ts';
import type { LogoImage } from './model-types.ts';

/** Largest box a logo is drawn in, in device pixels (twice its CSS size, for sharp screens). */
const BOX = { width: 320, height: 160 };
/** Bump when the output changes, so cached images are made again. */
const RECIPE = 'webp-q86-320x160-v1';

export interface PreparedLogo extends LogoImage {
  /** The cached WebP file that is served at `src`. */
  file: string;
}

/** Kept between builds (CI caches it); PARTNERKIT_CACHE_DIR moves it, e.g. for a cold benchmark. */
export const DEFAULT_LOGO_CACHE = path.join(process.env.PARTNERKIT_CACHE_DIR ?? path.resolve('node_modules', '.cache', 'partnerkit'), 'logos');

/** Optimises each distinct source file once; `sources` maps a name (the slug) to a file in the content folder. */
export async function prepareLogos(contentRoot: string, sources: ReadonlyMap<string, string>, cacheDir = DEFAULT_LOGO_CACHE): Promise<Map<string, PreparedLogo>> {
  await mkdir(cacheDir, { recursive: true });
  const byFile = new Map<string, Promise<Omit<PreparedLogo, 'src'> & { hash: string }>>();
  const prepare = (relative: string) => {
    let pending = byFile.get(relative);
    if (!pending) {
      pending = optimise(path.join(contentRoot, relative), cacheDir);
      byFile.set(relative, pending);
    }
    return pending;
  };
  const entries = await mapLimit([...sources], 8, async ([name, relative]) => {
    const { hash, ...image } = await prepare(relative);
    return [name, { ...image, src: routes.logo(name, hash.slice(0, 10)) }] as const;
  });
  return new Map(entries);
}

async function optimise(source: string, cacheDir: string): Promise<Omit<PreparedLogo, 'src'> & { hash: string }> {
  const bytes = await readFile(source);
  const hash = createHash('sha256').update(RECIPE).update(bytes).digest('hex');
  const file = path.join(cacheDir, `${hash}.webp`);
  const metaFile = `${file}.json`;
  try {
    const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { width: number; height: number };
    return { file, hash, ...meta };
  } catch {
    // Not cached yet.
  }
  const isSvg = source.toLowerCase().endsWith('.svg');
  const output = await sharp(bytes, isSvg ? { density: await svgDensity(bytes) } : {})
    .resize({ ...BOX, fit: 'inside', withoutEnlargement: !isSvg })
    .webp({ quality: 86, alphaQuality: 100 })
    .toBuffer({ resolveWithObject: true });
  const meta = { width: output.info.width, height: output.info.height };
  await writeFile(file, output.data);
  await writeFile(metaFile, JSON.stringify(meta));
  return { file, hash, ...meta };
}

/** Rasterise an SVG at the density that makes it fill the box, so it is drawn sharp, never upscaled. */
async function svgDensity(bytes: Buffer): Promise<number> {
  const { width = BOX.width, height = BOX.height } = await sharp(bytes).metadata();
  const scale = Math.min(BOX.width / width, BOX.height / height);
  return Math.min(2400, Math.max(1, Math.ceil(72 * scale)));
}
