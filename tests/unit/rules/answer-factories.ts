import type { Answers, AnswersByStep } from '../../../src/answers/answers';

/**
 * A complete set of answers that should raise nothing beyond the always-on points: every page
 * answered in the calmest way, on the calves-only, traditional, surgeon-chosen route.
 * Typed, so a misspelt answer value in a test is a compile error, not a test that cannot fail.
 */
const QUIET: AnswersByStep = {
  area: { area: 'calves', legs: 'both-legs' },
  concerns: { concerns: ['size'] },
  'calf-feel': { feel: 'soft' },
  'ankle-feel': { changes: 'same' },
  'urgent-symptoms': { symptoms: ['none'] },
  'fat-pattern': { signs: ['none'] },
  swelling: { signs: ['none'] },
  veins: { signs: ['none'] },
  technique: { technique: 'traditional' },
  'technique-appeal': { reasons: ['none'] },
  'other-procedures': { sameDay: 'no' },
  // 170 cm, 65 kg: BMI 22.5.
  'body-size': { units: 'metric', centimetres: 170, kilograms: 65 },
  'weight-history': { change: 'stable', plans: 'none' },
  'weight-medicine': { glp1: 'no' },
  pregnancy: { pregnancy: 'no' },
  age: { age: '18-40' },
  nicotine: { nicotine: 'no' },
  'clot-risk': { factors: ['none'] },
  medicines: { items: ['none'], details: undefined },
  conditions: { conditions: ['none'] },
  'diabetes-control': { control: 'well' },
  'leg-history': { history: ['none'] },
  expectations: { change: 'subtle' },
  recovery: { timeOff: 'over-2-weeks', support: 'yes' },
  wellbeing: { worry: 'not-at-all', thinkingTime: 'under-1-hour', holdsBack: 'never' },
  surgeon: { status: 'chosen' },
  'surgeon-board': { board: 'plastic-surgery' },
  facility: { facility: 'hospital' },
};

/** The quiet answers with some pages replaced. */
export function quiet(overrides: Answers = {}): Answers {
  return { ...QUIET, ...overrides };
}

/** Answers that raise as much as the pages allow at once (radio pages can hold one value only). */
export function loud(overrides: Answers = {}): Answers {
  return {
    area: { area: 'both', legs: 'one-leg' },
    concerns: { concerns: ['size', 'legs-differ', 'clothes-fit'] },
    'calf-feel': { feel: 'firm' },
    'ankle-feel': { changes: 'changes' },
    'urgent-symptoms': { symptoms: ['one-leg-swollen-painful', 'breathless-chest-pain'] },
    'fat-pattern': { signs: ['both-legs-alike', 'feet-spared', 'tender', 'bruises-easily', 'diet-resistant', 'family'] },
    swelling: { signs: ['foot-and-toes', 'one-side', 'both-legs'] },
    veins: { signs: ['varicose', 'spider', 'staining', 'ulcers', 'heavy-aching'] },
    technique: { technique: 'laser' },
    'technique-appeal': {
      reasons: ['less-pain', 'skin-tightening', 'faster-recovery', 'better-result', 'surgeon-suggested'],
    },
    'other-procedures': { sameDay: 'yes' },
    // 160 cm, 90 kg: BMI 35.2.
    'body-size': { units: 'metric', centimetres: 160, kilograms: 90 },
    'weight-history': { change: 'up-and-down', plans: 'lose' },
    'weight-medicine': { glp1: 'taking' },
    pregnancy: { pregnancy: 'within-2-years' },
    age: { age: '61-74' },
    nicotine: { nicotine: 'daily' },
    'clot-risk': {
      factors: [
        'previous-clot',
        'family-clot',
        'clotting-disorder',
        'estrogen',
        'recent-pregnancy',
        'pregnancy-losses',
        'long-travel',
        'cancer',
      ],
    },
    medicines: {
      items: ['blood-thinner', 'aspirin', 'anti-inflammatory', 'vitamin-e', 'supplements', 'blood-pressure', 'other-prescribed'],
      details: 'warfarin 5 mg',
    },
    conditions: { conditions: ['diabetes', 'heart', 'kidney', 'liver'] },
    'diabetes-control': { control: 'not-well' },
    'leg-history': { history: ['liposuction', 'vein-treatment', 'other-surgery'] },
    expectations: { change: 'dramatic' },
    recovery: { timeOff: 'under-1-week', support: 'no' },
    wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' },
    surgeon: { status: 'comparing' },
    'surgeon-board': { board: 'other-board' },
    facility: { facility: 'office' },
    ...overrides,
  };
}

/** Body size in centimetres and kilograms. */
export function metric(centimetres: number, kilograms: number): Answers {
  return { 'body-size': { units: 'metric', centimetres, kilograms } };
}

/** Body size in feet, inches and pounds. */
export function imperial(feet: number, inches: number, pounds: number): Answers {
  return { 'body-size': { units: 'imperial', feet, inches, pounds } };
}
