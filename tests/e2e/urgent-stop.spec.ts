import { writeFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allWordsEs } from '../support/all-words';
import { completeAnswers } from '../support/answers/complete-answers';
import { expectHeading, fillPage, pageHeading } from './support/answer-page';
import { answerShownPage, settledHeading } from './support/answer-by-value';
import { expectNoAxeViolations } from './support/axe';
import { expectBefore } from './support/dom-order';
import { embeddedFrame, frameAsPage, hostUrl } from './embed/support/embed-host';
import {
  CONTINUE_PREPARING,
  GET_HELP_NOW,
  GET_HELP_TODAY,
  HEADINGS,
  INTRO_HEADING,
  journey,
  type Person,
} from './support/journeys';
import { ONE_SWOLLEN_PAINFUL_LEG } from './support/people';
import { flattenText, pdfText } from './support/pdf-text';
import { pointText, urgentNotice } from './support/summary';
import { openSeededSummary } from './support/seeded-summary';
import { answersOf } from './support/stored-answers';
import { startQuestionnaire, walkJourney } from './support/walk';

// The page an urgent symptom stops on (issue 15): what to do, a link that dials the emergency
// number for the place, and a quieter way on; later pages keep one line; paper keeps the notice.

const SYMPTOMS = 'Do you have any of these right now?';
const LEG = 'One leg has newly swollen and is painful, warm or red';
const CHEST = 'Sudden shortness of breath or chest pain';
const CALL_NOW = 'Call 911 or your local emergency number now.';

/** Both urgent symptoms: the call-now instruction must come first. */
const BOTH_SYMPTOMS: Person = {
  answers: { 'urgent-symptoms': { [SYMPTOMS]: [LEG, CHEST] } },
  followUps: ONE_SWOLLEN_PAINFUL_LEG.followUps,
};

test.describe.configure({ mode: 'parallel' });

/** From the start page to the symptoms page, unanswered. */
async function reachSymptoms(page: Page, person: Person = BOTH_SYMPTOMS) {
  const visits = journey(person);
  await startQuestionnaire(page, { axe: false });
  await walkJourney(page, visits, { axe: false, stopAt: 'urgent-symptoms' });
  await expectHeading(page, HEADINGS['urgent-symptoms']);
  const at = visits.findIndex((visit) => visit.step === 'urgent-symptoms');
  return { visits, at };
}

/** Presses Tab until `target` has focus (at most `max` times), as someone using a keyboard alone. */
async function tabTo(page: Page, target: Locator, { back = false, max = 25 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('both symptoms: the stop page says to call 911 now first, dials it, and Back returns to the answers', async ({
  page,
}) => {
  const { visits, at } = await reachSymptoms(page);
  await fillPage(page, visits[at]?.answers ?? {});
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  await expectHeading(page, GET_HELP_NOW);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/get-help$/);
  await expect(page).toHaveTitle(new RegExp(`^${GET_HELP_NOW}`));
  const main = page.getByRole('main');
  // The instruction to call now comes before the leg's "today", and the call link right after it.
  const callNow = main.getByText(CALL_NOW, { exact: true });
  const call = main.getByRole('link', { name: 'Call 911' });
  await expectBefore(callNow, main.getByText(pointText('urgent-leg-clot-signs'), { exact: true }), 'call now first');
  await expectBefore(callNow, call, 'the call link after the call-now instruction');
  await expect(call).toHaveAttribute('href', 'tel:911');
  // Big enough to tap.
  const box = await call.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page, 'the get-help page');

  // The browser's Back returns to the symptoms, still ticked; Continue stops here again.
  await page.goBack();
  await expectHeading(page, HEADINGS['urgent-symptoms']);
  await expect(page.getByRole('checkbox', { name: CHEST })).toBeChecked();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectHeading(page, GET_HELP_NOW);
  await page.getByRole('button', { name: CONTINUE_PREPARING }).click();
  await expectHeading(page, visits[at + 1]?.heading ?? '');
});

