import { describe, expect, it } from 'vitest';
import { stepSchemas } from '../../../src/answers/answers';
import { FACILITY_VALUES, SURGEON_BOARD_VALUES, SURGEON_STATUS_VALUES } from '../../../src/answers/schemas/surgeon-schemas';
import { describeRadios, parsedBy } from './schema-helpers';

describe('surgeon schemas', () => {
  describeRadios([
    { step: 'surgeon', field: 'status', values: SURGEON_STATUS_VALUES, message: 'Select whether you have chosen a surgeon yet' },
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
