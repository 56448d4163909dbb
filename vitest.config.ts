import { defineConfig } from 'vitest/config';

// Test files by what they need. A new tests/*.test.ts file is a unit test (no build) unless its name
// starts with site- (it reads the built demo site) or it is listed below. `npm test` runs them all;
// `npx vitest --project unit` (or loader, site, browser) runs one kind.
/** Read the built demo and drive it in Chromium (helpers/browser.ts finds one). */
const BROWSER_TESTS = [
  'tests/site-api.test.ts',
  'tests/site-apps.test.ts',
  'tests/site-badges.test.ts',
  'tests/site-browser.test.ts',
  'tests/site-credentials.test.ts',
  'tests/site-design.test.ts',
  'tests/site-guide.test.ts',
  'tests/site-profiles.test.ts',
  'tests/site-scorecards.test.ts',
  'tests/site-stories.test.ts',
];
/**
 * Lighthouse on every template: alone, after every other project, so its performance scores measure
 * the pages and not the tests running beside them.
 */
const LIGHTHOUSE_TESTS = ['tests/site-lighthouse.test.ts'];
/** Read the built demo site, or build sites of their own (which must not run beside the demo's build: they share .astro/). */
const SITE_TESTS = [
  'tests/site-*.test.ts',
  'tests/build.test.ts',
  'tests/maintainer-tools.test.ts',
  'tests/trust-ids.test.ts',
  'tests/changes-history.test.ts',
];
/** Run the loader or a command on content folders: the demo, copies of it, fixtures. */
const LOADER_TESTS = [
  'tests/validate.test.ts',
  'tests/parallel-validate.test.ts',
  'tests/untrusted-input.test.ts',
  'tests/yaml-positions.test.ts',
  'tests/cross-references.test.ts',
  'tests/review-regressions.test.ts',
  'tests/json-schema.test.ts',
  'tests/org-and-posts-validate.test.ts',
  'tests/migrate.test.ts',
  'tests/apps-content.test.ts',
];

// The demo is built once, in the background, for both projects that read it (tests/setup/).
// Their group runs after the unit and loader tests, which run while it builds.
const needsDemoSite = { globalSetup: ['tests/setup/build-demo-site.ts'], setupFiles: ['tests/setup/wait-for-demo-site.ts'], sequence: { groupOrder: 2 } };
const noBuild = { sequence: { groupOrder: 1 } };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...SITE_TESTS, ...LOADER_TESTS], ...noBuild } },
      { test: { name: 'loader', include: LOADER_TESTS, ...noBuild } },
      { test: { name: 'site', include: SITE_TESTS, exclude: [...BROWSER_TESTS, ...LIGHTHOUSE_TESTS], ...needsDemoSite } },
      { test: { name: 'browser', include: BROWSER_TESTS, ...needsDemoSite } },
      { test: { name: 'lighthouse', include: LIGHTHOUSE_TESTS, ...needsDemoSite, sequence: { groupOrder: 3 } } },
    ],
  },
});
