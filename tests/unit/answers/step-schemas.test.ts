import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { STEP_IDS } from '../../../src/answers/step-ids';
import { ownQuestions } from '../../../src/answers/own-questions';
import { parsedBy, schemaOf } from './schema-helpers';
import { VALID_INPUTS, VALID_OUTPUTS } from '../../support/answers/valid-inputs';

describe('stepSchemas', () => {
  it('has exactly one schema per page', () => {
    expect(Object.keys(stepSchemas).sort()).toEqual([...STEP_IDS].sort());
  });

  it.each(STEP_IDS)('%s: a valid form parses to the expected answers', (step) => {
    expect(parsedBy(schemaOf(step), VALID_INPUTS[step])).toStrictEqual(VALID_OUTPUTS[step]);
  });

  // Their own questions are all optional: an empty page is an answer ("none"). The options side
  // by side asks nothing: Continue is its answer.
  it.each(STEP_IDS.filter((step) => step !== 'own-questions' && step !== 'options'))(
    '%s: an empty form does not parse',
    (step) => {
      expect(schemaOf(step).safeParse({}).success).toBe(false);
    },
  );

  it('options: the page with nothing to answer parses an empty form, and keeps nothing else', () => {
    expect(parsedBy(stepSchemas.options, { stray: 'value' })).toStrictEqual({});
  });

  it('own-questions: five empty boxes parse, as no questions', () => {
    const empty = { question1: '', question2: ' ', question3: '', question4: '', question5: '' };
    expect(ownQuestions({ 'own-questions': parsedBy(stepSchemas['own-questions'], empty) })).toEqual([]);
  });

  // Body size is left out: its saved numbers go back into the form as text.
  it.each(STEP_IDS.filter((step) => step !== 'body-size'))('%s: a parsed answer parses again to itself', (step) => {
    expect(parsedBy(schemaOf(step), VALID_OUTPUTS[step])).toStrictEqual(VALID_OUTPUTS[step]);
  });
});
