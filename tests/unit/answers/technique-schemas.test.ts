import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeCheckboxes, describeRadios, parsedBy } from './schema-helpers';

const OTHER_PROCEDURES_VALUES = QUESTION_PAGES['other-procedures'].fields.sameDay.values;
const TECHNIQUE_APPEAL_VALUES = QUESTION_PAGES['technique-appeal'].fields.reasons.values;
const TECHNIQUE_VALUES = QUESTION_PAGES.technique.fields.technique.values;

describe('technique schemas', () => {
  describeRadios([
    {
      step: 'technique',
      field: 'technique',
      values: TECHNIQUE_VALUES,
      message: 'Select the technique you are considering, or "I am not sure yet"',
    },
    {
      step: 'other-procedures',
      field: 'sameDay',
      values: OTHER_PROCEDURES_VALUES,
      message: 'Select yes, no, or "I am not sure"',
    },
  ]);

  describeCheckboxes([
    {
      step: 'technique-appeal',
      field: 'reasons',
      values: TECHNIQUE_APPEAL_VALUES,
      none: 'none',
      message: 'Select what draws you to it, or "None of these"',
    },
  ]);

  it('technique parses to exactly the chosen technique', () => {
    expect(parsedBy(stepSchemas.technique, { technique: 'other-energy' })).toStrictEqual({ technique: 'other-energy' });
  });
});
