import { expect, test } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { expectNoAxeViolations } from '../support/axe';
import { HEADINGS, INTRO_HEADING, SUMMARY_HEADING } from '../support/journeys';
import { LASER_WITH_EARLIER_CLOT } from '../support/people';
import { seedSession } from '../support/seeded-summary';
import { answersOf } from '../support/stored-answers';
import { embeddedFrame, frameAsPage, hostUrl } from './support/embed-host';
import { pressSendNow } from './support/share';

// The test clinic pages are plain, accessible pages: a violation found here is the app's (or the snippet's).
test.describe.configure({ mode: 'parallel' });

test('axe finds no violation on a clinic page with the embed, frame included: the start page and an error summary', async ({
  page,
}) => {
  await page.goto(hostUrl('share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await expect(iframe).toHaveAttribute('title', 'Liposuction consultation questionnaire');
  await expectNoAxeViolations(page, 'the clinic page with the start page in the frame');

  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(frame.getByText('There is a problem')).toBeVisible();
  await expectNoAxeViolations(page, 'the clinic page with an error summary in the frame');
});

test('axe finds no violation on a clinic page with the summary in the frame, its preview and once sent', async ({
  page,
}) => {
  // The summary opened from answers saved in the frame, as after a reload: every page on the way
  // is checked with axe by the journeys.
  await seedSession(page, answersOf(LASER_WITH_EARLIER_CLOT), 'en');
  await page.goto(hostUrl('share.html'));
  const { frame } = await embeddedFrame(page);
  await expectHeading(frameAsPage(frame), SUMMARY_HEADING);
  await expectNoAxeViolations(page, 'the clinic page with the summary in the frame');
  await frame.getByRole('button', { name: 'Send my summary to Riverside Plastic Surgery' }).click();
  await expect(
    frame.getByRole('heading', { name: 'Check what will be sent to Riverside Plastic Surgery' }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'the clinic page with the preview of what would be sent, in the frame');
  await pressSendNow(page, frame);
  await expect(frame.getByText('Your list and answers were sent to Riverside Plastic Surgery.')).toBeVisible();
  await expectNoAxeViolations(page, 'the clinic page with the shared summary in the frame');
});

test('axe finds no violation with a darkened light accent, or in a plain sandboxed iframe', async ({ page }) => {
  await page.goto(hostUrl('light-accent.html'));
  await expectHeading(frameAsPage((await embeddedFrame(page)).frame), INTRO_HEADING);
  await expectNoAxeViolations(page, 'the clinic page with a light accent');

  await page.goto(hostUrl('plain-iframe.html'));
  await expectHeading(frameAsPage((await embeddedFrame(page, 'iframe#questionnaire')).frame), INTRO_HEADING);
  await expectNoAxeViolations(page, 'the clinic page with a plain iframe');
});
