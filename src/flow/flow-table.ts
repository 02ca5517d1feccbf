import type { StepId } from '../answers/step-ids';
import type { RouteGuardName } from './route-guards';

export type Destination = StepId | 'check-answers';

export interface FlowTransition {
  /** Taken when this guard holds; the last transition of a step has none and is the default. */
  guard?: RouteGuardName;
  target: Destination;
}

/**
 * Where each page leads, tried in order. This table is the single description of the
 * route: the machine's guarded transitions are generated from it, and so is the
 * pure `nextStep` used to work out which answers are still on the route.
 */
export const flowTable = {
  area: [{ target: 'concerns' }],
  concerns: [
    { guard: 'includesCalves', target: 'calf-feel' },
    { guard: 'includesAnkles', target: 'ankle-feel' },
    { target: 'urgent-symptoms' },
  ],
  'calf-feel': [{ guard: 'includesAnkles', target: 'ankle-feel' }, { target: 'urgent-symptoms' }],
  'ankle-feel': [{ target: 'urgent-symptoms' }],
  'urgent-symptoms': [{ target: 'fat-pattern' }],
  'fat-pattern': [{ target: 'swelling' }],
  swelling: [{ target: 'veins' }],
  veins: [{ target: 'technique' }],
  technique: [{ guard: 'consideringEnergyDevice', target: 'technique-appeal' }, { target: 'other-procedures' }],
  'technique-appeal': [{ target: 'other-procedures' }],
  'other-procedures': [{ target: 'body-size' }],
  'body-size': [{ target: 'weight-history' }],
  'weight-history': [{ guard: 'weightChanged', target: 'weight-change-amount' }, { target: 'weight-medicine' }],
  'weight-change-amount': [{ target: 'weight-medicine' }],
  'weight-medicine': [{ target: 'age' }],
  age: [{ target: 'nicotine' }],
  nicotine: [{ target: 'pregnancy' }],
  pregnancy: [{ target: 'clot-risk' }],
  'clot-risk': [{ target: 'medicines' }],
  medicines: [{ target: 'conditions' }],
  conditions: [{ guard: 'hasDiabetes', target: 'diabetes-control' }, { target: 'leg-history' }],
  'diabetes-control': [{ target: 'leg-history' }],
  'leg-history': [{ target: 'expectations' }],
  expectations: [{ target: 'recovery' }],
  recovery: [{ target: 'wellbeing' }],
  wellbeing: [{ target: 'priorities' }],
  priorities: [{ target: 'options' }],
  options: [{ target: 'sure' }],
  sure: [{ target: 'surgeon' }],
  surgeon: [{ guard: 'hasSurgeonInMind', target: 'surgeon-board' }, { target: 'own-questions' }],
  'surgeon-board': [{ target: 'facility' }],
  facility: [{ target: 'own-questions' }],
  'own-questions': [{ target: 'check-answers' }],
} as const satisfies Record<StepId, readonly FlowTransition[]>;

export const FIRST_STEP: StepId = 'area';

/**
 * The page whose urgent answers (route guard `hasUrgentSymptom`) lead, on Continue, to the
 * "get help" page before the next question; that page's Back and "continue preparing" start here.
 */
export const GET_HELP_AFTER = 'urgent-symptoms' satisfies StepId;
