// Logos (partners', the program's, customers') and the cover images of case studies and news,
// whatever their format, become WebP images with content-hashed names, made once by sharp and
// cached between builds. No contributor's SVG is ever served or inlined. Only files validate
// checked are published (published-files.ts), drawn as validate drew them (image-recipes.ts).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildProblem, checkedForPublishing, type PublishedFiles } from '../loader/published-files.ts';
import { routes } from '../routes.ts';
import { CACHE_FOLDER } from '../shared/cache-folder.ts';
import { COVER_BOX, LOGO_BOX } from '../shared/image-limits.ts';
import { type DrawnImage, drawCover, drawLogo } from '../shared/image-recipes.ts';
import { mapLimit } from '../shared/map-limit.ts';
import type { LogoImage } from './model-types.ts';

/** How each kind of image is drawn; `version` changes (bump it) when the output does, so cached images are made again. */
const RECIPES = {
  logo: { purpose: 'logo', version: `webp-q86-${LOGO_BOX.width}x${LOGO_BOX.height}-v1`, draw: drawLogo, what: 'logo' },
  cover: { purpose: 'cover', version: `webp-q80-${COVER_BOX.width}x${COVER_BOX.height}-v1`, draw: drawCover, what: 'image' },
} as const;
export type ImageRecipe = keyof typeof RECIPES;

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
  return prepareImages(contentRoot, sources, published, 'logo', cacheDir);
}

/** As prepareLogos, for images drawn with `recipe`: a cover must be in `published` as a cover. */
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
      pending = optimise(contentRoot, relative, published, cacheDir, recipe);
      byFile.set(relative, pending);
    }
    return pending;
  };
  const entries = await mapLimit([...sources], 8, async ([name, relative]) => {
    const { hash, ...image } = await prepare(relative);
    return [name, { ...image, src: (recipe === 'logo' ? routes.logo : routes.coverImage)(name, hash.slice(0, 10)) }] as const;
  });
  return new Map(entries);
}

async function optimise(
  contentRoot: string,
  relative: string,
  published: PublishedFiles,
  cacheDir: string,
  recipe: ImageRecipe,
): Promise<Omit<PreparedLogo, 'src'> & { hash: string }> {
  const { purpose, version, draw, what } = RECIPES[recipe];
  const bytes = await readFile(path.join(contentRoot, relative));
  const checked = checkedForPublishing(published, contentRoot, purpose, relative, bytes);
  const hash = createHash('sha256').update(version).update(bytes).digest('hex');
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
    drawn = await draw(bytes, relative.toLowerCase().endsWith('.svg'));
  } catch (error) {
    // validate drew or decoded this file the same way; if sharp still fails, say where the file is named.
    throw buildProblem(checked, {
      code: 'cannot-convert',
      message: `"${relative}" cannot be converted: ${(error as Error).message.split('\n')[0]}`,
      fix: `export the ${what} again; npm run validate checks it the same way`,
    });
  }
  const meta = { width: drawn.width, height: drawn.height };
  await writeFile(file, drawn.data);
  await writeFile(metaFile, JSON.stringify(meta));
  return { file, hash, ...meta };
}
