// Partner logos and app icons, whatever their format, become small WebP images with content-hashed
// names, made once by sharp and cached between builds; app screenshots become larger ones the same
// way. No partner's SVG is ever served or inlined. Only images validate checked are published
// (published-files.ts), drawn as validate drew them (image-recipes.ts).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildProblem, checkedForPublishing, type PublishedFiles, type PublishedPurpose } from '../loader/published-files.ts';
import { routes } from '../routes.ts';
import { CACHE_FOLDER } from '../shared/cache-folder.ts';
import { LOGO_BOX, SCREENSHOT_BOX } from '../shared/image-limits.ts';
import { type DrawnImage, drawLogo, drawScreenshot } from '../shared/image-recipes.ts';
import { mapLimit } from '../shared/map-limit.ts';
import type { LogoImage } from './model-types.ts';

/** How one kind of image is made: what validate checked it as, and how it is drawn. */
export interface ImageRecipe {
  purpose: PublishedPurpose;
  /** Part of the cache key: bump when the output changes, so cached images are made again. */
  version: string;
  draw(bytes: Buffer, isSvg: boolean): Promise<DrawnImage>;
  /** What the image is, for the message when sharp fails. */
  what: string;
}

export const LOGO_RECIPE: ImageRecipe = { purpose: 'logo', version: `webp-q86-${LOGO_BOX.width}x${LOGO_BOX.height}-v1`, draw: drawLogo, what: 'logo' };
export const SCREENSHOT_RECIPE: ImageRecipe = {
  purpose: 'screenshot',
  version: `webp-q82-${SCREENSHOT_BOX.width}x${SCREENSHOT_BOX.height}-v1`,
  draw: (bytes) => drawScreenshot(bytes),
  what: 'screenshot',
};

export interface PreparedLogo extends LogoImage {
  /** The cached WebP file that is served at `src`. */
  file: string;
}

/** Kept between builds (CI caches it); PARTNERKIT_CACHE_DIR moves it, e.g. for a cold benchmark. */
export const DEFAULT_LOGO_CACHE = path.join(CACHE_FOLDER, 'logos');

/**
 * Optimises each distinct source file once; `sources` maps a name (the slug) to a file in the
 * content folder, which must be in `published` as a logo, with the bytes validate checked.
 */
export function prepareLogos(
  contentRoot: string,
  sources: ReadonlyMap<string, string>,
  published: PublishedFiles,
  cacheDir = DEFAULT_LOGO_CACHE,
): Promise<Map<string, PreparedLogo>> {
  return prepareImages(contentRoot, sources, published, LOGO_RECIPE, cacheDir);
}

/** prepareLogos for any recipe: each source must be in `published` as the recipe's purpose. */
export async function prepareImages(
  contentRoot: string,
  sources: ReadonlyMap<string, string>,
  published: PublishedFiles,
  recipe: ImageRecipe,
  cacheDir = DEFAULT_LOGO_CACHE,
): Promise<Map<string, PreparedLogo>> {
  await mkdir(cacheDir, { recursive: true });
  const byFile = new Map<string, Promise<Omit<PreparedLogo, 'src'> & { hash: string }>>();
  const prepare = (relative: string) => {
    let pending = byFile.get(relative);
    if (!pending) {
      pending = optimise(contentRoot, relative, published, recipe, cacheDir);
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

async function optimise(
  contentRoot: string,
  relative: string,
  published: PublishedFiles,
  recipe: ImageRecipe,
  cacheDir: string,
): Promise<Omit<PreparedLogo, 'src'> & { hash: string }> {
  const bytes = await readFile(path.join(contentRoot, relative));
  const checked = checkedForPublishing(published, contentRoot, recipe.purpose, relative, bytes);
  const hash = createHash('sha256').update(recipe.version).update(bytes).digest('hex');
  const file = path.join(cacheDir, `${hash}.webp`);
  const metaFile = `${file}.json`;
  try {
    const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { width: number; height: number };
    return { file, hash, ...meta };
  } catch {
    // Not cached yet.
  }
  let drawn: DrawnImage;
  try {
    drawn = await recipe.draw(bytes, relative.toLowerCase().endsWith('.svg'));
  } catch (error) {
    // validate drew or decoded this file the same way; if sharp still fails, say where the file is named.
    throw buildProblem(checked, {
      code: 'cannot-convert',
      message: `"${relative}" cannot be converted: ${(error as Error).message.split('\n')[0]}`,
      fix: `export the ${recipe.what} again; npm run validate checks it the same way`,
    });
  }
  const meta = { width: drawn.width, height: drawn.height };
  await writeFile(file, drawn.data);
  await writeFile(metaFile, JSON.stringify(meta));
  return { file, hash, ...meta };
}
