import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { INTRO_HEADING } from '../support/journeys';
import { embeddedFrame, frameAsPage, hostUrl } from './support/embed-host';

/** Turns the mouse wheel over the frame, as a patient scrolling it would; returns how far the frame scrolled. */
async function wheelOver(page: Page, iframe: Locator, frame: Frame): Promise<number> {
  const box = await iframe.boundingBox();
  if (!box) throw new Error('the iframe has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 500);
  // Scrolling follows the wheel event asynchronously: wait for it (the expect timeout), and let the
  // caller's assertion report the distance if it never comes.
  await expect
    .poll(() => frame.evaluate(() => window.scrollY))
    .toBeGreaterThan(0)
    .catch(() => undefined);
  return frame.evaluate(() => window.scrollY);
}

async function openPlainFrame(page: Page, file: string) {
  await page.goto(hostUrl(file));
  const { iframe, frame } = await embeddedFrame(page, 'iframe#questionnaire');
  await expectHeading(frameAsPage(frame), INTRO_HEADING);
  const overflow = await frame.evaluate(
    () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
  );
  expect(overflow, 'the start page is taller than the fixed-height frame').toBeGreaterThan(50);
  return { iframe, frame };
}

test.describe.configure({ mode: 'parallel' });

test('a plain iframe (no snippet, no host) scrolls inside its fixed height', async ({ page }) => {
  const { iframe, frame } = await openPlainFrame(page, 'plain-iframe.html');
  expect(await wheelOver(page, iframe, frame)).toBeGreaterThan(0);
});

// A plain iframe whose address carries `host` (a clinic trying to enable sharing without the
// snippet) keeps its fixed height: the app must not switch off its own scrolling there. (The
// snippet's own iframe scrolls inside too; it is as tall as the window, frame-height.spec.ts.)
test('a plain iframe whose address names a host still scrolls inside its fixed height', async ({ page }) => {
  const { iframe, frame } = await openPlainFrame(page, 'plain-iframe-with-host.html');
  expect(await wheelOver(page, iframe, frame)).toBeGreaterThan(0);
});
