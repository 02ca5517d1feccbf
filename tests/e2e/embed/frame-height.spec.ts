import { expect, test } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { CHECK_ANSWERS_HEADING, HEADINGS, INTRO_HEADING, journey, SUMMARY_HEADING } from '../support/journeys';
import { EVERY_PAGE, STEADY_AND_LOW_RISK } from '../support/people';
import { confirmAnswers, walkJourney } from '../support/walk';
import { embeddedFrame, expectFrameFitsContent, frameAsPage, hostUrl } from './support/embed-host';

test('the iframe is exactly as tall as the app on every page of a full run, and never scrolls itself', async ({ page }) => {
  await page.goto(hostUrl('no-share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  const heights: Record<string, number> = {};

  await expectHeading(app, INTRO_HEADING);
  heights.intro = (await expectFrameFitsContent(iframe, frame, 'the start page')).iframe;
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  heights.area = (await expectFrameFitsContent(iframe, frame, 'the first question')).iframe;

  // Continue with nothing chosen: the error summary and the field errors make the page taller.
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(frame.getByText('There is a problem')).toBeVisible();
  heights.areaWithErrors = (await expectFrameFitsContent(iframe, frame, 'the first question with the error summary')).iframe;
  expect(heights.areaWithErrors, 'the frame grew for the error summary').toBeGreaterThan(heights.area + 40);

  // Every question page, once filled in (conditional parts shown), just before Continue.
  await walkJourney(app, journey(EVERY_PAGE), {
    axe: false,
    check: async (_frame, visit) => {
      await expectFrameFitsContent(iframe, frame, `the page "${visit.heading}"`);
    },
  });

  await confirmAnswers(app, {
    axe: false,
    check: async (_frame, visit) => {
      heights[visit.heading] = (await expectFrameFitsContent(iframe, frame, `the page "${visit.heading}"`)).iframe;
    },
  });
  const summaryHeight = heights[SUMMARY_HEADING] ?? 0;
  expect(summaryHeight, 'the summary is long, much taller than the window').toBeGreaterThan(3 * (page.viewportSize()?.height ?? 720));
  expect(summaryHeight).toBeGreaterThan(heights[CHECK_ANSWERS_HEADING] ?? 0);

  // No blank space below the summary: the frame's footer ends at the frame's bottom edge.
  const footerGap = await frame.evaluate(() => {
    const footer = document.querySelector('footer');
    return document.documentElement.clientHeight - (footer?.getBoundingClientRect().bottom ?? 0);
  });
  expect(footerGap, 'blank space below the footer in the frame').toBeGreaterThanOrEqual(-1);
  expect(footerGap, 'blank space below the footer in the frame').toBeLessThanOrEqual(2);
  // The host page scrolls to the end of the frame and on to its own content below it.
  await page.locator('#after-frame').scrollIntoViewIfNeeded();
  await expect(page.locator('#after-frame')).toBeInViewport();

  // A narrower window: the text wraps, the summary grows, and the frame follows.
  await page.setViewportSize({ width: 375, height: 720 });
  const narrow = await expectFrameFitsContent(iframe, frame, 'the summary in a narrow window');
  expect(narrow.iframe).toBeGreaterThan(summaryHeight);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectFrameFitsContent(iframe, frame, 'the summary back in a wide window');

  // Back to a short page: the frame shrinks again instead of keeping the summary's height.
  await frame.getByRole('button', { name: 'Start again' }).last().click();
  await frame.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/./);
  const short = await expectFrameFitsContent(iframe, frame, 'the first page after starting again');
  expect(short.iframe, 'the frame shrank back').toBeLessThan(summaryHeight / 3);
  expect(short.iframe).toBeLessThanOrEqual(Math.max(heights.intro, heights.area) + 2);
});

test('on a new page, and on an error summary, the host page shows the top of the frame', async ({ page }) => {
  await page.goto(hostUrl('no-share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  const visits = journey(STEADY_AND_LOW_RISK);
  await walkJourney(app, visits, { axe: false, stopAt: 'clot-risk' });

  // A long page, scrolled to its end: the frame's top is far above the host's window.
  const continueButton = frame.getByRole('button', { name: 'Continue', exact: true });
  await continueButton.scrollIntoViewIfNeeded();
  expect(await iframe.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(-200);
  // Continue with nothing ticked: the error summary at the top takes focus and comes into view.
  await continueButton.click();
  await expect(frame.locator('.error-summary')).toBeFocused();
  await expect(frame.locator('.error-summary')).toBeInViewport();

  await walkJourney(app, visits.slice(visits.findIndex((visit) => visit.step === 'clot-risk')), { axe: false });
  await expectHeading(app, CHECK_ANSWERS_HEADING);
  const confirm = frame.getByRole('button', { name: 'See my list of points' });
  await confirm.scrollIntoViewIfNeeded();
  expect(await iframe.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(-200);
  await confirm.click();
  await expectHeading(app, SUMMARY_HEADING);
  await expect(frame.getByRole('heading', { level: 1 })).toBeInViewport();
  expect(await iframe.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(-1);
});
