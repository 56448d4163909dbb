// For browser tests: the built demo site on a local server and Chromium (helpers/browser.ts),
// started once per test file or describe block and stopped after it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite, siteDir } from './site.ts';

/** `dir`: a function giving the folder to serve, asked once the site is built (the public demo unless given). */
export function servedSite(dir: () => string = siteDir): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite(dir());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url };
}
