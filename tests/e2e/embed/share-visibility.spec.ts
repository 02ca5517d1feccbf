import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { SUMMARY_HEADING } from '../support/journeys';
import { STEADY_AND_LOW_RISK } from '../support/people';
import { seedSession } from '../support/seeded-summary';
import { answersOf } from '../support/stored-answers';
import {
  APP_ORIGIN,
  embeddedFrame,
  eventsOfType,
  flushAppMessages,
  frameAsPage,
  hostTraffic,
  hostUrl,
  receivedData,
  recordHostTraffic,
} from './support/embed-host';
import { pressSendNow, sendNowButton, untilTheFrameTakesClicks } from './support/share';

// Sending the summary to the clinic takes a press on "Send my summary to …", which only opens a
// preview, then a press on "Send now" below it, and is refused when the frame is hidden or the
// button covered (Intersection Observer v2, which Chromium has). The hostile pages are in
// tests/e2e/fixtures/host/clickjack-*.html.

const CLINIC = 'Riverside Plastic Surgery';
const OFFER = `Send my summary to ${CLINIC}`;
const PREVIEW = `Check what will be sent to ${CLINIC}`;
const SENT = `Your list and answers were sent to ${CLINIC}.`;
const REFUSED = 'Nothing was sent: the “Send now” button was hidden or covered when it was pressed.';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The clinic's page, with the summary open inside the snippet's frame: a session saved in the
 * frame, as after answering and a reload (the walk itself is the journeys' to test; these tests
 * are about the button).
 */
async function runToSummary(page: Page, file: string): Promise<Frame> {
  await recordHostTraffic(page);
  await seedSession(page, answersOf(STEADY_AND_LOW_RISK), 'en');
  await page.goto(hostUrl(file));
  const { frame } = await embeddedFrame(page);
  await expectHeading(frameAsPage(frame), SUMMARY_HEADING);
  return frame;
}

async function summariesReceived(page: Page, frame: Frame): Promise<{ events: unknown[]; messages: unknown[] }> {
  await flushAppMessages(page, frame, receivedData);
  const events = (await eventsOfType(page, 'summary')).map((event) => event.detail);
  const messages = (await hostTraffic(page)).messages
    .filter((message) => (message.data as { type?: string } | null)?.type === 'summary')
    .map((message) => message.data);
  return { events, messages };
}

/** An element's box in its frame's document (the snippet's frame never scrolls). */
function boxInFrame(locator: Locator): Promise<Box> {
  return locator.evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    return { left, top, width, height };
  });
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Presses "Send my summary to …" and checks the preview that opens, with nothing sent. Returns where the first button was. */
async function openPreview(page: Page, frame: Frame): Promise<Box> {
  const offer = frame.getByRole('button', { name: OFFER, exact: true });
  const offerBox = await boxInFrame(offer);
  await offer.click();
  await expect(frame.getByRole('heading', { level: 2, name: PREVIEW })).toBeFocused();
  await expect(offer).toHaveCount(0);
  expect(await summariesReceived(page, frame), 'the first button sends nothing').toEqual({ events: [], messages: [] });
  return offerBox;
}

test.describe.configure({ mode: 'parallel' });

test('a normal visible frame sends the summary once, after the preview and "Send now"', async ({ page }) => {
  const frame = await runToSummary(page, 'share.html');
  const offerBox = await openPreview(page, frame);

  // The preview lists what will go: every point of the summary, and the answers in brief.
  const preview = frame.getByRole('region', { name: PREVIEW });
  // This person has no urgent point, so every point sent is one of the summary's listed points.
  const pointCount = await frame.locator('li.point').count();
  expect(pointCount).toBeGreaterThan(0);
  await expect(preview.getByRole('heading', { level: 3 })).toHaveText([
    `Points on your list (${pointCount})`,
    'Your answers',
  ]);
  const listed = await preview.getByRole('listitem').allTextContents();
  expect(listed).toHaveLength(pointCount);
  await expect(preview.locator('.summary-list__row').filter({ hasText: 'Traditional liposuction' })).toHaveCount(1);

  // "Send now" is below the preview, nowhere near where the first button was.
  const sendNow = sendNowButton(frame);
  const sendBox = await boxInFrame(sendNow);
  expect(
    overlap(sendBox, offerBox),
    `"Send now" ${JSON.stringify(sendBox)} overlaps the first button ${JSON.stringify(offerBox)}`,
  ).toBe(false);
  expect(sendBox.top).toBeGreaterThan((await boxInFrame(preview.locator('dl'))).top);

  // Once the browser has seen the button, in full and uncovered, a press sends.
  await pressSendNow(page, frame);
  await expect(frame.getByRole('status').filter({ hasText: SENT })).toHaveText(SENT);
  await expect(frame.getByText(SENT)).toBeFocused();

  const { events, messages } = await summariesReceived(page, frame);
  expect(events, 'exactly one summary for one press').toHaveLength(1);
  expect(messages).toHaveLength(1);
  const summary = events[0] as { points: { point: string }[] };
  expect(
    summary.points.map((point) => point.point),
    'what was previewed is what was sent',
  ).toEqual(listed);
  const message = (await hostTraffic(page)).messages.find(
    (entry) => (entry.data as { type?: string } | null)?.type === 'summary',
  );
  expect(message).toMatchObject({ origin: APP_ORIGIN, fromEmbed: true });
});

