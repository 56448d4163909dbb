// The sign-up link the pages, the guide and the API show. program.yaml writes it as an absolute URL;
// one on the program's own site that names a page the site does not build (the demo linked to
// /apply) would lead every "Apply" button to the not-found page, so the site's join page (built
// whenever the program describes its on-boarding) takes its place.
import type { Program } from '../../schemas/program.ts';
import type { Content } from '../loader/content-types.ts';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site/urls.ts';

/** The site paths of the pages a sign-up link may name: the program's own pages, its tiers and its news. */
function pagesForSignup(content: Content): Set<string> {
  const { program } = content;
  return new Set([
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
    ...(program.faq?.length ? [routes.faq] : []),
    ...program.tiers.map((tier) => routes.tier(tier.id)),
    ...content.news.map((post) => routes.newsPost(post.slug)),
  ]);
}

/** The site path a URL names when it is on the site at `siteUrl`; undefined when it is elsewhere. */
function sitePathOn(url: string, siteUrl: string): string | undefined {
  const site = new URL(absoluteUrl(routes.home, undefined, siteUrl));
  const target = new URL(url);
  if (target.origin !== site.origin || !target.pathname.startsWith(site.pathname.replace(/\/$/, ''))) return undefined;
  const path = target.pathname.slice(site.pathname.replace(/\/$/, '').length) || '/';
  // Hosts serve /join as /join/: a link written without the final slash names the same page.
  return path.endsWith('/') || /\.[a-z]+$/i.test(path) ? path : `${path}/`;
}

/** The program with a sign-up link that leads somewhere: its own, or the site's join page instead of a page the site lacks. */
export function withReachableSignup(content: Content): Program {
  const { program } = content;
  const signup = program.onboarding?.signup;
  if (!program.onboarding || !signup) return program;
  const sitePath = sitePathOn(signup.url, program.site.url);
  if (sitePath === undefined || pagesForSignup(content).has(sitePath)) return program;
  return { ...program, onboarding: { ...program.onboarding, signup: { ...signup, url: absoluteUrl(routes.join, undefined, program.site.url) } } };
}
