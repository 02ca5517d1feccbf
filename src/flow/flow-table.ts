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
  'weight-history': [{ target: 'weight-medicine' }],
  'weight-medicine': [{ target: 'pregnancy' }],
  pregnancy: [{ target: 'age' }],
  age: [{ target: 'nicotine' }],
  nicotine: [{ target: 'clot-risk' }],
  'clot-risk': [{ target: 'medicines' }],
  medicines: [{ target: 'conditions' }],
  conditions: [{ guard: 'hasDiabetes', target: 'diabetes-control' }, { target: 'leg-history' }],
  'diabetes-control': [{ target: 'leg-history' }],
  'leg-history': [{ target: 'expectations' }],
  expectations: [{ target: 'recovery' }],
  recovery: [{ target: 'wellbeing' }],
  wellbeing: [{ target: 'surgeon' }],
  surgeon: [{ guard: 'hasSurgeonInMind', target: 'surgeon-board' }, { target: 'check-answers' }],
  'surgeon-board': [{ target: 'facility' }],
  facility: [{ target: 'check-answers' }],
} as const satisfies Record<StepId, readonly FlowTransition[]>;

export const FIRST_STEP: StepId = 'area';
