import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { expectHeading, fillPage } from '../support/answer-page';
import { expectNoAxeViolations } from '../support/axe';
import {
  CHECK_ANSWERS_HEADING,
  CONTINUE_PREPARING,
  getHelpHeading,
  HEADINGS,
  INTRO_HEADING,
  journey,
  SUMMARY_HEADING,
} from '../support/journeys';
import { EVERY_PAGE, ONE_SWOLLEN_PAINFUL_LEG, STEADY_AND_LOW_RISK } from '../support/people';
import type { Person } from '../support/journeys';
import { confirmAnswers, walkJourney } from '../support/walk';
import { embeddedFrame, expectWindowHeightFrame, frameAsPage, frameHeight, hostUrl } from './support/embed-host';

// The snippet's frame is as tall as the clinic's window (100dvh, at least 480 px), whatever the
// questionnaire shows: a height that followed the content told the clinic's page which page was
// shown and what was ticked (decision 0012). The questionnaire scrolls inside the frame.

/** How far the frame's document can scroll: its content's height beyond the frame's. */
function overflowOf(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
}

/** Turns the mouse wheel over the frame until its document has scrolled to its end. */
async function wheelToEnd(page: Page, iframe: Locator, frame: Frame): Promise<void> {
  const box = await iframe.boundingBox();
  if (!box) throw new Error('the iframe has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2);
  await expect
    .poll(
      async () => {
        await page.mouse.wheel(0, 2000);
        return frame.evaluate(
          () => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1,
        );
      },
      { message: 'the frame scrolled to its end', intervals: [0, 50, 100, 200] },
    )
    .toBe(true);
}

test('the frame is as tall as the window on every page and with every answer; the content scrolls inside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(hostUrl('no-share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  const height = await expectWindowHeightFrame(page, iframe, 'the start page');
  expect(height).toBe(720);
  // Nothing asks the iframe not to scroll, and the frame's document shows its own scrollbar.
  expect(await iframe.getAttribute('scrolling')).toBeNull();
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');

  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  await expectWindowHeightFrame(page, iframe, 'the first question');
  // Continue with nothing chosen: the error summary makes the page taller, not the frame.
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(frame.getByText('There is a problem')).toBeVisible();
  await expectWindowHeightFrame(page, iframe, 'the first question with the error summary');

  // Every question page, filled in (follow-ups and urgent warnings shown), just before Continue.
  await walkJourney(app, journey(EVERY_PAGE), {
    axe: false,
    check: async (_frame, visit) => {
      await expectWindowHeightFrame(page, iframe, `the page "${visit.heading}"`);
    },
  });
  await confirmAnswers(app, {
    axe: false,
    check: async (_frame, visit) => {
      await expectWindowHeightFrame(page, iframe, `the page "${visit.heading}"`);
    },
  });

  // The summary is far longer than the frame; all of it is reachable by scrolling inside.
  expect(await overflowOf(frame), 'the summary scrolls inside the frame').toBeGreaterThan(2 * height);
  await wheelToEnd(page, iframe, frame);
  const footer = await frame.evaluate(() => {
    const rect = document.querySelector('footer')?.getBoundingClientRect();
    return { top: rect?.top ?? -1, bottom: rect?.bottom ?? -1, inner: window.innerHeight };
  });
  expect(footer.top, 'the footer is in the frame’s view').toBeGreaterThanOrEqual(0);
  expect(footer.bottom).toBeLessThanOrEqual(footer.inner + 1);
  await expectNoAxeViolations(page, 'the clinic page with the summary scrolled inside the frame');
  await expectWindowHeightFrame(page, iframe, 'the summary scrolled to its end');

  // The host's own content below the frame is still there to scroll to.
  await page.locator('#after-frame').scrollIntoViewIfNeeded();
  await expect(page.locator('#after-frame')).toBeInViewport();

  // Only the window's height moves the frame: a phone, and a window shorter than the minimum.
  await page.setViewportSize({ width: 375, height: 667 });
  await expect.poll(() => frameHeight(iframe)).toBe(667);
  await page.setViewportSize({ width: 1024, height: 400 });
  await expect.poll(() => frameHeight(iframe)).toBe(480);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(() => frameHeight(iframe)).toBe(720);

  // Starting again, back to a short page: the same height.
  await frame.getByRole('button', { name: 'Start again' }).last().click();
  await frame.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expectHeading(app, INTRO_HEADING);
  await expectWindowHeightFrame(page, iframe, 'the start page after starting again');
});

