import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** Text to type into the box with this label (a radio or checkbox answer is just its label). */
export interface TypedText {
  readonly text: string;
}

/**
 * One question's answer, as a person reads it on screen:
 * - a string: the label of the radio to select in the group named by the question's legend;
 * - a list of strings: exactly the checkboxes to tick in that group (any others are unticked);
 * - `typed('…')`: text for the text box whose label is the key.
 */
export type PageAnswer = string | readonly string[] | TypedText;

/** A page's answers keyed by legend (choice groups) or label (text boxes). */
export type PageAnswers = Readonly<Record<string, PageAnswer>>;

export function typed(text: string): TypedText {
  return { text };
}

export interface AnswerPageOptions {
  /** Run axe on the page once it is filled in (default true). */
  axe?: boolean;
  /** Called once the page is filled in and before Continue, e.g. to check the layout. */
  check?: (page: Page) => Promise<void>;
}

/** The page's one h1. */
export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

export async function expectHeading(page: Page, heading: string): Promise<void> {
  await expect(pageHeading(page)).toHaveText(heading);
}

/** The radio or checkbox group whose legend is `legend`. */
export function choiceGroup(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Fills in the current page from a description, without submitting it. */
export async function fillPage(page: Page, answers: PageAnswers): Promise<void> {
  for (const [question, answer] of Object.entries(answers)) {
    if (typeof answer === 'string') {
      await choiceGroup(page, question).getByRole('radio', { name: answer, exact: true }).check();
    } else if (isTypedText(answer)) {
      await page.getByRole('textbox', { name: question, exact: true }).fill(answer.text);
    } else {
      await setTicked(choiceGroup(page, question), answer);
    }
  }
}

/**
 * Answers the current page, optionally checks it with axe, presses Continue and asserts the
 * heading of the page that follows.
 */
export async function answerPage(
  page: Page,
  answers: PageAnswers,
  nextHeading: string,
  options: AnswerPageOptions = {},
): Promise<void> {
  const heading = (await pageHeading(page).textContent()) ?? '(no heading)';
  await fillPage(page, answers);
  await options.check?.(page);
  if (options.axe !== false) await expectNoAxeViolations(page, `the page "${heading}"`);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expectHeading(page, nextHeading);
}

function isTypedText(answer: PageAnswer): answer is TypedText {
  return typeof answer === 'object' && 'text' in answer;
}

/** Ticks exactly these boxes in the group: unticks any other ticked one first. */
async function setTicked(group: Locator, labels: readonly string[]): Promise<void> {
  const ticked = await group
    .getByRole('checkbox', { checked: true })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  for (const label of ticked) {
    if (!labels.includes(label)) await group.getByRole('checkbox', { name: label, exact: true }).uncheck();
  }
  for (const label of labels) {
    await group.getByRole('checkbox', { name: label, exact: true }).check();
  }
}
