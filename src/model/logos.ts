// Images drawn from content into WebPs (image-recipes.ts DRAWINGS): logos (partners', the program's,
// customers', app icons), cover images of case studies and news, and app screenshots, whatever
// their format, with content-hashed names, made once by sharp and cached between builds. No
// contributor's SVG is ever served or inlined. Only files validate checked as the same purpose are
// published (published-files.ts), drawn as validate drew them.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildProblem, checkedForPublishing, type PublishedFiles } from '../loader/published-files.ts';
import { routes } from '../routes.ts';
import { CACHE_FOLDER } from '../shared/cache-folder.ts';
import { DRAWINGS, type Drawing, type DrawnImage, drawImage } from '../shared/image-recipes.ts';
import { mapLimit } from '../shared/map-limit.ts';
import type { LogoImage } from './model-types.ts';

/**
 * How each drawing is published: its site path, what it is called when sharp fails, and a revision
 * to bump when its output changes other than by box or quality, so cached images are made again.
 * A drawing is validated as the purpose of the same name (a screenshot must be published as a screenshot).
 */
const RECIPES: Record<Drawing, { route: (name: string, hash: string) => string; what: string; revision: number }> = {
  logo: { route: routes.logo, what: 'logo', revision: 1 },
  cover: { route: routes.coverImage, what: 'image', revision: 1 },
  // 2: screenshots were drawn without alphaQuality before the drawings were unified.
  screenshot: { route: routes.coverImage, what: 'screenshot', revision: 2 },
};

/** Part of the cache key: the output format, quality, box and revision. */
function cacheVersion(recipe: Drawing): string {
  const { box, quality } = DRAWINGS[recipe];
  return `webp-q${quality}-${box.width}x${box.height}-v${RECIPES[recipe].revision}`;
}

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

/** As prepareLogos, for images drawn with `recipe`: each source must be in `published` as that purpose (a cover as a cover). */
export async function prepareImages(
  contentRoot: string,
  sources: ReadonlyMap<string, string>,
  published: PublishedFiles,
  recipe: Drawing,
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
    return [name, { ...image, src: RECIPES[recipe].route(name, hash.slice(0, 10)) }] as const;
  });
  return new Map(entries);
}

async function optimise(
  contentRoot: string,
  relative: string,
  published: PublishedFiles,
  cacheDir: string,
  recipe: Drawing,
): Promise<Omit<PreparedLogo, 'src'> & { hash: string }> {
  const bytes = await readFile(path.join(contentRoot, relative));
  const checked = checkedForPublishing(published, contentRoot, recipe, relative, bytes);
  const hash = createHash('sha256').update(cacheVersion(recipe)).update(bytes).digest('hex');
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
    drawn = await drawImage(recipe, bytes, relative.toLowerCase().endsWith('.svg'));
  } catch (error) {
    // validate drew or decoded this file the same way; if sharp still fails, say where the file is named.
    throw buildProblem(checked, {
      code: 'cannot-convert',
      message: `"${relative}" cannot be converted: ${(error as Error).message.split('\n')[0]}`,
      fix: `export the ${RECIPES[recipe].what} again; npm run validate checks it the same way`,
    });
  }
  const meta = { width: drawn.width, height: drawn.height };
  await writeFile(file, drawn.data);
  await writeFile(metaFile, JSON.stringify(meta));
  return { file, hash, ...meta };
}
