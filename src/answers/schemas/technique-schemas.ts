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
  technique: oneOf(TECHNIQUE_VALUES, 'technique.technique'),
});

export const techniqueAppealSchema = z.object({
  reasons: someOf(
    TECHNIQUE_APPEAL_VALUES,
    'technique-appeal.reasons',
    'none',
    'none-alone',
  ),
});

export const otherProceduresSchema = z.object({
  sameDay: oneOf(OTHER_PROCEDURES_VALUES, 'other-procedures.same-day'),
});
