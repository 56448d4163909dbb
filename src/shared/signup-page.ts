// Whether a sign-up link program.yaml writes leads to a page: one on the program's own site must
// name a page the build makes, or every "Apply" button would lead to the not-found page. The
// loader warns about it (check-signup-link.ts) and the model links to the join page instead
// (src/model/signup.ts); both decide with these two functions.
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site/urls.ts';

/** The site path a URL names when it is on the site published at `siteUrl`; undefined when it is on another site. */
export function sitePathOn(url: string, siteUrl: string): string | undefined {
  let site: URL;
  let target: URL;
  try {
    site = new URL(absoluteUrl(routes.home, undefined, siteUrl));
    target = new URL(url);
  } catch {
    return undefined;
  }
  const root = site.pathname.replace(/\/$/, '');
  if (target.origin !== site.origin || !(target.pathname === root || target.pathname.startsWith(`${root}/`))) return undefined;
  const path = target.pathname.slice(root.length) || '/';
  // Hosts serve /join as /join/: a link written without the final slash names the same page.
  return path.endsWith('/') || /\.[a-z]+$/i.test(path) ? path : `${path}/`;
}

/**
 * Whether a sign-up link may name this page of the site: the program's own pages, a tier's page or
 * a news post. `newsSlugs` undefined accepts any news post (the loader checks program.yaml before it
 * knows the posts).
 */
export function isSignupPage(sitePath: string, program: { tierIds: readonly string[]; hasFaq: boolean; newsSlugs?: ReadonlySet<string> }): boolean {
  const fixed: string[] = [
    routes.home,
    routes.join,
    routes.program,
    routes.tiers,
    routes.guide,
    routes.directory,
    routes.apps,
    routes.showcase,
    routes.news,
    routes.certifications,
    ...(program.hasFaq ? [routes.faq] : []),
    ...program.tierIds.map((id) => routes.tier(id)),
  ];
  if (fixed.includes(sitePath)) return true;
  const post = /^\/news\/([^/]+)\/$/.exec(sitePath)?.[1];
  return post !== undefined && routes.newsPost(post) === sitePath && (program.newsSlugs?.has(post) ?? true);
}
