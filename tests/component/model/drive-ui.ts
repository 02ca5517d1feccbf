import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { StepAnswer } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { pageContent, type ChoiceQuestion } from '../../../src/content/page-content';
import { english } from '../../support/english';
import { buildQuestionnaireResponse } from '../../../src/fhir/questionnaire-response';
import { summaryCatalogEn } from '../../../src/i18n/en/summary-catalog-en';
import { hashOf } from '../../../src/flow/place-url';
import type { Place } from '../../../src/flow/route';
import type { QuestionnaireEvent } from '../../unit/model/questionnaire-model';

/**
 * The h1 each place shows: the page titles from the content files, and the fixed pages' titles.
 * `checkAnswers` (the machine's name for check-answers) is accepted too, as older callers pass it.
 */
export function headingOf(place: Place | 'checkAnswers'): string {
  const ui = english.messages.ui;
  if (place === 'intro') return ui.intro.title;
  if (place === 'check-answers' || place === 'checkAnswers') return ui.checkAnswers.title;
  if (place === 'summary') return ui.summary.title;
  // The model's urgent answer is chest pain, which calls for help now.
  if (place === 'get-help') return ui.urgent.title;
  return pageContent(place, english.messages).title;
}

function ui() {
  return english.messages.ui;
}

function optionLabel(question: ChoiceQuestion, value: unknown): string {
  const option = question.options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`"${String(value)}" is not an option of "${question.legend}"`);
  return option.label;
}

/**
 * Makes the ticks of a checkbox group exactly `wanted`. Ticking "None of these" unticks the
 * others and ticking another unticks "None of these" (the page's exclusivity), so a single pass
 * in option order may undo itself; it repeats until the group settles.
 */
async function tickExactly(user: UserEvent, group: HTMLElement, question: ChoiceQuestion, wanted: readonly string[]) {
  for (let pass = 0; pass < 3; pass += 1) {
    let clicked = false;
    for (const option of question.options) {
      const box = within(group).getByLabelText(option.label, { exact: true });
      if (box instanceof HTMLInputElement && box.checked !== wanted.includes(option.value)) {
        await user.click(box);
        clicked = true;
      }
    }
    if (!clicked) return;
  }
  throw new Error(`The ticks of "${question.legend}" did not settle on ${wanted.join(', ')}`);
}

/**
 * The fieldset of a question, found by its legend. Looking it up by role and accessible name
 * gives the same element but costs over ten times as much in jsdom (the name is computed from
 * the whole legend, heading included), which adds up over hundreds of replayed pages.
 */
export function groupOf(legend: string): HTMLElement {
  // A function matcher: the default one reads only an element's own text, and on a one-question
  // page the legend's text sits in the h1 inside it.
  const group = screen
    .getByText((_content, element) => element?.tagName === 'LEGEND' && element.textContent === legend, {
      selector: 'legend',
    })
    .closest('fieldset');
  if (!group) throw new Error(`The legend "${legend}" is not in a fieldset`);
  return group;
}

async function fillText(user: UserEvent, label: string, value: unknown) {
  const box = screen.getByLabelText(label, { exact: true });
  await user.clear(box);
  if (value !== undefined && value !== '') await user.type(box, String(value));
}

/** Height and weight have their own layout: the units radio, then the boxes of those units. */
async function answerBodySize(user: UserEvent, values: Record<string, unknown>) {
  const units = pageContent('body-size', english.messages).questions[0];
  if (!units || units.kind === 'text') throw new Error('The body-size page has lost its units question');
  const group = groupOf(units.legend);
  await user.click(within(group).getByLabelText(optionLabel(units, values.units), { exact: true }));
  const boxes =
    values.units === 'metric'
      ? ([
          ['centimetres', english.messages.ui.bodySize.centimetres],
          ['kilograms', english.messages.ui.bodySize.kilograms],
        ] as const)
      : ([
          ['feet', english.messages.ui.bodySize.feet],
          ['inches', english.messages.ui.bodySize.inches],
          ['pounds', english.messages.ui.bodySize.pounds],
        ] as const);
  for (const [name, label] of boxes) await fillText(user, label, values[name]);
}

