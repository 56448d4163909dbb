// The published address of the site, read before the build: PARTNERKIT_SITE_URL, else
// program.yaml's site.url. Validation proper happens in the loader; here a bad value is ignored.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { contentDirectory } from '../settings.ts';

export function siteUrl(): string | undefined {
  const fromEnvironment = process.env.PARTNERKIT_SITE_URL;
  if (fromEnvironment) return fromEnvironment;
  try {
    const program = load(readFileSync(path.join(contentDirectory(), 'program.yaml'), 'utf8')) as { site?: { url?: unknown } };
    const url = program?.site?.url;
    return typeof url === 'string' && /^https?:\/\//.test(url) && URL.canParse(url) ? url : undefined;
  } catch {
    return undefined;
  }
}
