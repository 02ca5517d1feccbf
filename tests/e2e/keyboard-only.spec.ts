import { expect, test } from '@playwright/test';
import { choiceGroup } from './support/answer-page';
import { CHECK_ANSWERS_HEADING, HEADINGS, INTRO_HEADING, journey, SUMMARY_HEADING } from './support/journeys';
import {
  answerByKeyboard,
  expectFocusOnHeading,
  followLink,
  pressButton,
  tabTo,
  tickCheckbox,
  typeInto,
} from './support/keyboard';
import { ANKLES_DIABETES_NO_SURGEON } from './support/people';
import { answersOf } from './support/stored-answers';
import { expectNoPoints, expectPoints, expectSummaryLayout, summarySection, SUMMARY_SECTIONS } from './support/summary';

test('the whole questionnaire works with the keyboard alone, and focus starts each page at its heading', async ({
  page,
}) => {
  // Some 30 pages, a Tab at a time, then the summary's boxes: on a 2-core machine also running the
  // unit tests, the walk took over the 2 minutes every test has (it had reached the summary). A
  // ceiling, not a claim about speed: three times the usual.
  test.slow();
  const visits = journey(ANKLES_DIABETES_NO_SURGEON);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(INTRO_HEADING);
  await followLink(page, 'Start now');
  await expectFocusOnHeading(page, HEADINGS.area);

  for (const [index, visit] of visits.entries()) {
    await answerByKeyboard(page, visit.answers);
    await pressButton(page, 'Continue');
    const next = visits[index + 1]?.heading ?? CHECK_ANSWERS_HEADING;
    await expectFocusOnHeading(page, next);

    if (visit.step === 'area') {
      // Back, by keyboard: Shift+Tab from the heading reaches the Back link; Enter follows it.
      const back = page.getByRole('button', { name: 'Back', exact: true });
      await page.keyboard.press('Shift+Tab');
      await expect(back).toBeFocused();
      await page.keyboard.press('Enter');
      await expectFocusOnHeading(page, HEADINGS.area);
      const area = choiceGroup(page, 'Which area would you like to change?');
      await expect(area.getByRole('radio', { name: 'Both my calves and my ankles', exact: true })).toBeChecked();
      await pressButton(page, 'Continue');
      await expectFocusOnHeading(page, next);
    }
  }

  await pressButton(page, 'See my list of points');
  await expectFocusOnHeading(page, SUMMARY_HEADING);

  // "Back to your answers" by keyboard, and forward again.
  await tabTo(page, page.getByRole('button', { name: 'Back to your answers' }), 'backward');
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, CHECK_ANSWERS_HEADING);
  await pressButton(page, 'See my list of points');
  await expectFocusOnHeading(page, SUMMARY_HEADING);

  await expectSummaryLayout(page, answersOf(ANKLES_DIABETES_NO_SURGEON));
  await expectPoints(
    page,
    ['diabetes-control-check', 'ankle-size-changes', 'clot-risk-factors', 'tell-diabetes', 'ask-which-technique'],
    summarySection(page, SUMMARY_SECTIONS.mostImportant),
  );
  await expectPoints(
    page,
    ['ask-calf-muscle-options', 'ankle-bone-and-tendon'],
    summarySection(page, SUMMARY_SECTIONS.more),
  );
  await expectPoints(page, ['check-certification-before-booking'], summarySection(page, SUMMARY_SECTIONS.questions));
  await expectNoPoints(page, ['ask-laser-evidence', 'ask-which-board', 'ask-office-facility', 'calf-muscle-or-fat']);

  // The summary's own controls work by keyboard too: Enter opens the disclosure for the
  // printout's details, the boxes take typing, and Space ticks a print choice.
  const disclosure = page.locator('summary', { hasText: 'Add your name and appointment to the printout' });
  await tabTo(page, disclosure);
  await page.keyboard.press('Enter');
  await expect(page.locator('details', { has: disclosure })).toHaveAttribute('open');
  await typeInto(page, 'Name', 'Ana Keyboard');
  await tickCheckbox(page, 'What to print', 'Include my answers about how I feel about my legs');
  await expect(page.locator('dl.about-me')).toContainText('How I feel about my legs');
});
