import { z } from 'zod/mini';
import { oneOf, optionalText, someOf } from './field-schemas';

const NONE_ALONE = 'none-alone';

export const AGE_VALUES = ['18-40', '41-60', '61-74', '75-plus'] as const;
export const NICOTINE_VALUES = ['daily', 'sometimes', 'stopped-recently', 'no'] as const;
export const CLOT_RISK_VALUES = [
  'previous-clot',
  'family-clot',
  'clotting-disorder',
  'estrogen',
  'recent-pregnancy',
  'pregnancy-losses',
  'long-travel',
  'cancer',
  'none',
] as const;
export const MEDICINE_VALUES = [
  'blood-thinner',
  'aspirin',
  'anti-inflammatory',
  'vitamin-e',
  'supplements',
  'blood-pressure',
  'other-prescribed',
  'none',
] as const;
export const CONDITION_VALUES = ['diabetes', 'heart', 'kidney', 'liver', 'none'] as const;
export const DIABETES_CONTROL_VALUES = ['well', 'not-well', 'unsure'] as const;
export const LEG_HISTORY_VALUES = ['liposuction', 'vein-treatment', 'other-surgery', 'none'] as const;

export const ageSchema = z.object({
  age: oneOf(AGE_VALUES, 'age.age'),
});

export const nicotineSchema = z.object({
  nicotine: oneOf(NICOTINE_VALUES, 'nicotine.nicotine'),
});

export const clotRiskSchema = z.object({
  factors: someOf(CLOT_RISK_VALUES, 'clot-risk.factors', 'none', NONE_ALONE),
});

export const medicinesSchema = z.object({
  items: someOf(MEDICINE_VALUES, 'medicines.items', 'none', NONE_ALONE),
  details: optionalText(300, 'medicines.details-too-long'),
});

export const conditionsSchema = z.object({
  conditions: someOf(CONDITION_VALUES, 'conditions.conditions', 'none', NONE_ALONE),
});

export const diabetesControlSchema = z.object({
  control: oneOf(DIABETES_CONTROL_VALUES, 'diabetes-control.control'),
});

export const legHistorySchema = z.object({
  history: someOf(LEG_HISTORY_VALUES, 'leg-history.history', 'none', NONE_ALONE),
});
