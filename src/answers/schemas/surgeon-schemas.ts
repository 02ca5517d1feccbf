import { z } from 'zod/mini';
import { oneOf } from './field-schemas';

export const SURGEON_STATUS_VALUES = ['chosen', 'comparing', 'not-yet'] as const;
export const SURGEON_BOARD_VALUES = ['plastic-surgery', 'other-board', 'unsure'] as const;
export const FACILITY_VALUES = ['hospital', 'accredited-center', 'office', 'unsure'] as const;

export const surgeonSchema = z.object({
  status: oneOf(SURGEON_STATUS_VALUES, 'Select whether you have chosen a surgeon yet'),
});

export const surgeonBoardSchema = z.object({
  board: oneOf(SURGEON_BOARD_VALUES, 'Select which board certifies the surgeon, or "I do not know"'),
});

export const facilitySchema = z.object({
  facility: oneOf(FACILITY_VALUES, 'Select where the operation would happen, or "I do not know"'),
});
