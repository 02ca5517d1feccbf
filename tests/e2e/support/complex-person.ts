import type { AnswersByStep } from '../../../src/answers/answers';
import { NO_OWN_QUESTIONS } from '../../support/answers/own-questions-answers';

/**
 * The most complex realistic person: calves and ankles with look-alike signs (lipedema, swelling
 * in both legs, varicose veins), one leg newly swollen and painful (urgent), laser liposuction
 * with other procedures the same day, BMI 32 after losing weight on a GLP-1 medicine and planning
 * to lose more, a daily smoker of 41-60 with a family history of clots on estrogen, aspirin and
 * supplements, diabetes that is not well controlled, earlier vein treatment, hoping for a dramatic
 * change with little time off and no help at home, worried about how her legs look, and still
 * comparing surgeons who may operate in an office. Every page on her route is answered, so the
 * summary can be opened straight from a saved session. Typed, so a misspelt value is a compile error.
 */
export const COMPLEX_PERSON: AnswersByStep = {
  area: { area: 'both', legs: 'both-legs' },
  concerns: { concerns: ['size', 'shape', 'legs-differ'] },
  'calf-feel': { feel: 'mixed' },
  'ankle-feel': { changes: 'changes' },
  'urgent-symptoms': { symptoms: ['one-leg-swollen-painful'] },
  'fat-pattern': { signs: ['both-legs-alike', 'feet-spared', 'tender', 'bruises-easily'] },
  swelling: { signs: ['both-legs'] },
  veins: { signs: ['varicose', 'heavy-aching'] },
  technique: { technique: 'laser' },
  'technique-appeal': { reasons: ['less-pain', 'skin-tightening', 'surgeon-suggested'] },
  'other-procedures': { sameDay: 'yes' },
  'body-size': { units: 'imperial', feet: 5, inches: 5, pounds: 192 },
  'weight-history': { change: 'lost', plans: 'lose' },
  'weight-change-amount': { amount: 'over-10-percent' },
  'weight-medicine': { glp1: 'taking' },
  pregnancy: { pregnancy: 'maybe-later' },
  age: { age: '41-60' },
  nicotine: { nicotine: 'daily' },
  'clot-risk': { factors: ['family-clot', 'estrogen'] },
  medicines: { items: ['aspirin', 'supplements', 'blood-pressure'], details: 'Semaglutide weekly; fish oil' },
  conditions: { conditions: ['diabetes'] },
  'diabetes-control': { control: 'not-well' },
  'leg-history': { history: ['vein-treatment'] },
  expectations: { change: 'dramatic' },
  recovery: { timeOff: 'under-1-week', support: 'no' },
  wellbeing: { worry: 'quite-a-lot', thinkingTime: '1-3-hours', holdsBack: 'sometimes' },
  priorities: {
    shortRecovery: 'a-lot',
    lowRisk: 'a-lot',
    noticeableChange: 'a-little',
    lowCost: 'a-lot',
    lastingResult: 'a-lot',
    noOperation: 'not-much',
  },
  options: {},
  sure: { sureOfChoice: 'no', knowsOptions: 'no', clearOnValues: 'yes', enoughSupport: 'no' },
  surgeon: { status: 'comparing' },
  'surgeon-board': { board: 'unsure' },
  facility: { facility: 'office' },
  'own-questions': NO_OWN_QUESTIONS,
};
