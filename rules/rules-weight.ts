import { saidBmiFrom, said } from '../src/answers/answer-ref';
import type { Rule } from './rule';
import type { Answers } from '../src/answers/answers';
import { bmiAtLeast } from './answer-checks';

/** The weight has moved in the last 12 months. */
function notSteady(answers: Answers): boolean {
  const change = answers['weight-history']?.change;
  return change === 'lost' || change === 'gained' || change === 'up-and-down';
}

/** A change of weight is planned, or may be. */
function changePlanned(answers: Answers): boolean {
  const plans = answers['weight-history']?.plans;
  return plans === 'lose' || plans === 'gain' || plans === 'unsure';
}

/** BMI at which the brief's weight points apply: the figure many surgeons quote, not a verdict. */
export const HIGHER_BMI = 30;

/**
 * Whether weight itself is part of this person's picture: a higher BMI, a plan to lose weight, or
 * a weight-loss medicine now or soon. Liposuction is not a weight-loss treatment, and changing
 * weight is an option of its own beside it.
 */
export function weightInQuestion(answers: Answers): boolean {
  const glp1 = answers['weight-medicine']?.glp1;
  return (
    bmiAtLeast(answers, HIGHER_BMI) ||
    answers['weight-history']?.plans === 'lose' ||
    glp1 === 'taking' ||
    glp1 === 'planning'
  );
}

/**
 * Weight, its stability, weight-loss medicines and pregnancy. Sources disagree on exact limits
 * (6 or 12 months of stable weight; a BMI of 30 or 30% above a healthy weight), so the points
 * give the range and send the question to the surgeon instead of picking a number. Past and
 * planned weight change are one point, worded for which of the two the person has.
 */
export const weightRules = [
  {
    id: 'pregnant-now',
    section: 'before-you-decide',
    tier: 'safety',
    topic: 'pregnancy',
    when: (answers) => answers.pregnancy?.pregnancy === 'now',
    because: [said('pregnancy', 'pregnancy')],
    sources: ['stop-the-clot'],
  },
  {
    id: 'tell-weight-loss-medicine',
    section: 'tell-surgeon',
    tier: 'safety',
    when: (answers) => {
      const glp1 = answers['weight-medicine']?.glp1;
      return glp1 === 'taking' || glp1 === 'planning' || glp1 === 'stopped';
    },
    because: [said('weight-medicine', 'glp1')],
    sources: ['glp1'],
  },
  {
    id: 'higher-bmi-weight-range',
    section: 'ask-surgeon',
    tier: 'expectations',
    // Liposuction is not a weight-loss treatment: that matters to anyone hoping to lose weight too.
    when: weightInQuestion,
    because: [
      saidBmiFrom(HIGHER_BMI),
      said('weight-history', 'plans', ['lose']),
      said('weight-medicine', 'glp1', ['taking', 'planning']),
    ],
    sources: ['fda-consumer', 'cosmetassure'],
  },
  {
    id: 'weight-not-steady',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'weight-plans',
    when: (answers) => notSteady(answers) && !changePlanned(answers),
    because: [said('weight-history', 'change'), said('weight-change-amount', 'amount')],
    sources: ['nhs-lipo-risks'],
  },
  {
    id: 'weight-change-planned',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'weight-plans',
    when: (answers) => changePlanned(answers) && !notSteady(answers),
    because: [said('weight-history', 'plans')],
    sources: ['hernandez-2011', 'nhs-lipo-risks'],
  },
  {
    id: 'weight-changing',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'weight-plans',
    when: (answers) => notSteady(answers) && changePlanned(answers),
    because: [
      said('weight-history', 'change'),
      said('weight-change-amount', 'amount'),
      said('weight-history', 'plans'),
    ],
    sources: ['hernandez-2011', 'nhs-lipo-risks'],
  },
  {
    id: 'pregnancy-later',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'pregnancy',
    when: (answers) => {
      const pregnancy = answers.pregnancy?.pregnancy;
      return pregnancy === 'within-2-years' || pregnancy === 'maybe-later';
    },
    because: [said('pregnancy', 'pregnancy')],
    sources: ['hernandez-2011'],
  },
  {
    id: 'keep-weight-steady',
    section: 'before-you-decide',
    tier: 'checklist',
    topic: 'weight-plans',
    // Someone whose weight has moved, or who plans a change, gets the point about that instead.
    when: (answers) => !notSteady(answers) && !changePlanned(answers),
    because: [],
    sources: ['hernandez-2011'],
  },
] as const satisfies readonly Rule[];
