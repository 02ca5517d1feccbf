import { expect, type Page } from '@playwright/test';
import type { Answers } from '../../../src/answers/answers';
import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import { pageContent } from '../../../src/content/page-content';
import type { Messages } from '../../../src/i18n/messages';
import { pageHeading } from './answer-page';

/** The h1 once the page has arrived: the end pages are their own chunk and show "Loading…" first. */
export async function settledHeading(page: Page, messages: Messages): Promise<string> {
  await expect(pageHeading(page)).not.toHaveText(messages.ui.app.loading);
  return (await pageHeading(page).textContent())?.trim() ?? '';
}

/**
 * Answers whatever question page is showing from stored values (as the app keeps them), finding
 * each option by its label in the given language: one set of answers drives a run in any language.
 */
export async function answerShownPage(page: Page, answers: Answers, messages: Messages): Promise<StepId> {
  const title = await settledHeading(page, messages);
  const step = STEP_IDS.find((candidate) => pageContent(candidate, messages).title === title);
  if (!step) throw new Error(`"${title}" is not a question page title in this language`);
  const values = (answers[step] ?? {}) as Record<string, unknown>;
  const content = pageContent(step, messages);
  for (const question of content.questions) {
    const value = values[question.name];
    if (question.kind === 'text') {
      if (typeof value === 'string') await page.getByLabel(question.label, { exact: true }).fill(value);
      continue;
    }
    const group = page.getByRole('group', { name: question.legend, exact: true });
    const chosen = Array.isArray(value) ? value : [value];
    for (const option of question.options) {
      if (!chosen.includes(option.value)) continue;
      const role = question.kind === 'radio' ? 'radio' : 'checkbox';
      await group.getByRole(role, { name: option.label, exact: true }).check();
    }
  }
  if (step === 'body-size') {
    const words = messages.ui.bodySize;
    const size = values as Record<string, number | string | undefined>;
    const boxes: Record<string, string> = {
      feet: words.feet,
      inches: words.inches,
      pounds: words.pounds,
      centimetres: words.centimetres,
      kilograms: words.kilograms,
    };
    for (const [field, label] of Object.entries(boxes)) {
      const number = size[field];
      if (typeof number === 'number')
        await page.getByRole('textbox', { name: label, exact: true }).fill(String(number));
    }
  }
  return step;
}

/** Answers page after page until check-answers shows; returns the pages answered, in order. */
export async function answerUntilCheckAnswers(page: Page, answers: Answers, messages: Messages): Promise<StepId[]> {
  const visited: StepId[] = [];
  const done = messages.ui.checkAnswers.title;
  for (let guard = 0; guard < STEP_IDS.length + 1; guard += 1) {
    const heading = await settledHeading(page, messages);
    if (heading === done) return visited;
    if (heading === messages.ui.urgent.title || heading === messages.ui.urgent.titleToday) {
      // The get-help page an urgent symptom leads to: on to the next question.
      await page.getByRole('button', { name: messages.ui.urgent.continue }).click();
      await expect(pageHeading(page)).not.toHaveText(heading);
      continue;
    }
    const step = await answerShownPage(page, answers, messages);
    visited.push(step);
    await page.getByRole('button', { name: messages.ui.form.continue, exact: true }).click();
    await expect(pageHeading(page)).not.toHaveText(pageContent(step, messages).title);
  }
  throw new Error('Never reached check-answers');
}
