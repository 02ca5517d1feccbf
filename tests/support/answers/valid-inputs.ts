import type { AnswersByStep, StepInput } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';

/**
 * For every page, a form input that must parse. Typed by the schemas' input types, so a page
 * missing here, or a misspelt option, is a compile error.
 */
export const VALID_INPUTS: { [K in StepId]: StepInput<K> } = {
  area: { area: 'calves', legs: 'both-legs' },
  concerns: { concerns: ['size', 'shape'] },
  'calf-feel': { feel: 'firm' },
  'ankle-feel': { changes: 'changes' },
  'urgent-symptoms': { symptoms: ['none'] },
  'fat-pattern': { signs: ['tender', 'family'] },
  swelling: { signs: ['both-legs'] },
  veins: { signs: ['spider'] },
  technique: { technique: 'laser' },
  'technique-appeal': { reasons: ['less-pain', 'faster-recovery'] },
  'other-procedures': { sameDay: 'no' },
  'body-size': { units: 'imperial', feet: '5', inches: '7', pounds: '150' },
  'weight-history': { change: 'stable', plans: 'none' },
  'weight-change-amount': { amount: 'under-5-percent' },
  'weight-medicine': { glp1: 'no' },
  pregnancy: { pregnancy: 'not-applicable' },
  age: { age: '41-60' },
  nicotine: { nicotine: 'no' },
  'clot-risk': { factors: ['estrogen'] },
  medicines: { items: ['aspirin', 'supplements'], details: '  Fish oil  ' },
  conditions: { conditions: ['diabetes'] },
  'diabetes-control': { control: 'well' },
  'leg-history': { history: ['none'] },
  expectations: { change: 'subtle' },
  recovery: { timeOff: '1-2-weeks', support: 'yes' },
  wellbeing: { worry: 'a-little', thinkingTime: 'under-1-hour', holdsBack: 'never' },
  priorities: {
    shortRecovery: 'a-lot',
    lowRisk: 'a-little',
    noticeableChange: 'not-much',
    lowCost: 'a-lot',
    lastingResult: 'a-little',
    noOperation: 'not-much',
  },
  options: {},
  sure: { sureOfChoice: 'yes', knowsOptions: 'no', clearOnValues: 'yes', enoughSupport: 'yes' },
  surgeon: { status: 'comparing' },
  'surgeon-board': { board: 'plastic-surgery' },
  facility: { facility: 'accredited-center' },
  'own-questions': {
    question1: 'Can I see photos of calves you have treated?',
    question2: undefined,
    question3: undefined,
    question4: undefined,
    question5: undefined,
  },
};

/**
 * What each of those inputs parses to. Only two pages change their input: height and weight are
 * read as numbers, and the notes are trimmed. Every other page must come out exactly as it went
 * in, so its input is its expected output too (the test compares the parsed copy with it).
 */
export const VALID_OUTPUTS: AnswersByStep = {
  ...VALID_INPUTS,
  'body-size': { units: 'imperial', feet: 5, inches: 7, pounds: 150 },
  medicines: { items: ['aspirin', 'supplements'], details: 'Fish oil' },
};
