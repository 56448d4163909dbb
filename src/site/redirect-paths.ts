// Pages that only redirect (renamed partners' old URLs), read before the build so the sitemap can
// leave them out. Validation proper happens in the loader; unreadable files are skipped here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { routes } from '../routes.ts';
import { contentDirectory } from '../settings.ts';

export function redirectPaths(): Set<string> {
  const folder = path.join(contentDirectory(), 'partners');
  const paths = new Set<string>();
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.yaml'));
  } catch {
    return paths;
  }
  for (const name of names) {
    try {
      const data = load(readFileSync(path.join(folder, name), 'utf8')) as { formerSlugs?: unknown };
      for (const slug of Array.isArray(data?.formerSlugs) ? data.formerSlugs : []) {
        if (typeof slug === 'string') paths.add(routes.partner(slug)).add(routes.verify(slug));
      }
    } catch {
      // Reported by validate.
    }
  }
  return paths;
}
