import { z } from 'zod/mini';
import { someOf } from './field-schemas';

const NONE_ALONE = 'none-alone';

export const URGENT_SYMPTOM_VALUES = ['one-leg-swollen-painful', 'breathless-chest-pain', 'none'] as const;
export const FAT_PATTERN_VALUES = [
  'both-legs-alike',
  'feet-spared',
  'tender',
  'bruises-easily',
  'diet-resistant',
  'family',
  'none',
] as const;
export const SWELLING_VALUES = ['foot-and-toes', 'one-side', 'both-legs', 'none'] as const;
export const VEIN_VALUES = ['varicose', 'spider', 'staining', 'ulcers', 'heavy-aching', 'none'] as const;

export const urgentSymptomsSchema = z.object({
  symptoms: someOf(URGENT_SYMPTOM_VALUES, 'urgent-symptoms.symptoms', 'none', NONE_ALONE),
});

export const fatPatternSchema = z.object({
  signs: someOf(FAT_PATTERN_VALUES, 'fat-pattern.signs', 'none', NONE_ALONE),
});

export const swellingSchema = z.object({
  signs: someOf(SWELLING_VALUES, 'swelling.signs', 'none', NONE_ALONE),
});

export const veinsSchema = z.object({
  signs: someOf(VEIN_VALUES, 'veins.signs', 'none', NONE_ALONE),
});
