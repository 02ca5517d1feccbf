import type { AnswersByStep } from '../../../src/answers/answers';
import { FIRST_STEP, type Destination } from '../../../src/flow/flow-table';
import type { QuestionnaireEvent } from '../../../src/flow/questionnaire-machine';
import { nextStep } from '../../../src/flow/route';
import { tagged } from './questionnaire-model';

/**
 * People whose answers, between them, tick every option a rule reads, so every rule can fire on
 * some path. Each answers every page (pages off their route are never submitted). The first ticks
 * everything that raises a point; the others take the remaining route branches and the radio
 * values that only one person can hold at a time (ankles versus calves, pregnancy now versus
 * later, a dramatic versus an unsure expectation, and so on).
 */
export const PERSONAS: Record<string, AnswersByStep> = {
  'calves, laser, every worry ticked': {
    area: { area: 'calves', legs: 'one-leg' },
    concerns: { concerns: ['size', 'shape', 'legs-differ', 'clothes-fit', 'other'] },
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
    'body-size': { units: 'imperial', feet: 5, inches: 4, pounds: 200 },
    'weight-history': { change: 'lost', plans: 'lose' },
    'weight-medicine': { glp1: 'taking' },
    pregnancy: { pregnancy: 'now' },
    age: { age: '41-60' },
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
      details: 'Warfarin 5 mg',
    },
    conditions: { conditions: ['diabetes', 'heart', 'kidney', 'liver'] },
    'diabetes-control': { control: 'not-well' },
    'leg-history': { history: ['liposuction', 'vein-treatment', 'other-surgery'] },
    expectations: { change: 'unsure' },
    recovery: { timeOff: 'under-1-week', support: 'no' },
    wellbeing: { worry: 'quite-a-lot', thinkingTime: '1-3-hours', holdsBack: 'sometimes' },
    surgeon: { status: 'chosen' },
    'surgeon-board': { board: 'other-board' },
    facility: { facility: 'office' },
  },
  'ankles, another energy device, nothing ticked': {
    area: { area: 'ankles', legs: 'both-legs' },
    concerns: { concerns: ['size'] },
    'calf-feel': { feel: 'soft' },
    'ankle-feel': { changes: 'changes' },
    'urgent-symptoms': { symptoms: ['none'] },
    'fat-pattern': { signs: ['none'] },
    swelling: { signs: ['none'] },
    veins: { signs: ['none'] },
    technique: { technique: 'other-energy' },
    'technique-appeal': { reasons: ['none'] },
    'other-procedures': { sameDay: 'unsure' },
    'body-size': { units: 'metric', centimetres: 165, kilograms: 60 },
    'weight-history': { change: 'stable', plans: 'none' },
    'weight-medicine': { glp1: 'no' },
    pregnancy: { pregnancy: 'within-2-years' },
    age: { age: '18-40' },
    nicotine: { nicotine: 'no' },
    'clot-risk': { factors: ['none'] },
    medicines: { items: ['none'], details: undefined },
    conditions: { conditions: ['none'] },
    'diabetes-control': { control: 'well' },
    'leg-history': { history: ['none'] },
    expectations: { change: 'dramatic' },
    recovery: { timeOff: 'over-2-weeks', support: 'yes' },
    wellbeing: { worry: 'not-at-all', thinkingTime: 'under-1-hour', holdsBack: 'never' },
    surgeon: { status: 'comparing' },
    'surgeon-board': { board: 'unsure' },
    facility: { facility: 'unsure' },
  },
  'calves and ankles, unsure of technique, no surgeon yet': {
    area: { area: 'both', legs: 'both-legs' },
    concerns: { concerns: ['shape'] },
    'calf-feel': { feel: 'unsure' },
    'ankle-feel': { changes: 'same' },
    'urgent-symptoms': { symptoms: ['none'] },
    'fat-pattern': { signs: ['family'] },
    swelling: { signs: ['both-legs'] },
    veins: { signs: ['none'] },
    technique: { technique: 'unsure' },
    'technique-appeal': { reasons: ['none'] },
    'other-procedures': { sameDay: 'no' },
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
    'leg-history': { history: ['none'] },
    expectations: { change: 'subtle' },
    recovery: { timeOff: 'unsure', support: 'unsure' },
    wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' },
    surgeon: { status: 'not-yet' },
    'surgeon-board': { board: 'plastic-surgery' },
    facility: { facility: 'hospital' },
  },
  'calves, traditional, mixed feel': {
    area: { area: 'calves', legs: 'both-legs' },
    concerns: { concerns: ['clothes-fit'] },
    'calf-feel': { feel: 'mixed' },
    'ankle-feel': { changes: 'unsure' },
    'urgent-symptoms': { symptoms: ['none'] },
    'fat-pattern': { signs: ['none'] },
    swelling: { signs: ['none'] },
    veins: { signs: ['spider'] },
    technique: { technique: 'traditional' },
    'technique-appeal': { reasons: ['none'] },
    'other-procedures': { sameDay: 'no' },
    'body-size': { units: 'imperial', feet: 6, inches: undefined, pounds: 180 },
    'weight-history': { change: 'gained', plans: 'gain' },
    'weight-medicine': { glp1: 'planning' },
    pregnancy: { pregnancy: 'not-applicable' },
    age: { age: '61-74' },
    nicotine: { nicotine: 'sometimes' },
    'clot-risk': { factors: ['none'] },
    medicines: { items: ['none'], details: undefined },
    conditions: { conditions: ['heart'] },
    'diabetes-control': { control: 'well' },
    'leg-history': { history: ['none'] },
    expectations: { change: 'clear' },
    recovery: { timeOff: '1-2-weeks', support: 'yes' },
    wellbeing: { worry: 'a-little', thinkingTime: 'under-1-hour', holdsBack: 'sometimes' },
    surgeon: { status: 'chosen' },
    'surgeon-board': { board: 'plastic-surgery' },
    facility: { facility: 'accredited-center' },
  },
};

/**
 * A person's walk to the summary: Start, each page of the route their answers imply (worked out
 * with the app's own nextStep, page by page, as the machine will), then Confirm on check-answers.
 */
export function eventsToSummary(answers: AnswersByStep): QuestionnaireEvent[] {
  const events: QuestionnaireEvent[] = [{ type: 'START' }];
  let step: Destination = FIRST_STEP;
  while (step !== 'check-answers') {
    events.push({ type: 'SUBMIT', answer: tagged(step, answers[step]) });
    step = nextStep(step, answers);
  }
  events.push({ type: 'CONFIRM' });
  return events;
}
