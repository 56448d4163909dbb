// Pages that only redirect (renamed partners' old URLs, at their former slugs), so the sitemap can
// leave them out. From the model the build made, as the pages that write them are.
import { routes } from '../routes.ts';

export function redirectPaths(partners: ReadonlyArray<{ formerSlugs: readonly string[] }>): Set<string> {
  const paths = new Set<string>();
  for (const partner of partners) for (const slug of partner.formerSlugs) paths.add(routes.partner(slug)).add(routes.verify(slug));
  return paths;
}
