import { expect, test, type Page } from '@playwright/test';
import { expectHeading, fillPage, pageHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { expectBefore } from './support/dom-order';
import { CHECK_ANSWERS_HEADING, HEADINGS, journey, SUMMARY_HEADING } from './support/journeys';
import {
  ALWAYS_ON_POINTS,
  expectNoPoints,
  expectPoints,
  pointIdsOnSummary,
  pointText,
  SUMMARY_SECTIONS,
  summarySection,
  urgentNotice,
} from './support/summary';
import { confirmAnswers, goToSummary, startQuestionnaire, walkJourney } from './support/walk';
import {
  LASER_WITH_EARLIER_CLOT,
  LIPEDEMA_SIGNS,
  ONE_SWOLLEN_PAINFUL_LEG,
  STEADY_AND_LOW_RISK,
} from './support/people';

test.describe.configure({ mode: 'parallel' });

// The journeys below run axe on each of the ~28 pages on the way: most of their time is axe's, and
// on a loaded 2-core machine they took 50-60 s, at the edge of the 60 s default. test.slow() gives
// these known-long journeys three times that; every other test keeps the default.
test.describe('people going all the way to their list of points (axe on every page)', () => {
  test('someone considering laser (SmartLipo) who once had a blood clot', async ({ page }) => {
    test.slow();
    await goToSummary(page, journey(LASER_WITH_EARLIER_CLOT));

    await expectPoints(
      page,
      ['ask-laser-evidence', 'ask-laser-burns', 'ask-laser-price', 'ask-clot-prevention-plan'],
      summarySection(page, SUMMARY_SECTIONS.askSurgeon),
    );
    await expectPoints(page, ['tell-previous-clot'], summarySection(page, SUMMARY_SECTIONS.tellSurgeon));
    await expectPoints(page, ['less-pain-with-laser'], summarySection(page, SUMMARY_SECTIONS.beforeYouDecide));
    await expectNoPoints(page, [
      'lipedema-check',
      'ask-energy-device-evidence',
      'urgent-leg-clot-signs',
      'urgent-breathless-chest-pain',
      'tell-family-clot',
    ]);
    await expect(urgentNotice(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: SUMMARY_SECTIONS.urgent })).toHaveCount(0);
  });

  test('someone whose legs show signs of lipedema', async ({ page }) => {
    test.slow();
    await goToSummary(page, journey(LIPEDEMA_SIGNS));

    const doctorFirst = summarySection(page, SUMMARY_SECTIONS.doctorFirst);
    await expect(doctorFirst.getByRole('heading', { level: 2 })).toHaveText(SUMMARY_SECTIONS.doctorFirst);
    await expectPoints(page, ['lipedema-check'], doctorFirst);
    await expectNoPoints(page, ['ask-laser-evidence', 'ask-laser-burns', 'ask-laser-price', 'lymphedema-check']);
    // "Talk to a doctor first" comes before the questions for the surgeon.
    await expectBefore(
      doctorFirst,
      summarySection(page, SUMMARY_SECTIONS.askSurgeon),
      'doctor-first section before ask-surgeon',
    );
  });

  test('someone with a steady weight and no risk factors gets only the points everyone gets', async ({ page }) => {
    test.slow();
    await goToSummary(page, journey(STEADY_AND_LOW_RISK));

    expect((await pointIdsOnSummary(page)).toSorted()).toEqual([...ALWAYS_ON_POINTS].toSorted());
    await expect(page.getByRole('heading', { name: SUMMARY_SECTIONS.doctorFirst })).toHaveCount(0);
    await expect(summarySection(page, SUMMARY_SECTIONS.doctorFirst)).toHaveCount(0);
    await expect(urgentNotice(page)).toHaveCount(0);
    await expectPoints(
      page,
      [
        'ask-board-certification',
        'ask-hospital-privileges',
        'ask-lower-leg-experience',
        'ask-facility-accreditation',
        'ask-anesthesia',
        'ask-complications-and-costs',
        'ask-lymph-protection',
      ],
      summarySection(page, SUMMARY_SECTIONS.askSurgeon),
    );
    const brief = summarySection(page, 'Your answers, in brief');
    await expect(brief).toContainText('5 ft 6 in, 140 lb; BMI 22.6');
  });

  test('someone with urgent symptoms sees the urgent notice at once, on every later page and first on the summary', async ({
    page,
  }) => {
    test.slow();
    const visits = journey(ONE_SWOLLEN_PAINFUL_LEG);
    const symptomsAt = visits.findIndex((visit) => visit.step === 'urgent-symptoms');
    await startQuestionnaire(page);
    await walkJourney(page, visits, { stopAt: 'urgent-symptoms' });

    // On the symptoms page: nothing until the box is ticked, then the notice straight away.
    await expectHeading(page, HEADINGS['urgent-symptoms']);
    await expect(urgentNotice(page)).toHaveCount(0);
    await fillPage(page, visits[symptomsAt]?.answers ?? {});
    await expect(page.getByRole('alert')).toContainText(SUMMARY_SECTIONS.urgent);
    await expect(urgentNotice(page)).toContainText(pointText('urgent-leg-clot-signs'));
    await expect(urgentNotice(page)).not.toContainText(pointText('urgent-breathless-chest-pain'));
    await expectNoAxeViolations(page, 'the symptoms page with the urgent notice');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // Every later question page shows it above its heading.
    await walkJourney(page, visits.slice(symptomsAt + 1), {
      check: async (current) => expectUrgentNoticeFirst(current),
    });

    await confirmAnswers(page);
    await expectHeading(page, SUMMARY_HEADING);
    const notice = urgentNotice(page);
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(pointText('urgent-leg-clot-signs'));
    await expect(page.getByRole('main').getByRole('region').first()).toHaveAccessibleName(SUMMARY_SECTIONS.urgent);
    await expectBefore(notice, page.locator('li.point').first(), 'urgent notice before the first point');
    await expectBefore(
      notice,
      summarySection(page, SUMMARY_SECTIONS.askSurgeon),
      'urgent notice before the other sections',
    );
    await expectNoPoints(page, ['urgent-breathless-chest-pain']);
  });

  // The app says urgent answers "stay visible at the top of every later page"; check-answers
  // is such a page, but it renders no urgent notice (see the report).
  test('the urgent notice stays on check your answers', async ({ page }) => {
    await startQuestionnaire(page, { axe: false });
    await walkJourney(page, journey(ONE_SWOLLEN_PAINFUL_LEG), { axe: false });
    await expectHeading(page, CHECK_ANSWERS_HEADING);
    await expect(urgentNotice(page)).toBeVisible();
    await expect(urgentNotice(page)).toContainText(pointText('urgent-leg-clot-signs'));
  });
});

/** The urgent notice is shown, and placed above the page's heading. */
async function expectUrgentNoticeFirst(page: Page): Promise<void> {
  const notice = urgentNotice(page);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(pointText('urgent-leg-clot-signs'));
  await expectBefore(notice, pageHeading(page), 'urgent notice above the heading');
}
