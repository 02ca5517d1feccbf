// The Chromium the bench measures with: the system's, since browsers cannot be downloaded here
// (Lighthouse uses the same one through CHROME_PATH).
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches it headless without the background work (updates, sync) that would add noise. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
