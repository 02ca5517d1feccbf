import { describe, expect, it } from 'vitest';
import type { QuestionDeclaration } from '../../../src/answers/question-kinds';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { STEP_IDS } from '../../../src/answers/step-ids';
import { pageContent } from '../../../src/content/page-content';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { catalogEs } from '../../../src/i18n/es/catalog-es';

/** The fields of a page asked in words (the measured boxes of height and weight have their own labels). */
function wordedFields(step: (typeof STEP_IDS)[number]): string[] {
  return Object.entries(QUESTION_PAGES[step].fields)
    .filter(([, question]) => question.kind !== 'measure')
    .map(([name]) => name);
}

function optionValues(question: QuestionDeclaration | undefined): string[] {
  return question && 'values' in question ? [...question.values] : [];
}

describe.each([
  ['English', catalogEn],
  ['Spanish', catalogEs],
] as const)('every question page in %s', (_language, messages) => {
  it.each(STEP_IDS)('%s has a title and words for every question and option of its declaration', (step) => {
    const page = pageContent(step, messages);
    expect(page.title).not.toBe('');
    expect(page.questions.map((question) => question.name)).toEqual(wordedFields(step));
    for (const question of page.questions) {
      expect(question.shortLabel, question.name).not.toBe('');
      if (question.kind === 'text') {
        expect(question.label).not.toBe('');
        continue;
      }
      expect(question.legend).not.toBe('');
      for (const option of question.options) {
        // A missing label would fall back to the stored value, which no patient should read.
        expect(option.label, `${step}.${question.name}.${option.value}`).not.toBe(option.value);
      }
    }
  });

  // The types catch missing words; words for a field or option the declaration does not have
  // (left behind when one is renamed or removed) only a look at the catalog itself can catch.
  it.each(STEP_IDS)('%s has no words for fields or options its declaration does not have', (step) => {
    const questions: object = messages.pages[step].questions;
    const fields: Readonly<Record<string, QuestionDeclaration>> = QUESTION_PAGES[step].fields;
    expect(Object.keys(questions)).toEqual(wordedFields(step));
    for (const [name, words] of Object.entries(questions) as [string, { options?: object }][]) {
      expect(Object.keys(words.options ?? {}), `${step}.${name}`).toEqual(optionValues(fields[name]));
    }
  });
});
