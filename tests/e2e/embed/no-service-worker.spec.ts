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

declare global {
  interface Window {
    __workerRegistrations?: string[];
  }
}

/**
 * Records every call to `navigator.serviceWorker.register` in each frame (the app calls it as its
 * registering chunk is evaluated), so the test needs no wait for a registration that should never come.
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

/** The registrations asked for in this window, once the registering chunk has run in it (an import of the same URL resolves after its evaluation). */
async function registrationsAfterChunk(target: Page | Frame): Promise<string[]> {
  return target.evaluate(async (url) => {
    await import(url);
    return window.__workerRegistrations ?? ['(not recorded)'];
  }, registeringChunk());
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
