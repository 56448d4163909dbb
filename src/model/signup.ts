// The sign-up link the pages, the guide and the API show: program.yaml's, unless it names a page of
// the program's own site that the build does not make (the demo once linked to /apply), where every
// "Apply" button would lead to the not-found page; then the site's join page, which is built
// whenever the program describes its on-boarding. The loader warns about such a link.
import type { Program } from '../../schemas/program.ts';
import type { Content } from '../loader/content-types.ts';
import { routes } from '../routes.ts';
import { isSignupPage, sitePathOn } from '../shared/signup-page.ts';
import { absoluteUrl } from '../site/urls.ts';

/** The program with a sign-up link that leads somewhere. */
export function withReachableSignup(content: Content): Program {
  const { program } = content;
  const signup = program.onboarding?.signup;
  if (!program.onboarding || !signup) return program;
  const sitePath = sitePathOn(signup.url, program.site.url);
  const pages = {
    tierIds: program.tiers.map((tier) => tier.id),
    hasFaq: (program.faq?.length ?? 0) > 0,
    newsSlugs: new Set(content.news.map((post) => post.slug)),
  };
  if (sitePath === undefined || isSignupPage(sitePath, pages)) return program;
  return { ...program, onboarding: { ...program.onboarding, signup: { ...signup, url: absoluteUrl(routes.join, undefined, program.site.url) } } };
}
