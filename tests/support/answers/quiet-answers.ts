import type { Answers, AnswersByStep } from '../../../src/answers/answers';
import { NO_OWN_QUESTIONS } from './own-questions-answers';

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
  'weight-change-amount': { amount: 'under-5-percent' },
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
  priorities: {
    shortRecovery: 'a-little',
    lowRisk: 'a-lot',
    noticeableChange: 'a-little',
    lowCost: 'a-little',
    lastingResult: 'a-lot',
    noOperation: 'not-much',
  },
  options: {},
  sure: { sureOfChoice: 'yes', knowsOptions: 'yes', clearOnValues: 'yes', enoughSupport: 'yes' },
  surgeon: { status: 'chosen' },
  'surgeon-board': { board: 'plastic-surgery' },
  facility: { facility: 'hospital' },
  'own-questions': NO_OWN_QUESTIONS,
};

/**
 * The quiet answers with some pages replaced. Every page stays answered, so the result can stand
 * wherever a whole walk is needed (the model's personas, the component tests' full route), and
 * each of those states only how it differs from the calmest person.
 */
export function quiet(overrides: Answers = {}): AnswersByStep {
  return { ...QUIET, ...overrides };
}
