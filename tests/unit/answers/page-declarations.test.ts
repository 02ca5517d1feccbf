import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { CROSS_FIELD_ERRORS } from '../../../src/answers/error-keys';
import type { QuestionDeclaration } from '../../../src/answers/question-kinds';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import { pageContent } from '../../../src/content/page-content';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { VALID_INPUTS } from '../../support/answers/valid-inputs';

function fieldsOf(step: StepId): [string, QuestionDeclaration][] {
  return Object.entries(QUESTION_PAGES[step].fields);
}

/** The keys a field reports its failures under, by kind, as error-keys.ts derives them. */
function keysOf(step: StepId, name: string, question: QuestionDeclaration): string[] {
  switch (question.kind) {
    case 'radio':
    case 'checkbox':
      return [`${step}.${name}`];
    case 'text':
      return [`${step}.${name}-too-long`];
    case 'measure':
      return [`${step}.${name}-format`, `${step}.${name}-range`];
  }
}

const CHOICES = STEP_IDS.flatMap((step) =>
  fieldsOf(step).flatMap(([name, question]) =>
    question.kind === 'radio' || question.kind === 'checkbox' ? [{ step, name, question }] : [],
  ),
);

describe('the question page declarations', () => {
  // A page's options once came from a layout table that could name another question's tuple
  // (recovery.support used other-procedures' values). Now the page and the schema read one
  // declaration; this checks what the patient is offered is exactly what the schema keeps.
  it.each(CHOICES)(
    '$step.$name offers exactly the values its schema accepts, in declared order',
    ({ step, name, question }) => {
      const shown = pageContent(step, catalogEn).questions.find((candidate) => candidate.name === name);
      expect(shown?.kind).toBe(question.kind);
      const offered = shown && shown.kind !== 'text' ? shown.options.map((option) => option.value) : [];
      expect(offered).toEqual([...question.values]);
      for (const value of offered) {
        const answer = question.kind === 'checkbox' ? [value] : value;
        expect(stepSchemas[step].safeParse({ ...VALID_INPUTS[step], [name]: answer }).success, value).toBe(true);
      }
      const stranger = question.kind === 'checkbox' ? ['not-an-option'] : 'not-an-option';
      expect(stepSchemas[step].safeParse({ ...VALID_INPUTS[step], [name]: stranger }).success).toBe(false);
    },
  );

  it('name every "None of these" option among the field\'s own values', () => {
    const misplaced = CHOICES.filter(
      ({ question }) =>
        question.kind === 'checkbox' && question.none !== undefined && !question.values.includes(question.none),
    );
    expect(misplaced).toEqual([]);
  });

  it('put "I am not sure" and "None of these" last, after the divider, and "Prefer not to say" last of all', () => {
    const misplaced = CHOICES.filter(({ question }) => {
      if (question.kind === 'checkbox') {
        const apart = [question.unsure, question.none].filter((value) => value !== undefined);
        const last = question.values.slice(question.values.length - apart.length);
        return last.join() !== apart.join();
      }
      return question.apart !== undefined && question.values.at(-1) !== question.apart;
    });
    expect(misplaced).toEqual([]);
  });

  it('open every revealed box from a checkbox option of the same page', () => {
    const orphans = STEP_IDS.flatMap((step) =>
      fieldsOf(step).filter(([, question]) => {
        if (question.kind !== 'text' || !question.revealedBy) return false;
        const { field, value } = question.revealedBy;
        const owner = fieldsOf(step).find(([name]) => name === field)?.[1];
        return owner?.kind !== 'checkbox' || !(owner.values as readonly string[]).includes(value);
      }),
    );
    expect(orphans).toEqual([]);
  });

  it('give the catalog exactly the error keys their schemas can report, and no others', () => {
    const derived = STEP_IDS.flatMap((step) =>
      fieldsOf(step).flatMap(([name, question]) => keysOf(step, name, question)),
    );
    expect(Object.keys(catalogEn.errors).sort()).toEqual([...derived, ...CROSS_FIELD_ERRORS].sort());
  });
});
