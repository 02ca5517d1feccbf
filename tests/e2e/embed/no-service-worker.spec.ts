import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { appStarted } from '../support/app-started';
import { APP_ORIGIN, embeddedFrame, hostUrl } from './support/embed-host';

// The worker is allowed here, so that only the app's own policy keeps it out of a clinic's iframe.
test.use({ serviceWorkers: 'allow' });

/** The built chunk that registers the worker (decision 0025: it comes with the end pages' chunk). */
function registeringChunk(): string {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
  const chunk = manifest['src/pages/check-answers-page.tsx'];
  if (!chunk) throw new Error('No check-answers chunk in the build manifest');
  return `${APP_ORIGIN}/${chunk.file}`;
}

/**
 * Waits until the registering chunk has run in this window (the app fetches it when idle; an
 * import of the same URL resolves once it has been evaluated), then lists the registrations.
 */
async function registrationsAfterChunk(target: Page | Frame): Promise<string[]> {
  return target.evaluate(async (url) => {
    await import(url);
    const registrations = await navigator.serviceWorker.getRegistrations();
    return registrations.map((registration) => registration.scope);
  }, registeringChunk());
}

test('the app in a top-level window registers its worker (the control for the test below)', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  expect(await registrationsAfterChunk(page)).toEqual([`${APP_ORIGIN}/`]);
});

test('the app in a clinic’s iframe registers no service worker', async ({ page, context }) => {
  await page.goto(hostUrl('plain-iframe.html'));
  const { frame } = await embeddedFrame(page, '#questionnaire');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => frame.title()).toMatch(/ – /);
  expect(await registrationsAfterChunk(frame)).toEqual([]);
  expect(context.serviceWorkers()).toEqual([]);
});