test('by keyboard alone: tick, Continue, dial link, continue preparing, and open the reminder', async ({ page }) => {
  const { visits, at } = await reachSymptoms(page, ONE_SWOLLEN_PAINFUL_LEG);
  const leg = page.getByRole('checkbox', { name: LEG });
  await tabTo(page, leg);
  await page.keyboard.press('Space');
  await expect(leg).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await page.keyboard.press('Enter');

  // The leg alone: help today, and the heading agrees; calling is for if it gets worse.
  await expectHeading(page, GET_HELP_TODAY);
  await expect(pageHeading(page)).toBeFocused();
  await expect(page.getByRole('main')).toContainText(
    'If you become short of breath or have chest pain, call 911 or your local emergency number now.',
  );
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Call 911' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: CONTINUE_PREPARING }));
  await page.keyboard.press('Enter');

  const next = visits[at + 1]?.heading ?? '';
  await expectHeading(page, next);
  await expect(pageHeading(page)).toBeFocused();
  // The one line sits above the Back link and the heading; Enter opens the notice in place.
  const reminder = page.locator('summary', { hasText: `${GET_HELP_TODAY}: see what to do` });
  await tabTo(page, reminder, { back: true });
  await expect(urgentNotice(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(urgentNotice(page)).toBeVisible();
  await expect(urgentNotice(page)).toContainText(pointText('urgent-leg-clot-signs'));
  await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expectNoAxeViolations(page, 'a later page with the reminder open');
});

test.describe('the number of the place', () => {
  test.describe('a browser in Britain', () => {
    test.use({ locale: 'en-GB' });
    test('dials 999', async ({ page }) => {
      const { visits, at } = await reachSymptoms(page);
      await fillPage(page, visits[at]?.answers ?? {});
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expectHeading(page, GET_HELP_NOW);
      await expect(page.getByRole('main')).toContainText('Call 999 or your local emergency number now.');
      await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    });
  });

  test.describe('a browser with no region', () => {
    test.use({ locale: 'en' });
    test('says "your local emergency number" and offers no number to dial', async ({ page }) => {
      const { visits, at } = await reachSymptoms(page);
      await fillPage(page, visits[at]?.answers ?? {});
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await expectHeading(page, GET_HELP_NOW);
      await expect(page.getByRole('main')).toContainText('Call your local emergency number now.');
      await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
      await expectNoAxeViolations(page, 'the get-help page with no number');
    });
  });

  test.describe('in Spanish, a browser in Mexico', () => {
    test.use({ locale: 'es-MX' });
    test('the stop page in Spanish dials 911', async ({ page }) => {
      const es = allWordsEs;
      const answers = {
        ...completeAnswers,
        'urgent-symptoms': { symptoms: ['breathless-chest-pain'] },
      } as typeof completeAnswers;
      await page.goto('/?lang=es');
      await page.getByRole('link', { name: es.ui.intro.start }).click();
      for (;;) {
        const step = await answerShownPage(page, answers, es);
        await page.getByRole('button', { name: es.ui.form.continue, exact: true }).click();
        if (step === 'urgent-symptoms') break;
        await expect(pageHeading(page)).not.toHaveText(es.pages[step].title);
      }
      await expect(pageHeading(page)).toHaveText(es.ui.urgent.title);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('main')).toContainText('Llame ahora al 911 o al número de emergencias de su zona.');
      await expect(page.getByRole('link', { name: 'Llamar al 911' })).toHaveAttribute('href', 'tel:911');
      await expectNoAxeViolations(page, 'the Spanish get-help page');
      await page.getByRole('button', { name: es.ui.urgent.continue }).click();
      await expect(pageHeading(page)).not.toHaveText(es.ui.urgent.title);
      expect(await settledHeading(page, es)).not.toBe(es.ui.checkAnswers.title);
      await expect(page.locator('summary', { hasText: `${es.ui.urgent.title}: vea qué hacer` })).toBeVisible();
    });
  });
});

test("a clinic's emergency number and phone, set on the snippet, are on the stop page in the frame", async ({
  page,
}) => {
  await page.goto(hostUrl('emergency-number.html'));
  const { iframe, frame } = await embeddedFrame(page);
  expect(new URL((await iframe.getAttribute('src')) ?? '').searchParams.get('emergency')).toBe('112');
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  const visits = journey(BOTH_SYMPTOMS);
  await walkJourney(app, visits, { axe: false, stopAt: 'urgent-symptoms' });
  await fillPage(app, visits.find((visit) => visit.step === 'urgent-symptoms')?.answers ?? {});
  await frame.getByRole('button', { name: 'Continue', exact: true }).click();

  await expectHeading(app, GET_HELP_NOW);
  const main = frame.getByRole('main');
  // The clinic's number wins over the browser's region (en-US, 911).
  await expect(main).toContainText('Call 112 or your local emergency number now.');
  await expect(main.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  await expect(main.getByRole('link', { name: 'Call Riverside Plastic Surgery: +35312345678' })).toHaveAttribute(
    'href',
    'tel:+35312345678',
  );
  await expect(frame.getByText(/911/)).toHaveCount(0);
});

test('on paper, the urgent notice comes first, with the number to call', async ({ page }, testInfo) => {
  // The summary from answers saved in the tab, as after a reload (the get-help pages on the way
  // are the other tests').
  await openSeededSummary(page, answersOf(BOTH_SYMPTOMS), 'en');
  await page.emulateMedia({ media: 'print' });
  const notice = urgentNotice(page);
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).toHaveAccessibleName(GET_HELP_NOW);
  await expectBefore(notice, page.locator('li.point').first(), 'the urgent notice before the first point');

  const file = testInfo.outputPath('summary-urgent.pdf');
  await writeFile(file, await page.pdf({ format: 'Letter', printBackground: true }));
  const text = pdfText(file);
  const callAt = text.indexOf(flattenText(CALL_NOW));
  const legAt = text.indexOf(flattenText(pointText('urgent-leg-clot-signs')));
  expect(callAt, 'the call-now instruction is printed').toBeGreaterThanOrEqual(0);
  expect(legAt, 'the leg instruction is printed after it').toBeGreaterThan(callAt);
  const firstSection = text.indexOf('Most important for you');
  expect(firstSection, 'the rest of the list after the notice').toBeGreaterThan(legAt);
});
