import { said, saidBmiFrom } from '../src/answers/answer-ref';
import type { Answers } from '../src/answers/answers';
import type { Rule } from './rule';
import { bmiAtLeast, countTicked, includesAny, unsure } from './answer-checks';

/**
 * The Caprini score counts a BMI over 25 (review L10), compared at the one decimal the person
 * sees, so a printed "BMI 25.0" brings no clot point and "BMI 25.1" does.
 */
const CAPRINI_BMI = 25.1;

const OLDER = ['41-60', '61-74', '75-plus'] as const;
const LEG_OPERATIONS = ['liposuction', 'vein-treatment', 'other-surgery'] as const;
const OTHER_MEDICINES = [
  'aspirin',
  'anti-inflammatory',
  'vitamin-e',
  'supplements',
  'blood-pressure',
  'other-prescribed',
] as const;

/** Anything the person told us that a clot-risk score counts: a ticked factor, age over 40, a BMI over 25. */
function hasClotRisk(answers: Answers): boolean {
  const age = answers.age?.age;
  return (
    countTicked(answers['clot-risk']?.factors, 'none') > 0 ||
    (age !== undefined && (OLDER as readonly string[]).includes(age)) ||
    bmiAtLeast(answers, CAPRINI_BMI)
  );
}

/**
 * Health, medicines and blood-clot risk. Plastic-surgery societies recommend a formal clot-risk
 * score for every patient, so one clot point is on every summary: the general question, or, when
 * the answers hold a risk, the one that names them. Medicines are one point too, in the variant
 * the answers call for. Stopping times differ between people, so no point ever says "stop" on its own.
 */
export const healthRules = [
  {
    id: 'clot-risk-factors',
    section: 'ask-surgeon',
    tier: 'safety',
    topic: 'clot-risk',
    when: hasClotRisk,
    because: [said('clot-risk', 'factors'), said('age', 'age', OLDER), saidBmiFrom(CAPRINI_BMI)],
    sources: ['caprini', 'stop-the-clot'],
  },
  {
    id: 'tell-estrogen',
    section: 'tell-surgeon',
    tier: 'safety',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['estrogen']),
    because: [said('clot-risk', 'factors', ['estrogen'])],
    sources: ['estrogen', 'stop-the-clot'],
  },
  {
    id: 'ask-long-travel',
    section: 'ask-surgeon',
    tier: 'safety',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['long-travel']),
    because: [said('clot-risk', 'factors', ['long-travel'])],
    sources: ['stop-the-clot'],
  },
  {
    id: 'tell-blood-thinner',
    section: 'tell-surgeon',
    tier: 'safety',
    topic: 'medicines',
    when: (answers) => includesAny(answers.medicines?.items, ['blood-thinner']),
    because: [said('medicines', 'items'), said('medicines', 'details')],
    sources: ['blood-thinners'],
  },
  {
    id: 'tell-medicines',
    section: 'tell-surgeon',
    tier: 'safety',
    topic: 'medicines',
    when: (answers) =>
      includesAny(answers.medicines?.items, OTHER_MEDICINES) &&
      !includesAny(answers.medicines?.items, ['blood-thinner']),
    because: [said('medicines', 'items'), said('medicines', 'details')],
    sources: ['medscape-calf', 'blood-thinners', 'supplements'],
  },
  {
    id: 'tell-nicotine',
    section: 'tell-surgeon',
    tier: 'safety',
    when: (answers) => {
      const nicotine = answers.nicotine?.nicotine;
      return nicotine === 'daily' || nicotine === 'sometimes' || nicotine === 'stopped-recently';
    },
    because: [said('nicotine', 'nicotine')],
    sources: ['smoking'],
  },
  {
    id: 'tell-diabetes',
    section: 'tell-surgeon',
    tier: 'safety',
    when: (answers) => includesAny(answers.conditions?.conditions, ['diabetes']),
    because: [said('conditions', 'conditions', ['diabetes']), said('diabetes-control', 'control')],
    sources: ['diabetes'],
  },
  {
    id: 'diabetes-control-check',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => {
      const control = answers['diabetes-control']?.control;
      return control === 'not-well' || control === 'unsure';
    },
    because: [said('diabetes-control', 'control')],
    sources: ['diabetes'],
  },
  {
    id: 'tell-heart-kidney-liver',
    section: 'tell-surgeon',
    tier: 'safety',
    when: (answers) => includesAny(answers.conditions?.conditions, ['heart', 'kidney', 'liver']),
    because: [said('conditions', 'conditions', ['heart', 'kidney', 'liver'])],
    sources: ['bhf-swollen-ankles'],
  },
  {
    id: 'tell-bleeding-history',
    section: 'tell-surgeon',
    tier: 'safety',
    when: (answers) => includesAny(answers.conditions?.conditions, ['bleeding']),
    because: [said('conditions', 'conditions', ['bleeding'])],
    sources: ['bleeding-after-surgery'],
  },
  {
    id: 'tell-leg-history',
    section: 'tell-surgeon',
    tier: 'safety',
    // Lymph-node treatment has a point of its own (a lymphedema check first).
    when: (answers) => includesAny(answers['leg-history']?.history, LEG_OPERATIONS),
    because: [said('leg-history', 'history', LEG_OPERATIONS)],
    sources: ['cvi'],
  },
  // "I am not sure" is never read as "no": each doubt is a point of its own, whatever else is
  // ticked, since a factor the person is sure of says nothing about the ones they are not.
  {
    id: 'unsure-clot-risk',
    section: 'doctor-first',
    tier: 'safety',
    when: (answers) => unsure(answers['clot-risk']?.factors),
    because: [said('clot-risk', 'factors', ['unsure'])],
    sources: ['caprini', 'stop-the-clot'],
  },
  {
    id: 'unsure-medicines',
    section: 'doctor-first',
    tier: 'safety',
    when: (answers) => unsure(answers.medicines?.items),
    because: [said('medicines', 'items', ['unsure'])],
    sources: ['blood-thinners', 'supplements'],
  },
  {
    id: 'unsure-conditions',
    section: 'doctor-first',
    tier: 'safety',
    when: (answers) => unsure(answers.conditions?.conditions),
    because: [said('conditions', 'conditions', ['unsure'])],
    sources: ['rcoa-pre-assessment'],
  },
  {
    id: 'unsure-leg-history',
    section: 'doctor-first',
    tier: 'safety',
    when: (answers) => unsure(answers['leg-history']?.history),
    because: [said('leg-history', 'history', ['unsure'])],
    sources: ['cvi', 'kuroda-2017'],
  },
  {
    id: 'ask-clot-risk-score',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'clot-risk',
    when: (answers) => !hasClotRisk(answers),
    because: [],
    sources: ['caprini'],
  },
  {
    id: 'bring-medicine-list',
    section: 'tell-surgeon',
    tier: 'checklist',
    topic: 'medicines',
    when: (answers) => countTicked(answers.medicines?.items, 'none') === 0,
    because: [],
    sources: ['medscape-calf', 'supplements'],
  },
] as const satisfies readonly Rule[];
