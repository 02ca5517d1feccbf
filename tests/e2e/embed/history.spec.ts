import { expect, test, type Page } from '@playwright/test';
import { answerPage, expectHeading } from '../support/answer-page';
import { CALM_ANSWERS, HEADINGS, INTRO_HEADING } from '../support/journeys';
import { embeddedFrame, frameAsPage, hostUrl } from './support/embed-host';

/** The clinic page with the snippet, two question pages into the questionnaire. */
async function onSecondQuestion(page: Page) {
  await page.goto(hostUrl('no-share.html'));
  const { frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  await answerPage(app, CALM_ANSWERS.area, HEADINGS.concerns, { axe: false });
  return { frame, app };
}

test.describe.configure({ mode: 'parallel' });

test('in the frame, the Back link goes back a page', async ({ page }) => {
  const { frame, app } = await onSecondQuestion(page);
  await frame.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(app, HEADINGS.area);
  await expect(frame.getByRole('radio', { name: 'My calves', exact: true })).toBeChecked();
});

// BUG (src/flow/use-browser-history.ts, goBack): inside the frame the Back link calls
// history.back(), which walks the tab's joint history. Once the clinic page adds an entry of its
// own (an anchor link, a tab, a single-page site changing its URL), that entry is the one "back"
// reaches; and from the sandboxed frame (no allow-top-navigation) Chromium refuses to traverse
// it, so the Back link does nothing at all, however often it is pressed.
test('in the frame, the Back link still goes back after the clinic page adds a history entry of its own', async ({
  page,
}) => {
  const { frame, app } = await onSecondQuestion(page);
  // The patient follows an in-page link on the clinic's page (below the questionnaire).
  await page.evaluate(() => {
    window.location.hash = '#after-frame';
  });
  await expect(page).toHaveURL(/#after-frame$/);

  await frame.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(app, HEADINGS.area);
});

// The tab's history is shared with the clinic's page, which can read history.length: if each
// page of the questionnaire added an entry, the count would tell a long route (diabetes, an
// energy device, a surgeon chosen) from a short one. In a frame each page replaces its entry.
test('in the frame, moving through pages adds nothing to the tab history the clinic page can count', async ({
  page,
}) => {
  const { frame, app } = await onSecondQuestion(page);
  const length = await page.evaluate(() => window.history.length);
  await answerPage(app, CALM_ANSWERS.concerns, HEADINGS['calf-feel'], { axe: false });
  await answerPage(app, CALM_ANSWERS['calf-feel'], HEADINGS['urgent-symptoms'], { axe: false });
  await frame.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(app, HEADINGS['calf-feel']);
  expect(await page.evaluate(() => window.history.length)).toBe(length);
  // The frame's address still names the page, so a reload of the frame reopens it.
  expect(new URL(frame.url()).hash).toBe('#/calf-feel');
});
