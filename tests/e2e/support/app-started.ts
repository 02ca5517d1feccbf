import { expect, type Page } from '@playwright/test';

/**
 * Waits until the app is running, not just its page on screen: a first visit paints the
 * prerendered start page long before the app's code arrives. The app sets each page's own
 * title ("<page> – <app name>"); the HTML's title has no dash.
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/ – /);
}
