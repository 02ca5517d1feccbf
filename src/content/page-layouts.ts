import type { StepId } from '../answers/step-ids';
import { AGE_VALUES, CLOT_RISK_VALUES, CONDITION_VALUES, DIABETES_CONTROL_VALUES, LEG_HISTORY_VALUES, MEDICINE_VALUES, NICOTINE_VALUES } from '../answers/schemas/health-schemas';
import { FAT_PATTERN_VALUES, SWELLING_VALUES, URGENT_SYMPTOM_VALUES, VEIN_VALUES } from '../answers/schemas/look-alike-schemas';
import { EXPECTATION_VALUES, HOLDS_BACK_VALUES, THINKING_TIME_VALUES, TIME_OFF_VALUES, WORRY_VALUES } from '../answers/schemas/readiness-schemas';
import { FACILITY_VALUES, SURGEON_BOARD_VALUES, SURGEON_STATUS_VALUES } from '../answers/schemas/surgeon-schemas';
import { OTHER_PROCEDURES_VALUES, TECHNIQUE_APPEAL_VALUES, TECHNIQUE_VALUES } from '../answers/schemas/technique-schemas';
import { PREGNANCY_VALUES, UNIT_VALUES, WEIGHT_CHANGE_VALUES, WEIGHT_MEDICINE_VALUES, WEIGHT_PLAN_VALUES } from '../answers/schemas/weight-schemas';
import { ANKLE_FEEL_VALUES, AREA_VALUES, CALF_FEEL_VALUES, CONCERN_VALUES, LEGS_VALUES } from '../answers/schemas/where-schemas';
import type { PageLayout } from './page-layout-types';
import type { ProgressSectionId } from './progress-sections';

function radio<const N extends string>(name: N, values: readonly string[]) {
  return { kind: 'radio', name, values } as const;
}

function checkbox<const N extends string>(name: N, values: readonly string[], noneValue?: string) {
  return { kind: 'checkbox', name, values, noneValue } as const;
}

function text<const N extends string>(name: N) {
  return { kind: 'text', name } as const;
}

function page<const Q extends PageLayout['questions']>(section: ProgressSectionId, questions: Q) {
  return { section, questions };
}

/**
 * What every question page asks and in which order, keyed by step, with no words in it: the
 * words are in the catalogs. A missing page, or a field name the page's schema does not have,
 * fails to compile; the options come from the schemas' own tuples of values.
 */
export const PAGE_LAYOUTS = {
  area: page('legs', [radio('area', AREA_VALUES), radio('legs', LEGS_VALUES)]),
  concerns: page('legs', [checkbox('concerns', CONCERN_VALUES)]),
  'calf-feel': page('legs', [radio('feel', CALF_FEEL_VALUES)]),
  'ankle-feel': page('legs', [radio('changes', ANKLE_FEEL_VALUES)]),
  'urgent-symptoms': page('look-alikes', [checkbox('symptoms', URGENT_SYMPTOM_VALUES, 'none')]),
  'fat-pattern': page('look-alikes', [checkbox('signs', FAT_PATTERN_VALUES, 'none')]),
  swelling: page('look-alikes', [checkbox('signs', SWELLING_VALUES, 'none')]),
  veins: page('look-alikes', [checkbox('signs', VEIN_VALUES, 'none')]),
  technique: page('technique', [radio('technique', TECHNIQUE_VALUES)]),
  'technique-appeal': page('technique', [checkbox('reasons', TECHNIQUE_APPEAL_VALUES, 'none')]),
  'other-procedures': page('technique', [radio('sameDay', OTHER_PROCEDURES_VALUES)]),
  'body-size': page('weight', [radio('units', UNIT_VALUES)]),
  'weight-history': page('weight', [radio('change', WEIGHT_CHANGE_VALUES), radio('plans', WEIGHT_PLAN_VALUES)]),
  'weight-medicine': page('weight', [radio('glp1', WEIGHT_MEDICINE_VALUES)]),
  pregnancy: page('weight', [radio('pregnancy', PREGNANCY_VALUES)]),
  age: page('health', [radio('age', AGE_VALUES)]),
  nicotine: page('health', [radio('nicotine', NICOTINE_VALUES)]),
  'clot-risk': page('health', [checkbox('factors', CLOT_RISK_VALUES, 'none')]),
  medicines: page('health', [checkbox('items', MEDICINE_VALUES, 'none'), text('details')]),
  conditions: page('health', [checkbox('conditions', CONDITION_VALUES, 'none')]),
  'diabetes-control': page('health', [radio('control', DIABETES_CONTROL_VALUES)]),
  'leg-history': page('health', [checkbox('history', LEG_HISTORY_VALUES, 'none')]),
  expectations: page('readiness', [radio('change', EXPECTATION_VALUES)]),
  recovery: page('readiness', [radio('timeOff', TIME_OFF_VALUES), radio('support', OTHER_PROCEDURES_VALUES)]),
  wellbeing: page('readiness', [radio('worry', WORRY_VALUES), radio('thinkingTime', THINKING_TIME_VALUES), radio('holdsBack', HOLDS_BACK_VALUES)]),
  surgeon: page('surgeon', [radio('status', SURGEON_STATUS_VALUES)]),
  'surgeon-board': page('surgeon', [radio('board', SURGEON_BOARD_VALUES)]),
  facility: page('surgeon', [radio('facility', FACILITY_VALUES)]),
} satisfies { [K in StepId]: PageLayout<K> };