/**
 * Answers a page the way a person does: radios and checkboxes by their labels (taken from the
 * content files through each question's option list), text boxes by label, then Continue. Each
 * group is found by its legend, because some labels ("Yes", "I am not sure") appear in more than
 * one group on a page. Controls are found by label rather than by role and name: the result is
 * the same for these labelled inputs, and role queries cost several times more in jsdom, which
 * matters over hundreds of replayed pages.
 */
export async function answerPage(user: UserEvent, answer: StepAnswer) {
  const values = answer.values as Record<string, unknown>;
  if (answer.step === 'body-size') {
    await answerBodySize(user, values);
  } else {
    for (const question of pageContent(answer.step, english.messages).questions) {
      const value = values[question.name];
      if (question.kind === 'text') {
        // A box under an option is only there once the option is ticked (it comes after it).
        if (question.revealedBy && (value === undefined || value === '')) continue;
        await fillText(user, question.label, value);
        continue;
      }
      const group = groupOf(question.legend);
      if (question.kind === 'radio') {
        await user.click(within(group).getByLabelText(optionLabel(question, value), { exact: true }));
      } else {
        await tickExactly(user, group, question, Array.isArray(value) ? value.map(String) : []);
      }
    }
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** The row label check-answers gives a page's first answer; its Change button names it. */
export function changeLabel(step: StepId): string {
  const label =
    step === 'body-size'
      ? english.messages.ui.answers.heightAndWeight
      : pageContent(step, english.messages).questions[0]?.shortLabel;
  if (!label) throw new Error(`"${step}" has no questions`);
  return `Change ${label.toLowerCase()}`;
}

/**
 * Performs a machine event through the UI, on the page of `place`. GO stands for the browser
 * asking for a place (a typed URL, Back or Forward): the URL fragment changes and the browser
 * fires popstate.
 */
export async function perform(user: UserEvent, event: QuestionnaireEvent, place: Place) {
  switch (event.type) {
    case 'START':
      await user.click(screen.getByRole('link', { name: 'Start now' }));
      return;
    case 'SUBMIT':
      await answerPage(user, event.answer);
      return;
    case 'BACK':
      await user.click(screen.getByRole('button', { name: place === 'summary' ? 'Back to your answers' : 'Back' }));
      return;
    case 'CHANGE':
      // A page with several questions has a Change button per answer; all open the same page.
      await user.click(screen.getAllByRole('button', { name: changeLabel(event.step) })[0] as HTMLElement);
      return;
    case 'CONTINUE':
      await user.click(screen.getByRole('button', { name: ui().urgent.continue }));
      return;
    case 'CONFIRM':
      await user.click(screen.getByRole('button', { name: 'See my list of points' }));
      return;
    case 'RESTART':
      await user.click(screen.getByRole('button', { name: 'Start again' }));
      await user.click(await screen.findByRole('button', { name: 'Yes, clear my answers' }));
      return;
    case 'LOAD': {
      // The file the app would have saved for these answers, chosen on the start page.
      const response = buildQuestionnaireResponse({
        answers: event.answers,
        words: english,
        summary: summaryCatalogEn,
        authored: new Date(),
      });
      const file = new File([JSON.stringify(response)], 'answers.json', { type: 'application/json' });
      await user.upload(screen.getByLabelText(ui().savedFile.label), file);
      await user.click(screen.getByRole('button', { name: ui().savedFile.continue }));
      // With answers in the tab the app asks first; either way it reads the file before anything happens.
      const confirm = await waitFor(() => {
        const button = screen.queryByRole('button', { name: ui().savedFile.replaceConfirm });
        if (button) return button;
        if (!screen.queryByRole('heading', { level: 1, name: ui().intro.title, hidden: true })) return undefined;
        throw new Error('The saved file is still being read');
      });
      if (confirm) await user.click(confirm);
      return;
    }
    case 'GO':
      act(() => {
        window.history.replaceState(window.history.state, '', hashOf(event.place));
        window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
      });
      return;
  }
}
