import type { AnswersByStep } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { allButNone } from './all-but-none';
import { imperial, metric } from './body-size-answers';
import { loud } from './loud-answers';
import { quiet } from './quiet-answers';

const MEDICINE_VALUES = QUESTION_PAGES.medicines.fields.items.values;
const CONCERN_VALUES = QUESTION_PAGES.concerns.fields.concerns.values;

/**
 * People whose answers, between them, tick every option a rule reads, so every rule can fire on
 * some path. Each answers every page (pages off their route are never submitted). The first ticks
 * everything that raises a point; the others take the remaining route branches and the radio
 * values that only one person can hold at a time (ankles versus calves, pregnancy now versus
 * later, a dramatic versus an unsure expectation, and so on).
 *
 * Each is written as the loud or the quiet answers with what that person says differently, so
 * the values that person adds to the whole stand out.
 */
export const PERSONAS: Record<string, AnswersByStep> = {
  'calves, laser, every worry ticked': loud({
    area: { area: 'calves', legs: 'one-leg' },
    concerns: { concerns: [...CONCERN_VALUES] },
    ...imperial(5, 4, 200),
    'weight-history': { change: 'lost', plans: 'lose' },
    pregnancy: { pregnancy: 'now' },
    age: { age: '41-60' },
    medicines: { items: allButNone(MEDICINE_VALUES), details: 'Warfarin 5 mg' },
    expectations: { change: 'unsure' },
    wellbeing: { worry: 'quite-a-lot', thinkingTime: '1-3-hours', holdsBack: 'sometimes' },
    surgeon: { status: 'chosen' },
  }),
  'ankles, another energy device, nothing ticked': quiet({
    area: { area: 'ankles', legs: 'both-legs' },
    'ankle-feel': { changes: 'changes' },
    swelling: { signs: ['both-legs'] },
    technique: { technique: 'other-energy' },
    'technique-appeal': { reasons: ['surgeon-suggested'] },
    'other-procedures': { sameDay: 'unsure' },
    ...metric(165, 60),
    'weight-history': { change: 'stable', plans: 'lose' },
    pregnancy: { pregnancy: 'within-2-years' },
    age: { age: 'under-18' },
    expectations: { change: 'dramatic' },
    surgeon: { status: 'comparing' },
    'surgeon-board': { board: 'unsure' },
    facility: { facility: 'unsure' },
  }),
  'calves and ankles, unsure of technique, no surgeon yet': quiet({
    area: { area: 'both', legs: 'both-legs' },
    concerns: { concerns: ['shape'] },
    'calf-feel': { feel: 'unsure' },
    'fat-pattern': { signs: ['family'] },
    swelling: { signs: ['both-legs'] },
    technique: { technique: 'unsure' },
    'body-size': { units: 'metric', centimetres: undefined, kilograms: undefined },
    'weight-history': { change: 'up-and-down', plans: 'unsure' },
    'weight-medicine': { glp1: 'stopped' },
    pregnancy: { pregnancy: 'maybe-later' },
    age: { age: '75-plus' },
    nicotine: { nicotine: 'stopped-recently' },
    'clot-risk': { factors: ['long-travel'] },
    medicines: { items: ['blood-pressure'], details: undefined },
    conditions: { conditions: ['diabetes'] },
    'diabetes-control': { control: 'unsure' },
    recovery: { timeOff: 'unsure', support: 'unsure' },
    wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' },
    surgeon: { status: 'not-yet' },
  }),
  'calves, laser for tighter skin, mixed feel': quiet({
    concerns: { concerns: ['clothes-fit'] },
    'calf-feel': { feel: 'mixed' },
    'ankle-feel': { changes: 'unsure' },
    veins: { signs: ['spider'] },
    technique: { technique: 'laser' },
    'technique-appeal': { reasons: ['skin-tightening', 'faster-recovery'] },
    'body-size': { units: 'imperial', feet: 6, inches: undefined, pounds: 180 },
    'weight-history': { change: 'gained', plans: 'none' },
    'weight-medicine': { glp1: 'planning' },
    pregnancy: { pregnancy: 'not-applicable' },
    age: { age: '61-74' },
    nicotine: { nicotine: 'sometimes' },
    conditions: { conditions: ['heart'] },
    expectations: { change: 'clear' },
    recovery: { timeOff: '1-2-weeks', support: 'yes' },
    wellbeing: { worry: 'a-little', thinkingTime: 'under-1-hour', holdsBack: 'sometimes' },
    facility: { facility: 'accredited-center' },
  }),
  'unsure on every list, prefers not to say, something else in own words': quiet({
    concerns: { concerns: ['size', 'other'], otherConcern: 'The skin above my ankles' },
    'fat-pattern': { signs: ['unsure'] },
    swelling: { signs: ['unsure'] },
    veins: { signs: ['unsure'] },
    pregnancy: { pregnancy: 'prefer-not-to-say' },
    'clot-risk': { factors: ['unsure'] },
    medicines: { items: ['unsure'], details: undefined },
    conditions: { conditions: ['unsure'] },
    'leg-history': { history: ['unsure'] },
    wellbeing: { worry: 'prefer-not-to-say', thinkingTime: 'prefer-not-to-say', holdsBack: 'prefer-not-to-say' },
  }),
};
