import { expect, test } from '@playwright/test';
import { choiceGroup, expectHeading } from './support/answer-page';
import { expectNoAxeViolations } from './support/axe';
import { answerValue } from './support/check-answers';
import { CHECK_ANSWERS_HEADING, HEADINGS, journey } from './support/journeys';
import { flattenText, occurrences, pdfText } from './support/pdf-text';
import { UNSURE_EVERYWHERE } from './support/people';
import { printToPdf } from './support/seeded-summary';
import { answersOf } from './support/stored-answers';
import { expectPoints, expectSummaryLayout, pointText, SUMMARY_SECTIONS, summarySection } from './support/summary';
import { confirmAnswers, startQuestionnaire, walkJourney } from './support/walk';

/** The check-answers rows of the seven pages that offer "I am not sure", by their short labels. */
const UNSURE_ROWS = [
  'How the fat on your legs behaves',
  'Swelling',
  'Vein signs',
  'Blood-clot risks',
  'Medicines and supplements',
  'Conditions',
  'Earlier treatment on your legs',
];

/** One point of its own for each page the person was unsure of. */
const UNSURE_POINTS = [
  'unsure-fat-pattern',
  'unsure-swelling',
  'unsure-veins',
  'unsure-clot-risk',
  'unsure-medicines',
  'unsure-conditions',
  'unsure-leg-history',
];

const OWN_WORDS = 'The skin above my ankles sags';

test('someone unsure on every list, preferring not to say, with something else in their own words', async ({
  page,
}, testInfo) => {
  test.slow();
  const visits = journey(UNSURE_EVERYWHERE);
  // axe runs on each page as filled in: the "I am not sure" ticks and the open box among them.
  await startQuestionnaire(page);
  await walkJourney(page, visits, { stopAt: 'concerns' });

  // The box opens under "Something else" only when it is ticked, and the keyboard reaches it.
  const concerns = choiceGroup(page, HEADINGS.concerns);
  const other = concerns.getByRole('checkbox', { name: 'Something else', exact: true });
  await expect(other).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('textbox', { name: 'What else? (optional)' })).toHaveCount(0);
  await other.focus();
  await page.keyboard.press('Space');
  await expect(other).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'What else? (optional)' })).toBeFocused();
  await page.keyboard.type('x');
  await other.click();
  await expect(page.getByRole('textbox', { name: 'What else? (optional)' })).toHaveCount(0);

  await walkJourney(page, visits.slice(visits.findIndex((visit) => visit.step === 'concerns')));
  await expectHeading(page, CHECK_ANSWERS_HEADING);

  // Check-answers says what they said: not sure, never a "None" they did not tick.
  for (const label of UNSURE_ROWS) await expect(answerValue(page, label), label).toHaveText('I am not sure');
  await expect(answerValue(page, 'Pregnancy')).toHaveText('I prefer not to say');
  await expect(answerValue(page, 'Something else')).toHaveText(OWN_WORDS);

  await confirmAnswers(page);
  await expectSummaryLayout(page, answersOf(UNSURE_EVERYWHERE));
  await expectPoints(page, UNSURE_POINTS);
  // The first points show the answer that put them there: the doubt itself.
  const said = summarySection(page, SUMMARY_SECTIONS.mostImportant).locator('.point__said');
  await expect(said).toHaveCount(5);
  for (const line of await said.all()) await expect(line).toContainText('I am not sure');
  // "Prefer not to say" asks nothing, and prints as said.
  await expect(page.getByText(pointText('pregnancy-later'))).toHaveCount(0);
  const aboutMe = page.locator('.about-me');
  await expect(aboutMe.locator('.about-me__row', { hasText: 'Pregnancy' })).toContainText('I prefer not to say');
  await expect(aboutMe.locator('.about-me__row', { hasText: 'What and where' })).toContainText(
    `Something else: ${OWN_WORDS}`,
  );
  // The one "None" is the one they ticked: no urgent symptoms.
  await expect(aboutMe.getByText('None of these')).toHaveCount(1);
  await expect(aboutMe.locator('.about-me__row', { hasText: 'Symptoms now' })).toContainText('None of these');

  // On paper too: every doubt is a question for a doctor.
  const text = pdfText(await printToPdf(page, testInfo, 'A4', 'unsure-everywhere'));
  for (const id of UNSURE_POINTS) expect(occurrences(text, pointText(id)), id).toBe(1);
  expect(text).toContain(flattenText(OWN_WORDS));
});

test('the "Something else" box states pass axe, open and with an error', async ({ page }) => {
  await startQuestionnaire(page, { axe: false });
  await walkJourney(page, journey(UNSURE_EVERYWHERE), { stopAt: 'concerns', axe: false });
  await choiceGroup(page, HEADINGS.concerns).getByRole('checkbox', { name: 'Something else', exact: true }).check();
  await page.getByRole('textbox', { name: 'What else? (optional)' }).fill('y'.repeat(101));
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('What else bothers you must be 100 characters or fewer');
  await expect(page.getByRole('textbox', { name: 'What else? (optional)' })).toHaveAccessibleDescription(
    /100 characters or fewer/,
  );
  await expectNoAxeViolations(page, 'the concerns page with a too-long "Something else"');
});
