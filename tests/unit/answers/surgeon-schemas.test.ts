import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { describeRadios, parsedBy } from './schema-helpers';

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
});
