import { z } from 'zod/mini';
import { oneOf } from './field-schemas';

export const EXPECTATION_VALUES = ['subtle', 'clear', 'dramatic', 'unsure'] as const;
export const TIME_OFF_VALUES = ['under-1-week', '1-2-weeks', 'over-2-weeks', 'unsure'] as const;
export const SUPPORT_VALUES = ['yes', 'no', 'unsure'] as const;
export const WORRY_VALUES = ['not-at-all', 'a-little', 'quite-a-lot', 'a-great-deal'] as const;
export const THINKING_TIME_VALUES = ['under-1-hour', '1-3-hours', 'over-3-hours'] as const;
export const HOLDS_BACK_VALUES = ['never', 'sometimes', 'often'] as const;

export const expectationsSchema = z.object({
  change: oneOf(EXPECTATION_VALUES, 'Select how much change you hope for, or "I am not sure"'),
});

export const recoverySchema = z.object({
  timeOff: oneOf(TIME_OFF_VALUES, 'Select how much time off you could take, or "I am not sure"'),
  support: oneOf(SUPPORT_VALUES, 'Select whether someone could help you at home, or "I am not sure"'),
});

export const wellbeingSchema = z.object({
  worry: oneOf(WORRY_VALUES, 'Select how much you worry about how your legs look'),
  thinkingTime: oneOf(THINKING_TIME_VALUES, 'Select how much time a day you spend thinking about your legs'),
  holdsBack: oneOf(HOLDS_BACK_VALUES, 'Select how often it stops you doing things'),
});
