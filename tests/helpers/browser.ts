// Debian's Chromium, driven by playwright-core (Playwright's own browser download is not used).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.PARTNERKIT_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // As root in a container, and with no network: no sandbox, no background requests.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
