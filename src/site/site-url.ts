// The published address of the site, needed before the build starts (astro.config.mjs `site`):
// PARTNERKIT_SITE_URL, else program.yaml's site.url, read on its own by the loader. When
// program.yaml has errors there is none here; the build then stops on them, as validate reports them.
import { readProgramFile } from '../loader/read-content-file.ts';
import { contentDirectory } from '../settings.ts';

export async function siteUrl(): Promise<string | undefined> {
  const fromEnvironment = process.env.PARTNERKIT_SITE_URL;
  if (fromEnvironment) return fromEnvironment;
  const program = await readProgramFile(contentDirectory());
  return program.found ? program.data?.site.url : undefined;
}
