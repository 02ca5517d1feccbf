import { said } from '../src/answers/answer-ref';
import type { Answers } from '../src/answers/answers';
import type { Rule } from './rule';
import { countTicked, includesAny, unsure } from './answer-checks';

/** Signs of vein disease; spider veins alone rarely are one (review L9). */
const VEIN_SIGNS = ['varicose', 'staining', 'ulcers', 'heavy-aching'] as const;
const ORGANS = ['heart', 'kidney', 'liver'] as const;

const bothLegsSwell = (answers: Answers) => includesAny(answers.swelling?.signs, ['both-legs']);
const organCondition = (answers: Answers) => includesAny(answers.conditions?.conditions, ORGANS);
const bloodPressureMedicine = (answers: Answers) => includesAny(answers.medicines?.items, ['blood-pressure']);

/** One sign alone is common (many people's legs bruise easily); the pattern is what matters. */
export function lipedemaPattern(answers: Answers): boolean {
  const signs = answers['fat-pattern']?.signs;
  return countTicked(signs, 'none') >= 2 && includesAny(signs, ['tender', 'bruises-easily', 'diet-resistant']);
}

/**
 * Conditions that can look like ordinary fat or make legs swell: lipedema, lymphedema, vein
 * disease and swelling from the heart, kidneys, liver or medicines. Each needs a doctor's look
 * before liposuction, because each is treated differently and some can be made worse. Swelling
 * in both legs is one point, addressed to the doctor most likely to know its cause.
 */
export const lookAlikeRules = [
  {
    id: 'lipedema-check',
    section: 'doctor-first',
    tier: 'doctor-first',
    // At least one of the signs must be one that ordinary fat does not show.
    when: lipedemaPattern,
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
    topic: 'leg-swelling',
    when: (answers) => bothLegsSwell(answers) && !organCondition(answers) && !bloodPressureMedicine(answers),
    because: [said('swelling', 'signs', ['both-legs'])],
    sources: ['bhf-swollen-ankles'],
  },
  {
    id: 'swelling-with-organ-condition',
    section: 'doctor-first',
    tier: 'doctor-first',
    topic: 'leg-swelling',
    when: (answers) => bothLegsSwell(answers) && organCondition(answers),
    because: [said('swelling', 'signs', ['both-legs']), said('conditions', 'conditions', ORGANS)],
    sources: ['bhf-swollen-ankles'],
  },
  {
    id: 'swelling-with-blood-pressure-medicine',
    section: 'doctor-first',
    tier: 'doctor-first',
    topic: 'leg-swelling',
    // With a heart, kidney or liver condition too, that doctor is asked first (the point above).
    when: (answers) => bothLegsSwell(answers) && bloodPressureMedicine(answers) && !organCondition(answers),
    because: [said('swelling', 'signs', ['both-legs']), said('medicines', 'items', ['blood-pressure'])],
    sources: ['ccb-ankle-swelling'],
  },
  {
    id: 'vein-assessment',
    section: 'doctor-first',
    tier: 'doctor-first',
    topic: 'veins',
    when: (answers) => includesAny(answers.veins?.signs, VEIN_SIGNS),
    because: [said('veins', 'signs', [...VEIN_SIGNS, 'spider'])],
    sources: ['cvi', 'legs-ankles-technique'],
  },
  {
    id: 'circulation-check',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => includesAny(answers.conditions?.conditions, ['circulation']),
    because: [said('conditions', 'conditions', ['circulation'])],
    sources: ['nidirect-pad'],
  },
  {
    id: 'lymph-node-treatment',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => includesAny(answers['leg-history']?.history, ['lymph-nodes']),
    because: [said('leg-history', 'history', ['lymph-nodes'])],
    sources: ['kuroda-2017', 'frick-lymph'],
  },
  {
    id: 'spider-veins-check',
    section: 'doctor-first',
    tier: 'doctor-first',
    topic: 'veins',
    when: (answers) => includesAny(answers.veins?.signs, ['spider']) && !includesAny(answers.veins?.signs, VEIN_SIGNS),
    because: [said('veins', 'signs', ['spider'])],
    sources: ['cvi'],
  },
  // "I am not sure" is never read as "no": each page's doubt asks a doctor to check. Once a
  // sign the person is sure of brings that page's point, the same check covers the doubt too.
  {
    id: 'unsure-fat-pattern',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => unsure(answers['fat-pattern']?.signs) && !lipedemaPattern(answers),
    because: [said('fat-pattern', 'signs', ['unsure'])],
    sources: ['lipedema-review', 'lipedema-consensus'],
  },
  {
    id: 'unsure-swelling',
    section: 'doctor-first',
    tier: 'doctor-first',
    // Only when no sign is ticked: every swelling variant needs one, so they never print together.
    topic: 'leg-swelling',
    when: (answers) => unsure(answers.swelling?.signs) && countTicked(answers.swelling?.signs, 'none') === 0,
    because: [said('swelling', 'signs', ['unsure'])],
    sources: ['lymphedema', 'bhf-swollen-ankles'],
  },
  {
    id: 'unsure-veins',
    section: 'doctor-first',
    tier: 'doctor-first',
    topic: 'veins',
    when: (answers) => unsure(answers.veins?.signs) && countTicked(answers.veins?.signs, 'none') === 0,
    because: [said('veins', 'signs', ['unsure'])],
    sources: ['cvi'],
  },
] as const satisfies readonly Rule[];