test('ticking an urgent symptom shows the warning inside the frame, and the frame keeps its height', async ({
  page,
}) => {
  await page.goto(hostUrl('no-share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  const visits = journey(ONE_SWOLLEN_PAINFUL_LEG);
  await walkJourney(app, visits, { axe: false, stopAt: 'urgent-symptoms' });
  const before = await expectWindowHeightFrame(page, iframe, 'the urgent symptoms page');
  const contentBefore = await frame.evaluate(() => document.documentElement.scrollHeight);

  const urgent = visits.find((visit) => visit.step === 'urgent-symptoms');
  if (!urgent) throw new Error('no urgent-symptoms page on this route');
  await fillPage(app, urgent.answers);
  await expect(frame.getByRole('alert')).toBeVisible();
  expect(await frame.evaluate(() => document.documentElement.scrollHeight), 'the page inside grew').toBeGreaterThan(
    contentBefore,
  );
  expect(await expectWindowHeightFrame(page, iframe, 'the urgent warning shown')).toBe(before);
});

test('a new page opens at its top inside the frame, with focus on its heading', async ({ page }) => {
  await page.goto(hostUrl('no-share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  const visits = journey(STEADY_AND_LOW_RISK);
  await walkJourney(app, visits, { axe: false, stopAt: 'clot-risk' });

  // A long page, scrolled inside the frame to its Continue button.
  const continueButton = frame.getByRole('button', { name: 'Continue', exact: true });
  await continueButton.scrollIntoViewIfNeeded();
  expect(await frame.evaluate(() => window.scrollY), 'the frame scrolled').toBeGreaterThan(100);
  // Continue with nothing ticked: the error summary at the top takes focus and comes into view.
  await continueButton.click();
  await expect(frame.locator('.error-summary')).toBeFocused();
  expect(
    await frame.evaluate(() => document.querySelector('.error-summary')?.getBoundingClientRect().top ?? -1),
  ).toBeGreaterThanOrEqual(0);

  // Answered: the next page starts at the top of the frame's document, its heading focused.
  const clotRisk = visits.findIndex((visit) => visit.step === 'clot-risk');
  const next = visits[clotRisk + 1];
  await fillPage(app, visits[clotRisk]?.answers ?? {});
  await continueButton.scrollIntoViewIfNeeded();
  expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await continueButton.click();
  await expectHeading(app, next?.heading ?? '');
  await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await frame.evaluate(() => window.scrollY), 'the new page starts at its top').toBe(0);

  await walkJourney(app, visits.slice(clotRisk + 1), { axe: false });
  await expectHeading(app, CHECK_ANSWERS_HEADING);
  await frame.getByRole('button', { name: 'See my list of points' }).scrollIntoViewIfNeeded();
  expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await frame.getByRole('button', { name: 'See my list of points' }).click();
  await expectHeading(app, SUMMARY_HEADING);
  await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await frame.evaluate(() => window.scrollY)).toBe(0);
  await expectWindowHeightFrame(page, iframe, 'the summary');
});

/** Lets both documents render twice, so a scroll the focus set off has reached the host page. */
async function settle(page: Page, frame: Frame): Promise<void> {
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await frame.evaluate(twoFrames);
  await page.evaluate(twoFrames);
}

/**
 * Presses Continue with the keyboard, the clinic's page scrolled to its top: focusing the button
 * without scrolling, so that any scroll of the clinic's page afterwards is the app's doing (a
 * click by the test would scroll the page to the button).
 */
async function continueByKeyboard(page: Page, frame: Frame, name = 'Continue'): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await frame.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    button?.focus({ preventScroll: true });
  }, name);
  await page.keyboard.press('Enter');
}

/** The focused element is inside the frame's own view (the frame scrolled itself to show it). */
function focusedInFrameView(frame: Frame) {
  return frame.evaluate(() => {
    const rect = document.activeElement?.getBoundingClientRect();
    return rect !== undefined && rect.top >= 0 && rect.bottom <= window.innerHeight;
  });
}

// Focusing the new page's heading (or an error summary) would make the browser scroll the
// clinic's page too, to show it, by an amount that follows what is above it in the frame: the
// urgent warning on every page after an urgent symptom is ticked, a heading that wraps. The
// clinic's page can read its own scroll position, so the app focuses without scrolling it.
for (const [who, person] of [
  ['an urgent symptom ticked', ONE_SWOLLEN_PAINFUL_LEG],
  ['no urgent symptom', STEADY_AND_LOW_RISK],
] as [string, Person][]) {
  test(`focus on each new page and on an error summary never scrolls the clinic's page (${who})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(hostUrl('no-share.html'));
    // Push the frame down the clinic's page, so that most of a new page starts below its fold.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '350px';
      document.querySelector('#questionnaire')?.before(spacer);
    });
    const { frame } = await embeddedFrame(page);
    const app = frameAsPage(frame);
    await expectHeading(app, INTRO_HEADING);
    await frame.getByRole('link', { name: 'Start now' }).click();

    const visits = journey(person);
    const last = visits.findIndex((visit) => visit.step === 'technique');
    for (const [index, visit] of visits.slice(0, last + 1).entries()) {
      await expectHeading(app, visit.heading);
      if (visit.step === 'fat-pattern') {
        // Continue with nothing ticked: the error summary takes focus, below any urgent warning.
        await continueByKeyboard(page, frame);
        await expect(frame.locator('.error-summary')).toBeFocused();
        await settle(page, frame);
        expect(await page.evaluate(() => window.scrollY), 'the error summary scrolled the clinic page').toBe(0);
        expect(await focusedInFrameView(frame)).toBe(true);
      }
      await fillPage(app, visit.answers);
      await continueByKeyboard(page, frame);
      const getHelp = getHelpHeading(visit);
      if (getHelp) {
        // The get-help page an urgent symptom leads to takes focus the same way, then goes on.
        await expectHeading(app, getHelp);
        await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
        await settle(page, frame);
        expect(await page.evaluate(() => window.scrollY), 'the get-help page scrolled the clinic page').toBe(0);
        expect(await focusedInFrameView(frame)).toBe(true);
        await continueByKeyboard(page, frame, CONTINUE_PREPARING);
      }
      await expectHeading(app, visits[index + 1]?.heading ?? '');
      await expect(frame.getByRole('heading', { level: 1 })).toBeFocused();
      await settle(page, frame);
      expect(await page.evaluate(() => window.scrollY), `the page after "${visit.step}" scrolled the clinic page`).toBe(
        0,
      );
      expect(await focusedInFrameView(frame)).toBe(true);
    }
    // Later pages keep a one-line reminder of the urgent notice.
    if (person.answers?.['urgent-symptoms']) await expect(frame.locator('.urgent-banner')).toBeVisible();
  });
}
