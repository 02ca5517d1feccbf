import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** The summary's second, sending button, below the preview that "Send my summary to …" opens. */
export function sendNowButton(frame: Frame): Locator {
  return frame.getByRole('button', { name: 'Send now', exact: true });
}

declare global {
  interface Window {
    __clicksHeard?: number;
  }
}

/**
 * Chromium quietly drops clicks on a cross-origin frame that has moved or resized in the last half
 * second or so, when that frame tracks its visibility (Intersection Observer v2, as the app does
 * while "Send now" is shown): a defence against pages that move a frame under the pointer. A test
 * that has just scrolled the page, or made the frame grow, waits until the frame takes clicks
 * again: it clicks just left of `beside`, a spot where nothing reacts, until the frame's document
 * hears one. (A person, slower than a test, does not notice.)
 */
export async function untilTheFrameTakesClicks(page: Page, frame: Frame, beside: Locator): Promise<void> {
  const heard = await frame.evaluate(() => {
    if (window.__clicksHeard === undefined) {
      window.__clicksHeard = 0;
      document.addEventListener('click', () => (window.__clicksHeard = (window.__clicksHeard ?? 0) + 1), true);
    }
    return window.__clicksHeard;
  });
  const box = await beside.boundingBox();
  if (!box) throw new Error('untilTheFrameTakesClicks: the element beside which to click has no box');
  await expect
    .poll(
      async () => {
        await page.mouse.click(box.x - 4, box.y + box.height / 2);
        return frame.evaluate(() => window.__clicksHeard ?? 0);
      },
      { message: 'the frame should take clicks again once it has stopped moving' },
    )
    .toBeGreaterThan(heard);
}

/**
 * Presses "Send now" as a person would once it is on screen: scrolls it into view, waits for the
 * browser's visibility report on it (mirrored as data-visibility) and for the frame to take clicks.
 */
export async function pressSendNow(page: Page, frame: Frame): Promise<void> {
  const sendNow = sendNowButton(frame);
  await sendNow.scrollIntoViewIfNeeded();
  await expect(sendNow).toHaveAttribute('data-visibility', 'visible');
  await untilTheFrameTakesClicks(page, frame, sendNow);
  await sendNow.click();
}
