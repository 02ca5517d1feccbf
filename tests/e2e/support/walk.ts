import type { Page } from '@playwright/test';
import { answerPage, expectHeading, type AnswerPageOptions } from './answer-page';
import { appStarted } from './app-started';
import { expectNoAxeViolations } from './axe';
import type { StepId } from '../../../src/answers/step-ids';
import {
  CHECK_ANSWERS_HEADING,
  CONTINUE_PREPARING,
  getHelpHeading,
  HEADINGS,
  INTRO_HEADING,
  SUMMARY_HEADING,
  type PageVisit,
} from './journeys';

export interface WalkOptions {
  /** Run axe on every page visited (default true). */
  axe?: boolean;
  /** Called on every page visited, including the start page, check-answers and the summary. */
  check?: (page: Page, visit: { heading: string }) => Promise<void>;
}

export interface JourneyOptions extends WalkOptions {
  /** Stop on arriving at this page, without answering it. */
  stopAt?: StepId;
}

/** Opens the start page and presses "Start now". */
export async function startQuestionnaire(page: Page, options: WalkOptions = {}): Promise<void> {
  await page.goto('/');
  await expectHeading(page, INTRO_HEADING);
  await options.check?.(page, { heading: INTRO_HEADING });
  if (options.axe !== false) await expectNoAxeViolations(page, 'the start page');
  await page.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(page, HEADINGS.area);
  // "Start now" pressed before the app has come shows the prerendered first question at once, and
  // its Continue waits for the app (decision 0024): a test that goes on to press it waits too.
  await appStarted(page);
}

/** Answers each page in turn, from the first visit's page to check-answers (or to `stopAt`). */
export async function walkJourney(
  page: Page,
  visits: readonly PageVisit[],
  options: JourneyOptions = {},
): Promise<void> {
  const { check } = options;
  for (const [index, visit] of visits.entries()) {
    await expectHeading(page, visit.heading);
    if (visit.step === options.stopAt) return;
    const pageOptions: AnswerPageOptions = {
      axe: options.axe,
      check: check && ((current) => check(current, visit)),
    };
    const next = visits[index + 1]?.heading ?? CHECK_ANSWERS_HEADING;
    const getHelp = getHelpHeading(visit);
    await answerPage(page, visit.answers, getHelp ?? next, pageOptions);
    if (getHelp) {
      // An urgent symptom: the get-help page first, then on to the next question.
      await check?.(page, { heading: getHelp });
      if (options.axe !== false) await expectNoAxeViolations(page, 'the get-help page');
      await page.getByRole('button', { name: CONTINUE_PREPARING }).click();
      await expectHeading(page, next);
    }
  }
}

/** On check-answers: checks the page, then goes on to the summary and checks that too. */
export async function confirmAnswers(page: Page, options: WalkOptions = {}): Promise<void> {
  await expectHeading(page, CHECK_ANSWERS_HEADING);
  await options.check?.(page, { heading: CHECK_ANSWERS_HEADING });
  if (options.axe !== false) await expectNoAxeViolations(page, 'check your answers');
  await page.getByRole('button', { name: 'See my list of points' }).click();
  await expectHeading(page, SUMMARY_HEADING);
  await options.check?.(page, { heading: SUMMARY_HEADING });
  if (options.axe !== false) await expectNoAxeViolations(page, 'the summary');
}

/** From the start page to the summary. */
export async function goToSummary(page: Page, visits: readonly PageVisit[], options: WalkOptions = {}): Promise<void> {
  await startQuestionnaire(page, options);
  await walkJourney(page, visits, options);
  await confirmAnswers(page, options);
}

/**
 * From the first question: answers it (ankles, both legs) and the next page (their shape), landing
 * on the ankle page. For tests that need a few answers given through the pages, without axe.
 */
export async function answerFirstPages(page: Page): Promise<void> {
  await answerPage(
    page,
    { 'Which area would you like to change?': 'My ankles', 'Is it one leg or both?': 'Both legs' },
    HEADINGS.concerns,
    { axe: false },
  );
  await answerPage(page, { 'What bothers you about them?': ['Their shape'] }, HEADINGS['ankle-feel'], { axe: false });
}
