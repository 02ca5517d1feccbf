import { expect, test, type Page } from '@playwright/test';
import { choiceGroup, expectHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { HEADINGS, INTRO_HEADING, journey, SUMMARY_HEADING } from './support/journeys';
import { STEADY_AND_LOW_RISK } from './support/people';
import { answerFirstPages, goToSummary, startQuestionnaire } from './support/walk';

const STORAGE_KEY = 'calf-ankle-prep:v1';

async function answerFirstTwoPages(page: Page) {
  await startQuestionnaire(page, { axe: false });
  await answerFirstPages(page);
}

test('browser Back, Forward and reload keep the page and the answers', async ({ page }) => {
  await answerFirstTwoPages(page);
  await page.goBack();
  await expectHeading(page, HEADINGS.concerns);
  await expect(choiceGroup(page, HEADINGS.concerns).getByRole('checkbox', { name: 'Their shape' })).toBeChecked();
  await page.goBack();
  await expectHeading(page, HEADINGS.area);
  await expect(page.getByRole('radio', { name: 'My ankles', exact: true })).toBeChecked();
  await page.goForward();
  await expectHeading(page, HEADINGS.concerns);
  await page.reload();
  await expectHeading(page, HEADINGS.concerns);
  await expect(choiceGroup(page, HEADINGS.concerns).getByRole('checkbox', { name: 'Their shape' })).toBeChecked();
  // The in-page Back link and the browser agree.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(page, HEADINGS.area);
  await expect(page.getByRole('radio', { name: 'My ankles', exact: true })).toBeChecked();
});

test('a link to a page the answers do not reach lands on the furthest page they do', async ({ page }) => {
  await answerFirstTwoPages(page);
  await page.goto('/#/facility');
  await expectHeading(page, HEADINGS['ankle-feel']);
});

for (const [what, saved] of [
  [
    'tampered',
    JSON.stringify({ version: 1, place: 'area', answers: { area: { area: '<script>', legs: 'both-legs' } } }),
  ],
  ['old-version', JSON.stringify({ version: 0, place: 'area', answers: {} })],
  ['unreadable', '{not json'],
] as const) {
  test(`${what} saved progress is discarded: a clean start with a notice`, async ({ page }) => {
    await page.goto('/');
    // Wait until the app has started (the start page paints before it arrives), so its own first
    // save cannot overwrite what the test plants.
    await appStarted(page);
    await page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [STORAGE_KEY, saved] as const);
    await page.reload();
    await expectHeading(page, INTRO_HEADING);
    const restoreFailed = 'We could not restore your earlier answers, so you are starting again.';
    await expect(page.getByRole('status').filter({ hasText: restoreFailed })).toHaveText(restoreFailed);
    // Saving and clearing run in an effect just after the page is drawn.
    await expect.poll(() => page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });
}

test('Start again clears every answer after a confirmation', async ({ page }) => {
  await answerFirstTwoPages(page);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'No, keep my answers' }).click();
  await expectHeading(page, HEADINGS['ankle-feel']);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expectHeading(page, INTRO_HEADING);
  // Saving and clearing run in an effect just after the page is drawn.
  await expect.poll(() => page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await page.getByRole('link', { name: /start now/i }).click();
  await expect(page.getByRole('radio', { name: 'My ankles', exact: true })).not.toBeChecked();
});

test('a full run requests nothing from other origins, sets no cookie, logs no error and breaks no CSP rule', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await goToSummary(page, journey(STEADY_AND_LOW_RISK), { axe: false });
  await expectHeading(page, SUMMARY_HEADING);

  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('the server sends the security headers', async ({ request }) => {
  // The e2e server is the same Vite preview server, with the same configuration, that `npm start` runs.
  const response = await request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("base-uri 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['set-cookie']).toBeUndefined();
});
