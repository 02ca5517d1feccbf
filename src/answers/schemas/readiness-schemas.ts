import { z } from 'zod/mini';
import { oneOf } from './field-schemas';

export const EXPECTATION_VALUES = ['subtle', 'clear', 'dramatic', 'unsure'] as const;
export const TIME_OFF_VALUES = ['under-1-week', '1-2-weeks', 'over-2-weeks', 'unsure'] as const;
export const SUPPORT_VALUES = ['yes', 'no', 'unsure'] as const;
export const WORRY_VALUES = ['not-at-all', 'a-little', 'quite-a-lot', 'a-great-deal'] as const;
export const THINKING_TIME_VALUES = ['under-1-hour', '1-3-hours', 'over-3-hours'] as const;
export const HOLDS_BACK_VALUES = ['never', 'sometimes', 'often'] as const;

export const expectationsSchema = z.object({
  change: oneOf(EXPECTATION_VALUES, 'expectations.change'),
});

export const recoverySchema = z.object({
  timeOff: oneOf(TIME_OFF_VALUES, 'recovery.time-off'),
  support: oneOf(SUPPORT_VALUES, 'recovery.support'),
});

export const wellbeingSchema = z.object({
  worry: oneOf(WORRY_VALUES, 'wellbeing.worry'),
  thinkingTime: oneOf(THINKING_TIME_VALUES, 'wellbeing.thinking-time'),
  holdsBack: oneOf(HOLDS_BACK_VALUES, 'wellbeing.holds-back'),
});
