import type { Rule } from './rule';
import { bmiAtLeast } from './answer-checks';

/** BMI at which the brief's weight points apply: the figure many surgeons quote, not a verdict. */
const HIGHER_BMI = 30;

/**
 * Weight, its stability, weight-loss medicines and pregnancy. Sources disagree on exact limits
 * (6 or 12 months of stable weight; a BMI of 30 or 30% above a healthy weight), so the points
 * give the range and send the question to the surgeon instead of picking a number.
 */
export const weightRules = [
  {
    id: 'higher-bmi-weight-range',
    section: 'before-you-decide',
    when: (answers) => bmiAtLeast(answers, HIGHER_BMI),
    sources: ['fda-consumer', 'bmi-candidacy'],
  },
  {
    id: 'tell-higher-bmi-clot-risk',
    section: 'tell-surgeon',
    when: (answers) => bmiAtLeast(answers, HIGHER_BMI),
    sources: ['vte-risk'],
  },
  {
    id: 'weight-not-steady',
    section: 'before-you-decide',
    when: (answers) => {
      const change = answers['weight-history']?.change;
      return change === 'lost' || change === 'gained' || change === 'up-and-down';
    },
    sources: ['stable-weight'],
  },
  {
    id: 'weight-change-planned',
    section: 'before-you-decide',
    when: (answers) => {
      const plans = answers['weight-history']?.plans;
      return plans === 'lose' || plans === 'gain' || plans === 'unsure';
    },
    sources: ['stable-weight', 'seed-article'],
  },
  {
    id: 'tell-weight-loss-medicine',
    section: 'tell-surgeon',
    when: (answers) => {
      const glp1 = answers['weight-medicine']?.glp1;
      return glp1 === 'taking' || glp1 === 'planning' || glp1 === 'stopped';
    },
    sources: ['glp1'],
  },
  {
    id: 'pregnant-now',
    section: 'before-you-decide',
    when: (answers) => answers.pregnancy?.pregnancy === 'now',
    sources: ['pregnancy-timing'],
  },
  {
    id: 'pregnancy-later',
    section: 'before-you-decide',
    when: (answers) => {
      const pregnancy = answers.pregnancy?.pregnancy;
      return pregnancy === 'within-2-years' || pregnancy === 'maybe-later';
    },
    sources: ['pregnancy-timing'],
  },
  {
    id: 'keep-weight-steady',
    section: 'before-you-decide',
    when: () => true,
    sources: ['seed-article'],
  },
] as const satisfies readonly Rule[];
