import type { Answers } from '../../src/answers/answers';
import { STEP_IDS, type StepId } from '../../src/answers/step-ids';
import { describeStep, type AnswerRow } from '../../src/content/describe-answers';
import { pageContent } from '../../src/content/page-content';
import type { Localised } from '../../src/i18n/localised';
import { loud } from '../../tests/support/answers/loud-answers';
import { quiet } from '../../tests/support/answers/quiet-answers';

/**
 * Answers in words, for a clinician who does not read TypeScript: each answer is the question's
 * short label and the option labels the person sees (from `pages.json`, through the same
 * `describeStep` as check-answers), so the sheet names answers exactly as the questionnaire does.
 */

/** "Swelling: “Both legs or ankles swell”": quoted, so an option's own commas stay readable. */
function rowWords(row: AnswerRow, notGiven: string): string {
  const values = row.values.map((value) => (value === notGiven ? value.toLowerCase() : `“${value}”`));
  return `${row.label}: ${values.join(', ')}`;
}

export function capital(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A page by its questions' short labels: titles are whole questions, too long for a list. */
export function pageName(step: StepId, words: Localised): string {
  if (step === 'body-size') return words.messages.ui.answers.heightAndWeight;
  return pageContent(step, words.messages)
    .questions.map((question) => question.shortLabel)
    .join(', ');
}

/** Every answer on the given pages, in page order. */
export function answerLines(answers: Answers, words: Localised): string[] {
  const notGiven = words.messages.ui.answers.notGiven;
  return STEP_IDS.flatMap((step) => describeStep(step, answers, words).map((row) => rowWords(row, notGiven)));
}

/** The answers that differ from `base`, question by question; a page left out is "not answered". */
export function differences(answers: Answers, base: Answers, words: Localised): string[] {
  const notGiven = words.messages.ui.answers.notGiven;
  return STEP_IDS.flatMap((step) => {
    if (answers[step] === undefined) return base[step] === undefined ? [] : [`${pageName(step, words)}: not answered`];
    const before = describeStep(step, base, words);
    return describeStep(step, answers, words)
      .filter((row, index) => JSON.stringify(row) !== JSON.stringify(before[index]))
      .map((row) => rowWords(row, notGiven));
  });
}

/**
 * The two complete answer sets the rule tests start from. Most cases are one of them with a few
 * pages changed, so a case reads best as its baseline and what it changes.
 */
export const BASELINES = [
  {
    name: 'the quiet answers',
    about: 'Every page answered in the calmest way: they bring no personal point, only checklist points.',
    answers: quiet(),
  },
  {
    name: 'the loud answers',
    about:
      'Every page answered so as to bring as many points as it can (a page with a single choice can give only one).',
    answers: loud(),
  },
] as const;

/** One test case in words: its nearest baseline and how it differs, or the few pages it answers. */
export function describeCase(answers: Answers, words: Localised): string {
  const complete = STEP_IDS.every((step) => step in answers);
  if (!complete) {
    const given = answerLines(answers, words);
    return given.length === 0 ? 'No answers at all' : `Only these answers: ${given.join('; ')}`;
  }
  const [nearest] = BASELINES.map(({ name, answers: base }) => ({
    name,
    changes: differences(answers, base, words),
  })).sort((a, b) => a.changes.length - b.changes.length);
  if (!nearest) throw new Error('No baseline answers to describe a case against');
  const name = capital(nearest.name);
  return nearest.changes.length === 0 ? name : `${name}, except ${nearest.changes.join('; ')}`;
}
