import type { Rule } from './rule';
import { bmiAtLeast } from './answer-checks';

/** BMI at which the brief's weight points apply: the figure many surgeons quote, not a verdict. */
const HIGHER_BMI = 30;

/**
 * Weight, its stability, weight-loss medicines and pregnancy. Sources disagree on exact limits
 * (6 or 12 months of stable weight; a BMI of 30 or 30% above a healthy weight), so the points
 * give the range and send the question to the surgeon instead of picking a number.
 */
export const weightRules: readonly Rule[] = [
  {
    id: 'higher-bmi-weight-range',
    section: 'before-you-decide',
    when: (answers) => bmiAtLeast(answers, HIGHER_BMI),
    point: 'Ask your surgeon what weight range they look for before calf or ankle liposuction.',
    why: 'Liposuction changes shape rather than weight, and many surgeons prefer a BMI below about 30 or a weight no more than about 30% above a healthy weight, though they differ.',
    sources: ['fda-consumer', 'bmi-candidacy'],
  },
  {
    id: 'tell-higher-bmi-clot-risk',
    section: 'tell-surgeon',
    when: (answers) => bmiAtLeast(answers, HIGHER_BMI),
    point: 'Tell your surgeon your height and weight, so they are counted in your blood-clot risk.',
    why: 'A higher body-mass index is one of the things that add to the chance of a blood clot after surgery.',
    sources: ['vte-risk'],
  },
  {
    id: 'weight-not-steady',
    section: 'before-you-decide',
    when: (answers) => {
      const change = answers['weight-history']?.change;
      return change === 'lost' || change === 'gained' || change === 'up-and-down';
    },
    point: 'Ask your surgeon how long your weight should stay steady before surgery.',
    why: 'Surgeons commonly want your weight to have been steady for at least 6 months, and some ask for 12.',
    sources: ['stable-weight'],
  },
  {
    id: 'weight-change-planned',
    section: 'before-you-decide',
    when: (answers) => {
      const plans = answers['weight-history']?.plans;
      return plans === 'lose' || plans === 'gain' || plans === 'unsure';
    },
    point: 'Ask your surgeon whether to reach the weight you are aiming for before surgery.',
    why: 'Fat cells that are taken out do not come back, but weight gained later is stored in the fat that is left, often in other places, which can change the result and lead to touch-ups.',
    sources: ['stable-weight', 'seed-article'],
  },
  {
    id: 'tell-weight-loss-medicine',
    section: 'tell-surgeon',
    when: (answers) => {
      const glp1 = answers['weight-medicine']?.glp1;
      return glp1 === 'taking' || glp1 === 'planning' || glp1 === 'stopped';
    },
    point: 'Tell your surgeon and anesthesia team about any weight-loss medicine such as semaglutide or tirzepatide, even if you stopped it or only plan to start.',
    why: 'These medicines slow down how fast the stomach empties, which matters for anesthesia, so you may be asked to pause them before surgery.',
    sources: ['glp1'],
  },
  {
    id: 'pregnant-now',
    section: 'before-you-decide',
    when: (answers) => answers.pregnancy?.pregnancy === 'now',
    point: 'Ask your surgeon how long to wait after pregnancy and breastfeeding before planning surgery.',
    why: 'Planned cosmetic surgery waits until pregnancy and breastfeeding are over, and often for some months more.',
    sources: ['pregnancy-timing'],
  },
  {
    id: 'pregnancy-later',
    section: 'before-you-decide',
    when: (answers) => {
      const pregnancy = answers.pregnancy?.pregnancy;
      return pregnancy === 'within-2-years' || pregnancy === 'maybe-later';
    },
    point: 'Ask your surgeon how a pregnancy after liposuction could change your result.',
    why: 'The weight and body changes that come with pregnancy can alter the shape that liposuction gave.',
    sources: ['pregnancy-timing'],
  },
  {
    id: 'keep-weight-steady',
    section: 'before-you-decide',
    when: () => true,
    point: 'Think about how you would keep your weight steady after surgery.',
    why: 'The result lasts best with a steady weight, healthy eating and exercise, and touch-up procedures may still be needed.',
    sources: ['seed-article'],
  },
];
