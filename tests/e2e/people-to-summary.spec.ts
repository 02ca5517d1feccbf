import { expect, test, type Page } from '@playwright/test';
import { expectHeading, fillPage, pageHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { expectBefore } from './support/dom-order';
import {
  CHECK_ANSWERS_HEADING,
  CONTINUE_PREPARING,
  GET_HELP_TODAY,
  HEADINGS,
  journey,
  SUMMARY_HEADING,
} from './support/journeys';
import { openSeededSummary, seedSession } from './support/seeded-summary';
import { answersOf } from './support/stored-answers';
import {
  checklistPoints,
  expectedLayout,
  expectNoPoints,
  expectPoints,
  expectSummaryLayout,
  NOTHING_PERSONAL,
  pointIdsOnSummary,
  pointOnSummary,
  pointText,
  SUMMARY_SECTIONS,
  summarySection,
  TIER_TITLES,
  urgentNotice,
} from './support/summary';
import { confirmAnswers, startQuestionnaire, walkJourney } from './support/walk';
import {
  LASER_WITH_EARLIER_CLOT,
  LIPEDEMA_SIGNS,
  ONE_SWOLLEN_PAINFUL_LEG,
  STEADY_AND_LOW_RISK,
} from './support/people';

test.describe.configure({ mode: 'parallel' });

/** The points a person with nothing to raise gets: the checklist alone, as the rules make it. */
const LOW_RISK_CHECKLIST = checklistPoints(answersOf(STEADY_AND_LOW_RISK));

// The person with an urgent symptom walks every page of their route, with axe on each (the 320 px
// walk through every follow-up page runs axe on each too); the others' lists are
// opened from their answers saved in the tab, as after a reload: the same pages, other ticks.
test.describe('people going all the way to their list of points', () => {
  test('someone considering laser (SmartLipo) who once had a blood clot', async ({ page }) => {
    await openSeededSummary(page, answersOf(LASER_WITH_EARLIER_CLOT), 'en');
    await expectSummaryLayout(page, answersOf(LASER_WITH_EARLIER_CLOT));

    // What the answers call for, read by a person: the clot and the laser's risks and evidence
    // among the first points, with the answers that put them there.
    const mostImportant = summarySection(page, SUMMARY_SECTIONS.mostImportant);
    await expectPoints(page, ['clot-risk-factors', 'ask-laser-burns', 'ask-laser-evidence'], mostImportant);
    await expect(pointOnSummary(page, 'clot-risk-factors').locator('.point__tier')).toHaveText(
      `${TIER_TITLES.safety}:`,
    );
    await expect(pointOnSummary(page, 'clot-risk-factors').locator('.point__said')).toContainText(
      'I have had a blood clot',
    );
    await expect(pointOnSummary(page, 'ask-laser-burns').locator('.point__said')).toContainText('Laser liposuction');
    await expectPoints(page, ['less-pain-with-laser'], mostImportant);
    await expectNoPoints(page, [
      'lipedema-check',
      'ask-energy-device-evidence',
      'urgent-leg-clot-signs',
      'urgent-breathless-chest-pain',
      // A clot of one's own is asked about in full: not the general question everyone gets.
      'ask-clot-risk-score',
    ]);
    await expect(urgentNotice(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: SUMMARY_SECTIONS.urgent })).toHaveCount(0);
  });

  test('someone whose legs show signs of lipedema', async ({ page }) => {
    await openSeededSummary(page, answersOf(LIPEDEMA_SIGNS), 'en');
    await expectSummaryLayout(page, answersOf(LIPEDEMA_SIGNS));

    const mostImportant = summarySection(page, SUMMARY_SECTIONS.mostImportant);
    await expect(mostImportant.getByRole('heading', { level: 2 })).toHaveText(SUMMARY_SECTIONS.mostImportant);
    // The look-alike condition comes first, marked for a doctor before anything else.
    expect((await pointIdsOnSummary(page, mostImportant))[0]).toBe('lipedema-check');
    await expect(pointOnSummary(page, 'lipedema-check').locator('.point__tier')).toHaveText(
      `${TIER_TITLES['doctor-first']}:`,
    );
    await expect(pointOnSummary(page, 'lipedema-check').locator('.point__said')).toContainText('My legs bruise easily');
    await expectNoPoints(page, ['ask-laser-evidence', 'ask-laser-burns', 'lymphedema-check', 'swelling-both-legs']);
    // "Most important for you" comes before the questions for the surgeon.
    await expectBefore(
      mostImportant,
      summarySection(page, SUMMARY_SECTIONS.questions),
      'most important points before the questions for the surgeon',
    );
  });

  test('someone with a steady weight and no risk factors gets only the checklist', async ({ page }) => {
    await openSeededSummary(page, answersOf(STEADY_AND_LOW_RISK), 'en');
    const answers = answersOf(STEADY_AND_LOW_RISK);
    await expectSummaryLayout(page, answers);

    // Nothing personal: the line that says so, and only the checklist after it.
    expect(expectedLayout(answers).mostImportant).toEqual([]);
    const mostImportant = summarySection(page, SUMMARY_SECTIONS.mostImportant);
    await expect(mostImportant.getByText(NOTHING_PERSONAL, { exact: true })).toBeVisible();
    await expect(mostImportant.locator('li.point')).toHaveCount(0);
    await expect(summarySection(page, SUMMARY_SECTIONS.more)).toHaveCount(0);
    await expect(urgentNotice(page)).toHaveCount(0);
    expect(await pointIdsOnSummary(page)).toEqual(LOW_RISK_CHECKLIST);
    // The questions everyone should ask, whatever the rules are tuned to.
    await expectPoints(
      page,
      ['ask-lower-leg-experience', 'ask-anesthesia', 'risks-to-ask-about', 'ask-complications-and-costs'],
      summarySection(page, SUMMARY_SECTIONS.questions),
    );
    await expectPoints(page, ['no-surgery-is-an-option'], summarySection(page, SUMMARY_SECTIONS.beforeYouDecide));
    // A surgeon already certified by the right board is asked to confirm it, not to find out.
    await expectPoints(page, ['confirm-board-certification'], summarySection(page, SUMMARY_SECTIONS.questions));
    await expectNoPoints(page, ['ask-which-board', 'check-certification-before-booking']);

    const aboutMe = summarySection(page, SUMMARY_SECTIONS.aboutMe);
    await expect(aboutMe.locator('.about-me__row', { hasText: 'Body mass index' })).toContainText('BMI 22.6');
  });

  test('someone with urgent symptoms sees the notice at once, is stopped on the get-help page, keeps a one-line reminder and gets the notice first on the summary', async ({
    page,
  }) => {
    const visits = journey(ONE_SWOLLEN_PAINFUL_LEG);
    const symptomsAt = visits.findIndex((visit) => visit.step === 'urgent-symptoms');
    await startQuestionnaire(page);
    await walkJourney(page, visits, { stopAt: 'urgent-symptoms' });

    // On the symptoms page: nothing until the box is ticked, then the notice straight away. The
    // leg alone calls for help today, and the heading says so.
    await expectHeading(page, HEADINGS['urgent-symptoms']);
    await expect(urgentNotice(page)).toHaveCount(0);
    await fillPage(page, visits[symptomsAt]?.answers ?? {});
    await expect(page.getByRole('alert')).toContainText(SUMMARY_SECTIONS.urgentToday);
    await expect(urgentNotice(page)).toContainText(pointText('urgent-leg-clot-signs'));
    await expect(urgentNotice(page)).not.toContainText(pointText('urgent-breathless-chest-pain'));
    await expectNoAxeViolations(page, 'the symptoms page with the urgent notice');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // Continue stops on the get-help page; from there, on to the next question.
    await expectHeading(page, GET_HELP_TODAY);
    await expect(page.getByRole('main')).toContainText(pointText('urgent-leg-clot-signs'));
    await expectNoAxeViolations(page, 'the get-help page');
    await page.getByRole('button', { name: CONTINUE_PREPARING }).click();

    // Every later question page shows one line above its heading, the notice folded into it.
    await walkJourney(page, visits.slice(symptomsAt + 1), {
      check: async (current) => expectUrgentReminderFirst(current),
    });

    await confirmAnswers(page);
    await expectHeading(page, SUMMARY_HEADING);
    const notice = urgentNotice(page);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(pointText('urgent-leg-clot-signs'));
    await expect(page.getByRole('main').getByRole('region').first()).toHaveAccessibleName(SUMMARY_SECTIONS.urgentToday);
    await expectBefore(notice, page.locator('li.point').first(), 'urgent notice before the first point');
    await expectBefore(
      notice,
      summarySection(page, SUMMARY_SECTIONS.mostImportant),
      'urgent notice before the other sections',
    );
    // The urgent point is in the notice only, not listed again among the points.
    await expect(page.getByText(pointText('urgent-leg-clot-signs'))).toHaveCount(1);
    await expect(pointOnSummary(page, 'urgent-leg-clot-signs')).toHaveCount(0);
    await expectNoPoints(page, ['urgent-breathless-chest-pain']);
    await expectSummaryLayout(page, answersOf(ONE_SWOLLEN_PAINFUL_LEG));
  });

  test('check your answers keeps the one-line reminder, which opens the notice', async ({ page }) => {
    await seedSession(page, answersOf(ONE_SWOLLEN_PAINFUL_LEG), 'en', 'check-answers');
    await page.goto('/');
    await expectHeading(page, CHECK_ANSWERS_HEADING);
    await expectUrgentReminderFirst(page);
    await urgentReminder(page).click();
    await expect(urgentNotice(page)).toBeVisible();
    await expect(urgentNotice(page)).toContainText(pointText('urgent-leg-clot-signs'));
  });
});

/** The one line that later pages show for an urgent answer. */
function urgentReminder(page: Page) {
  // The disclosure's own line; the "!" before it is a picture, hidden from screen readers.
  return page.locator('summary', { hasText: `${SUMMARY_SECTIONS.urgentToday}: see what to do` });
}

/**
 * The reminder is shown above the page's heading, one line high (it must not push the question
 * down much), with the notice folded into it until it is opened.
 */
async function expectUrgentReminderFirst(page: Page): Promise<void> {
  const reminder = urgentReminder(page);
  await expect(reminder).toBeVisible();
  await expect(urgentNotice(page)).toHaveCount(0);
  await expectBefore(reminder, pageHeading(page), 'urgent reminder above the heading');
  const box = await reminder.boundingBox();
  expect(box?.height ?? 0, 'the reminder is about one line high').toBeLessThanOrEqual(60);
}
