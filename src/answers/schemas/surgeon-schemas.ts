import { z } from 'zod/mini';
import { oneOf } from './field-schemas';

export const SURGEON_STATUS_VALUES = ['chosen', 'comparing', 'not-yet'] as const;
export const SURGEON_BOARD_VALUES = ['plastic-surgery', 'other-board', 'unsure'] as const;
export const FACILITY_VALUES = ['hospital', 'accredited-center', 'office', 'unsure'] as const;

export const surgeonSchema = z.object({
  status: oneOf(SURGEON_STATUS_VALUES, 'surgeon.status'),
});

export const surgeonBoardSchema = z.object({
  board: oneOf(SURGEON_BOARD_VALUES, 'surgeon-board.board'),
});

export const facilitySchema = z.object({
  facility: oneOf(FACILITY_VALUES, 'facility.facility'),
});
