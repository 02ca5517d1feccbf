import { z } from 'zod/mini';
import { oneOf } from './field-schemas';

export const AREA_VALUES = ['calves', 'ankles', 'both'] as const;
export const LEGS_VALUES = ['both-legs', 'one-leg'] as const;
export const CONCERN_VALUES = ['size', 'shape', 'legs-differ', 'clothes-fit', 'other'] as const;
export const CALF_FEEL_VALUES = ['firm', 'soft', 'mixed', 'unsure'] as const;
export const ANKLE_FEEL_VALUES = ['changes', 'same', 'unsure'] as const;

export const areaSchema = z.object({
  area: oneOf(AREA_VALUES, 'Select calves, ankles, or both'),
  legs: oneOf(LEGS_VALUES, 'Select whether it is one leg or both legs'),
});

export const concernsSchema = z.object({
  concerns: z
    .array(z.enum(CONCERN_VALUES, { error: 'Select at least one thing that bothers you' }), {
      error: 'Select at least one thing that bothers you',
    })
    .check(z.minLength(1, { error: 'Select at least one thing that bothers you' })),
});

export const calfFeelSchema = z.object({
  feel: oneOf(CALF_FEEL_VALUES, 'Select how your calves feel, or "I am not sure"'),
});

export const ankleFeelSchema = z.object({
  changes: oneOf(ANKLE_FEEL_VALUES, 'Select whether your ankles change size during the day, or "I am not sure"'),
});
