import { expect, test } from '@playwright/test';
import { answerPage, choiceGroup, expectHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { answerValue, changeLink } from './support/check-answers';
import { CHECK_ANSWERS_HEADING, HEADINGS, SUMMARY_HEADING } from './support/journeys';
import { STEADY_AND_LOW_RISK } from './support/people';
import { seedSession } from './support/seeded-summary';
import { answersOf, storedPage } from './support/stored-answers';
import { expectPoints, expectSummaryLayout, pointOnSummary, SUMMARY_SECTIONS, summarySection } from './support/summary';

test('a Change link leads back to check-answers after Continue, showing the new answer', async ({ page }) => {
  // Check-answers opened from answers saved in the tab, as after a reload (the journeys walk there).
  await seedSession(page, answersOf(STEADY_AND_LOW_RISK), 'en', 'check-answers');
  await page.goto('/');
  await expectHeading(page, CHECK_ANSWERS_HEADING);
  await expect(answerValue(page, 'Age')).toHaveText('18 to 40');
  await expect(answerValue(page, 'Technique')).toHaveText('Traditional liposuction');

  // A simple change: straight back to check-answers.
  await changeLink(page, 'Age').click();
  await expectHeading(page, HEADINGS.age);
  await expect(choiceGroup(page, HEADINGS.age).getByRole('radio', { name: '18 to 40', exact: true })).toBeChecked();
  await answerPage(page, { 'How old are you?': '41 to 60' }, CHECK_ANSWERS_HEADING, { axe: false });
  await expect(answerValue(page, 'Age')).toHaveText('41 to 60');

  // A change that opens a follow-up: that page is asked, then back to check-answers.
  await changeLink(page, 'Technique').click();
  await expectHeading(page, HEADINGS.technique);
  await answerPage(
    page,
    { 'Which kind of liposuction are you considering?': 'Laser liposuction' },
    HEADINGS['technique-appeal'],
    {
      axe: false,
    },
  );
  await answerPage(
    page,
    { 'What draws you to this method?': ['A quicker recovery', 'Tighter skin afterwards'] },
    CHECK_ANSWERS_HEADING,
    {
      axe: false,
    },
  );
  await expect(answerValue(page, 'Technique')).toHaveText('Laser liposuction');
  await expect(answerValue(page, 'What draws you to it').getByRole('listitem')).toHaveText([
    'Tighter skin afterwards',
    'A quicker recovery',
  ]);

  // Back from a Change page, without continuing, leaves the answer as it was.
  await changeLink(page, 'Nicotine').click();
  await expectHeading(page, HEADINGS.nicotine);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(page, CHECK_ANSWERS_HEADING);
  await expect(answerValue(page, 'Nicotine')).toHaveText('No');
  await expectNoAxeViolations(page, 'check your answers after changes');

  await page.getByRole('button', { name: 'See my list of points' }).click();
  await expectHeading(page, SUMMARY_HEADING);
  // The summary is made from the changed answers: the new age and the laser, with what draws them to it.
  await expectSummaryLayout(page, {
    ...answersOf(STEADY_AND_LOW_RISK),
    age: storedPage('age', { 'How old are you?': '41 to 60' }),
    technique: storedPage('technique', { 'Which kind of liposuction are you considering?': 'Laser liposuction' }),
    'technique-appeal': storedPage('technique-appeal', {
      'What draws you to this method?': ['A quicker recovery', 'Tighter skin afterwards'],
    }),
  });
  const mostImportant = summarySection(page, SUMMARY_SECTIONS.mostImportant);
  await expectPoints(page, ['clot-risk-factors', 'ask-laser-evidence', 'device-claims'], mostImportant);
  await expect(pointOnSummary(page, 'clot-risk-factors').locator('.point__said')).toContainText('41 to 60');
  await expect(pointOnSummary(page, 'device-claims').locator('.point__said')).toContainText(
    'Tighter skin afterwards; A quicker recovery',
  );
});
