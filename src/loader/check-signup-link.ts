// program.yaml's sign-up link, when it is on the program's own site, must name a page the site
// builds: a warning, not an error, as the site links to its join page instead (src/model/signup.ts),
// but the maintainer meant another page.
import { routes } from '../routes.ts';
import { isSignupPage, sitePathOn } from '../shared/signup-page.ts';
import { absoluteUrl } from '../site/urls.ts';
import type { CrossCheck } from './cross-check.ts';
import { fields, items, text, valueAtPath } from './data-as-written.ts';

export const checkSignupLink: CrossCheck = (files, { ids }) => {
  for (const { raw, report } of files) {
    const program = fields(raw);
    const siteUrl = text(valueAtPath(program, ['site', 'url']));
    const url = text(valueAtPath(program, ['onboarding', 'signup', 'url']));
    if (!siteUrl || !url) continue;
    const sitePath = sitePathOn(url, siteUrl);
    if (sitePath === undefined || isSignupPage(sitePath, { tierIds: ids?.tiers ?? [], hasFaq: items(program.faq).length > 0 })) continue;
    const join = absoluteUrl(routes.join, undefined, siteUrl);
    report.field(['onboarding', 'signup', 'url'], 'warning', {
      code: 'signup-page-missing',
      message: `${url} is on this site, but the site has no page ${sitePath}: the "Apply" buttons link to the join page, ${join}, instead`,
      fix: `link to your application form (a form or an issue template on another site), or to ${join}`,
    });
  }
};
