import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeRadios, issuesOf, parsedBy } from './schema-helpers';

const FACILITY_VALUES = QUESTION_PAGES.facility.fields.facility.values;
const SURGEON_BOARD_VALUES = QUESTION_PAGES['surgeon-board'].fields.board.values;
const SURGEON_STATUS_VALUES = QUESTION_PAGES.surgeon.fields.status.values;

describe('surgeon schemas', () => {
  describeRadios([
    {
      step: 'surgeon',
      field: 'status',
      values: SURGEON_STATUS_VALUES,
      message: 'Select whether you have chosen a surgeon yet',
    },
    {
      step: 'surgeon-board',
      field: 'board',
      values: SURGEON_BOARD_VALUES,
      message: 'Select which board certifies the surgeon, or "I do not know"',
    },
    {
      step: 'facility',
      field: 'facility',
      values: FACILITY_VALUES,
      message: 'Select where the operation would happen, or "I do not know"',
    },
  ]);

  it('surgeon parses to exactly the chosen status', () => {
    expect(parsedBy(stepSchemas.surgeon, { status: 'not-yet' })).toStrictEqual({ status: 'not-yet' });
  });

  describe('own-questions: up to five questions in their own words', () => {
    const schema = stepSchemas['own-questions'];

    it('keeps each question as typed, trimmed, in its box, and an empty box as no question', () => {
      const parsed = parsedBy(schema, {
        question1: '',
        question2: '  Can I see photos?  ',
        question5: 'x'.repeat(150),
      });
      expect(parsed).toEqual({ question2: 'Can I see photos?', question5: 'x'.repeat(150) });
    });

    it('refuses a question over 150 characters, naming its box, and reports each box that is too long', () => {
      expect(issuesOf(schema, { question2: 'x'.repeat(151), question4: `  ${'y'.repeat(200)}  ` })).toEqual([
        { path: ['question2'], message: 'Question 2 must be 150 characters or fewer' },
        { path: ['question4'], message: 'Question 4 must be 150 characters or fewer' },
      ]);
    });
  });
});
