import type { Answers, AnswersByStep } from '../../../src/answers/answers';
import { NO_OWN_QUESTIONS } from './own-questions-answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { allButNone } from './all-but-none';

const CLOT_RISK_VALUES = QUESTION_PAGES['clot-risk'].fields.factors.values;
const CONDITION_VALUES = QUESTION_PAGES.conditions.fields.conditions.values;
const LEG_HISTORY_VALUES = QUESTION_PAGES['leg-history'].fields.history.values;
const MEDICINE_VALUES = QUESTION_PAGES.medicines.fields.items.values;
const FAT_PATTERN_VALUES = QUESTION_PAGES['fat-pattern'].fields.signs.values;
const SWELLING_VALUES = QUESTION_PAGES.swelling.fields.signs.values;
const URGENT_SYMPTOM_VALUES = QUESTION_PAGES['urgent-symptoms'].fields.symptoms.values;
const VEIN_VALUES = QUESTION_PAGES.veins.fields.signs.values;
const TECHNIQUE_APPEAL_VALUES = QUESTION_PAGES['technique-appeal'].fields.reasons.values;

/** Answers that raise as much as the pages allow at once (radio pages can hold one value only). */
export function loud(overrides: Answers = {}): AnswersByStep {
  return {
    area: { area: 'both', legs: 'one-leg' },
    // A hand-picked list, not every concern: only 'legs-differ' raises a point, and concerns has no "None of these".
    concerns: { concerns: ['size', 'legs-differ', 'clothes-fit'] },
    'calf-feel': { feel: 'firm' },
    'ankle-feel': { changes: 'changes' },
    'urgent-symptoms': { symptoms: allButNone(URGENT_SYMPTOM_VALUES) },
    'fat-pattern': { signs: allButNone(FAT_PATTERN_VALUES) },
    swelling: { signs: allButNone(SWELLING_VALUES) },
    veins: { signs: allButNone(VEIN_VALUES) },
    technique: { technique: 'laser' },
    'technique-appeal': { reasons: allButNone(TECHNIQUE_APPEAL_VALUES) },
    'other-procedures': { sameDay: 'yes' },
    // 160 cm, 90 kg: BMI 35.2.
    'body-size': { units: 'metric', centimetres: 160, kilograms: 90 },
    'weight-history': { change: 'up-and-down', plans: 'lose' },
    'weight-change-amount': { amount: 'over-10-percent' },
    'weight-medicine': { glp1: 'taking' },
    pregnancy: { pregnancy: 'within-2-years' },
    age: { age: '61-74' },
    nicotine: { nicotine: 'daily' },
    'clot-risk': { factors: allButNone(CLOT_RISK_VALUES) },
    medicines: { items: allButNone(MEDICINE_VALUES), details: 'warfarin 5 mg' },
    conditions: { conditions: allButNone(CONDITION_VALUES) },
    'diabetes-control': { control: 'not-well' },
    'leg-history': { history: allButNone(LEG_HISTORY_VALUES) },
    expectations: { change: 'dramatic' },
    recovery: { timeOff: 'under-1-week', support: 'no' },
    wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' },
    priorities: {
      shortRecovery: 'a-lot',
      lowRisk: 'a-lot',
      noticeableChange: 'a-lot',
      lowCost: 'a-lot',
      lastingResult: 'a-lot',
      noOperation: 'a-lot',
    },
    options: {},
    sure: { sureOfChoice: 'no', knowsOptions: 'no', clearOnValues: 'no', enoughSupport: 'no' },
    surgeon: { status: 'comparing' },
    'surgeon-board': { board: 'other-board' },
    facility: { facility: 'office' },
    'own-questions': NO_OWN_QUESTIONS,
    ...overrides,
  };
}
