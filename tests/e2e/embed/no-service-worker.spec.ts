import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { appStarted } from '../support/app-started';
import { APP_ORIGIN, embeddedFrame, hostUrl } from './support/embed-host';

// The worker is allowed here, so that only the app's own policy keeps it out of a clinic's iframe.
test.use({ serviceWorkers: 'allow' });

/** The built chunk that registers the worker (decision 0025: imported when the browser is idle after the first page). */
function registeringChunk(): string {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
  const chunk = manifest['src/offline/start-offline.ts'];
  if (!chunk) throw new Error('No start-offline chunk in the build manifest');
  return `${APP_ORIGIN}/${chunk.file}`;
}

declare global {
  interface Window {
    __workerRegistrations?: string[];
  }
}

/**
 * Records every call to `navigator.serviceWorker.register` in each frame (the app calls it once its
 * registering chunk has loaded), so the test needs no wait for a registration that should never come.
 */
async function recordRegistrations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    window.__workerRegistrations = calls;
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (url, options) => {
      calls.push(String(url));
      return register(url, options);
    };
  });
}

/**
 * The registrations asked for in this window, once the app has loaded the registering chunk and
 * called it: the chunk is in the window's resource list once fetched, an import of the same URL
 * resolves after its evaluation, and a task queued after that runs after the app's own callback.
 */
async function registrationsAfterChunk(target: Page | Frame): Promise<string[]> {
  const url = registeringChunk();
  await expect
    .poll(() =>
      target.evaluate((chunk) => performance.getEntriesByType('resource').some((entry) => entry.name === chunk), url),
    )
    .toBe(true);
  return target.evaluate(async (chunk) => {
    await import(chunk);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return window.__workerRegistrations ?? ['(not recorded)'];
  }, url);
}

test('the app in a top-level window registers its worker (the control for the test below)', async ({ page }) => {
  await recordRegistrations(page);
  await page.goto('/');
  await appStarted(page);
  expect(await registrationsAfterChunk(page)).toEqual(['./sw.js']);
});

test('the app in a clinic’s iframe registers no service worker', async ({ page, context }) => {
  await recordRegistrations(page);
  await page.goto(hostUrl('plain-iframe.html'));
  const { frame } = await embeddedFrame(page, '#questionnaire');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => frame.title()).toMatch(/ – /);
  expect(await registrationsAfterChunk(frame)).toEqual([]);
  expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
  expect(context.serviceWorkers()).toEqual([]);
});
