import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { SUMMARY_HEADING } from '../support/journeys';
import { STEADY_AND_LOW_RISK } from '../support/people';
import { WORDS, seedSession } from '../support/seeded-summary';
import { answersOf } from '../support/stored-answers';
import { embeddedFrame, frameAsPage, hostUrl } from './support/embed-host';

// Inside the snippet's sandboxed frame, a download needs `allow-downloads`: without it Chromium
// drops the file silently and the button seems to do nothing.
test('"Save my answers to a file" saves the file from inside a clinic\'s frame', async ({ page }) => {
  await seedSession(page, answersOf(STEADY_AND_LOW_RISK), 'en');
  await page.goto(hostUrl('share.html'));
  const { frame } = await embeddedFrame(page);
  await expectHeading(frameAsPage(frame), SUMMARY_HEADING);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: WORDS.en.ui.savedFile.saveButton }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^liposuction-prep-answers-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as { resourceType: string };
  expect(saved.resourceType).toBe('QuestionnaireResponse');
});