test('keyboard only: Enter opens the preview at its heading, Tab reaches "Send now", Enter sends', async ({ page }) => {
  const frame = await runToSummary(page, 'share.html');
  await frame.getByRole('button', { name: OFFER, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { level: 2, name: PREVIEW })).toBeFocused();

  // Past the boxes that would add sensitive answers (one per topic answered), to "Send now".
  const boxes = await frame.getByRole('region', { name: PREVIEW }).getByRole('checkbox').count();
  for (let box = 0; box <= boxes; box += 1) await page.keyboard.press('Tab');
  const sendNow = sendNowButton(frame);
  await expect(sendNow).toBeFocused();
  // Focus brought the button into view; wait for the browser's visibility report on it.
  await expect(sendNow).toHaveAttribute('data-visibility', 'visible');
  await page.keyboard.press('Enter');
  await expect(frame.getByText(SENT)).toBeFocused();
  expect((await summariesReceived(page, frame)).events).toHaveLength(1);
});

test('Cancel sends nothing and returns to the first button', async ({ page }) => {
  const frame = await runToSummary(page, 'share.html');
  await openPreview(page, frame);
  const cancel = frame.getByRole('button', { name: 'Cancel', exact: true });
  await cancel.scrollIntoViewIfNeeded();
  await untilTheFrameTakesClicks(page, frame, sendNowButton(frame));
  await cancel.click();
  await expect(frame.getByRole('button', { name: OFFER, exact: true })).toBeFocused();
  await expect(frame.getByRole('region', { name: PREVIEW })).toHaveCount(0);
  expect(await summariesReceived(page, frame)).toEqual({ events: [], messages: [] });
});

for (const [attack, what] of [
  ['opacity', 'a frame at opacity 0.01'],
  ['clip-path', 'a frame clipped by clip-path, the button under a decoy'],
  ['overflow', 'a frame clipped by an overflow:hidden box, the button under a decoy'],
] as const) {
  test(`${what} does not send on a click`, async ({ page }) => {
    const frame = await runToSummary(page, `clickjack-${attack}.html`);
    await openPreview(page, frame);
    const sendNow = sendNowButton(frame);
    await sendNow.scrollIntoViewIfNeeded();
    await page.evaluate(
      (box) => (window as unknown as { aimAt: (target: Box) => void }).aimAt(box),
      await boxInFrame(sendNow),
    );
    await expect(page.locator('#decoy')).toBeVisible();

    // The browser reports the button wholly on screen but not visible: transparent or covered.
    await expect(sendNow).toHaveAttribute('data-visibility', 'covered');
    // The click goes through the decoy (or the near-transparent frame) to "Send now"…
    await untilTheFrameTakesClicks(page, frame, sendNow);
    await sendNow.click();
    // …which refuses, and says so.
    await expect(frame.getByRole('status').filter({ hasText: REFUSED })).toContainText(REFUSED);
    await expect(frame.getByText(SENT)).toHaveCount(0);
    expect(await summariesReceived(page, frame), 'the host received no summary').toEqual({ events: [], messages: [] });

    // Control: once the page stops hiding it, the same button sends.
    await page.evaluate(() => (window as unknown as { stopAttack: () => void }).stopAttack());
    await pressSendNow(page, frame);
    await expect(frame.getByText(SENT)).toBeVisible();
    expect((await summariesReceived(page, frame)).events).toHaveLength(1);
  });
}
