// For browser tests: the built demo site on a local server and Chromium (helpers/browser.ts),
// started once per test file or describe block and stopped after it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveSite } from './site.ts';

export function servedSite(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url };
}
