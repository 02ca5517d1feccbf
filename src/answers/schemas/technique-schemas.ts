import { z } from 'zod/mini';
import { oneOf, someOf } from './field-schemas';

export const TECHNIQUE_VALUES = ['traditional', 'laser', 'other-energy', 'unsure'] as const;
export const TECHNIQUE_APPEAL_VALUES = [
  'less-pain',
  'skin-tightening',
  'faster-recovery',
  'better-result',
  'surgeon-suggested',
  'none',
] as const;
export const OTHER_PROCEDURES_VALUES = ['yes', 'no', 'unsure'] as const;

export const techniqueSchema = z.object({
  technique: oneOf(TECHNIQUE_VALUES, 'Select the technique you are considering, or "I am not sure yet"'),
});

export const techniqueAppealSchema = z.object({
  reasons: someOf(
    TECHNIQUE_APPEAL_VALUES,
    'Select what draws you to it, or "None of these"',
    'none',
    'Select "None of these" on its own, or untick it',
  ),
});

export const otherProceduresSchema = z.object({
  sameDay: oneOf(OTHER_PROCEDURES_VALUES, 'Select yes, no, or "I am not sure"'),
});
