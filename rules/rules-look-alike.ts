import { said } from '../src/answers/answer-ref';
import type { Rule } from './rule';
import { countTicked, includesAny } from './answer-checks';

const VEIN_SIGNS = ['varicose', 'spider', 'staining', 'ulcers', 'heavy-aching'] as const;

/**
 * Conditions that can look like ordinary fat or make legs swell: lipedema, lymphedema, vein
 * disease and swelling from the heart, kidneys, liver or medicines. Each needs a doctor's look
 * before liposuction, because each is treated differently and some can be made worse.
 */
export const lookAlikeRules = [
  {
    id: 'lipedema-check',
    section: 'doctor-first',
    tier: 'doctor-first',
    // One sign alone is common (many people's legs bruise easily); the pattern is what matters,
    // and at least one of the signs must be one that ordinary fat does not show.
    when: (answers) => {
      const signs = answers['fat-pattern']?.signs;
      return countTicked(signs, 'none') >= 2 && includesAny(signs, ['tender', 'bruises-easily', 'diet-resistant']);
    },
    because: [said('fat-pattern', 'signs')],
    sources: ['lipedema-review', 'lipedema-consensus'],
  },
  {
    id: 'lymphedema-check',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => includesAny(answers.swelling?.signs, ['foot-and-toes', 'one-side']),
    because: [said('swelling', 'signs', ['foot-and-toes', 'one-side'])],
    sources: ['lymphedema'],
  },
  {
    id: 'swelling-both-legs',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => includesAny(answers.swelling?.signs, ['both-legs']),
    because: [said('swelling', 'signs', ['both-legs'])],
    sources: ['edema-causes'],
  },
  {
    id: 'swelling-with-organ-condition',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) =>
      includesAny(answers.swelling?.signs, ['both-legs']) &&
      includesAny(answers.conditions?.conditions, ['heart', 'kidney', 'liver']),
    because: [said('swelling', 'signs', ['both-legs']), said('conditions', 'conditions', ['heart', 'kidney', 'liver'])],
    sources: ['edema-causes'],
  },
  {
    id: 'swelling-with-blood-pressure-medicine',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) =>
      includesAny(answers.swelling?.signs, ['both-legs']) && includesAny(answers.medicines?.items, ['blood-pressure']),
    because: [said('swelling', 'signs', ['both-legs']), said('medicines', 'items', ['blood-pressure'])],
    sources: ['edema-causes'],
  },
  {
    id: 'vein-assessment',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => includesAny(answers.veins?.signs, VEIN_SIGNS),
    because: [said('veins', 'signs', VEIN_SIGNS)],
    sources: ['cvi', 'calf-vein-risk'],
  },
] as const satisfies readonly Rule[];
