import { z } from 'zod/mini';
import type { ErrorKey } from '../../i18n/en/errors-en';
import { oneOf } from './field-schemas';

const NO_CONCERN: ErrorKey = 'concerns.concerns';

export const AREA_VALUES = ['calves', 'ankles', 'both'] as const;
export const LEGS_VALUES = ['both-legs', 'one-leg'] as const;
export const CONCERN_VALUES = ['size', 'shape', 'legs-differ', 'clothes-fit', 'other'] as const;
export const CALF_FEEL_VALUES = ['firm', 'soft', 'mixed', 'unsure'] as const;
export const ANKLE_FEEL_VALUES = ['changes', 'same', 'unsure'] as const;

export const areaSchema = z.object({
  area: oneOf(AREA_VALUES, 'area.area'),
  legs: oneOf(LEGS_VALUES, 'area.legs'),
});

export const concernsSchema = z.object({
  concerns: z
    .array(z.enum(CONCERN_VALUES, { error: NO_CONCERN }), {
      error: NO_CONCERN,
    })
    .check(z.minLength(1, { error: NO_CONCERN })),
});

export const calfFeelSchema = z.object({
  feel: oneOf(CALF_FEEL_VALUES, 'calf-feel.feel'),
});

export const ankleFeelSchema = z.object({
  changes: oneOf(ANKLE_FEEL_VALUES, 'ankle-feel.changes'),
});
