import fc from 'fast-check';
import type { Answers, AnswersByStep, StepAnswer, StepValues } from '../../../src/answers/answers';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import type { Place } from '../../../src/flow/route';

const AGE_VALUES = QUESTION_PAGES.age.fields.age.values;
const CLOT_RISK_VALUES = QUESTION_PAGES['clot-risk'].fields.factors.values;
const CONDITION_VALUES = QUESTION_PAGES.conditions.fields.conditions.values;
const DIABETES_CONTROL_VALUES = QUESTION_PAGES['diabetes-control'].fields.control.values;
const LEG_HISTORY_VALUES = QUESTION_PAGES['leg-history'].fields.history.values;
const MEDICINE_VALUES = QUESTION_PAGES.medicines.fields.items.values;
const NICOTINE_VALUES = QUESTION_PAGES.nicotine.fields.nicotine.values;
const FAT_PATTERN_VALUES = QUESTION_PAGES['fat-pattern'].fields.signs.values;
const SWELLING_VALUES = QUESTION_PAGES.swelling.fields.signs.values;
const URGENT_SYMPTOM_VALUES = QUESTION_PAGES['urgent-symptoms'].fields.symptoms.values;
const VEIN_VALUES = QUESTION_PAGES.veins.fields.signs.values;
const EXPECTATION_VALUES = QUESTION_PAGES.expectations.fields.change.values;
const HOLDS_BACK_VALUES = QUESTION_PAGES.wellbeing.fields.holdsBack.values;
const SUPPORT_VALUES = QUESTION_PAGES.recovery.fields.support.values;
const THINKING_TIME_VALUES = QUESTION_PAGES.wellbeing.fields.thinkingTime.values;
const TIME_OFF_VALUES = QUESTION_PAGES.recovery.fields.timeOff.values;
const WORRY_VALUES = QUESTION_PAGES.wellbeing.fields.worry.values;
const IMPORTANCE_VALUES = QUESTION_PAGES.priorities.fields.shortRecovery.values;
const YES_NO_VALUES = QUESTION_PAGES.sure.fields.sureOfChoice.values;
const FACILITY_VALUES = QUESTION_PAGES.facility.fields.facility.values;
const SURGEON_BOARD_VALUES = QUESTION_PAGES['surgeon-board'].fields.board.values;
const SURGEON_STATUS_VALUES = QUESTION_PAGES.surgeon.fields.status.values;
const OTHER_PROCEDURES_VALUES = QUESTION_PAGES['other-procedures'].fields.sameDay.values;
const TECHNIQUE_APPEAL_VALUES = QUESTION_PAGES['technique-appeal'].fields.reasons.values;
const TECHNIQUE_VALUES = QUESTION_PAGES.technique.fields.technique.values;
const PREGNANCY_VALUES = QUESTION_PAGES.pregnancy.fields.pregnancy.values;
const WEIGHT_CHANGE_VALUES = QUESTION_PAGES['weight-history'].fields.change.values;
const WEIGHT_AMOUNT_VALUES = QUESTION_PAGES['weight-change-amount'].fields.amount.values;
const WEIGHT_MEDICINE_VALUES = QUESTION_PAGES['weight-medicine'].fields.glp1.values;
const WEIGHT_PLAN_VALUES = QUESTION_PAGES['weight-history'].fields.plans.values;
const ANKLE_FEEL_VALUES = QUESTION_PAGES['ankle-feel'].fields.changes.values;
const AREA_VALUES = QUESTION_PAGES.area.fields.area.values;
const CALF_FEEL_VALUES = QUESTION_PAGES['calf-feel'].fields.feel.values;
const CONCERN_VALUES = QUESTION_PAGES.concerns.fields.concerns.values;
const LEGS_VALUES = QUESTION_PAGES.area.fields.legs.values;

/*
 * Arbitraries of valid answers, built from the schemas' own value tuples, so a new option is
 * generated as soon as the schema has it. They produce what a page saves (the schema's output):
 * numbers for height and weight, trimmed notes or none.
 */

/** One value of a radio group. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T): fc.Arbitrary<T[number]> {
  return fc.constantFrom(...values);
}

/** A checkbox list with "None of these": either that alone, or at least one of the others. */
function someOf<T extends string>(values: readonly T[], none: T): fc.Arbitrary<T[]> {
  const others = values.filter((value) => value !== none);
  return fc.oneof(fc.constant<T[]>([none]), fc.uniqueArray(fc.constantFrom(...others), { minLength: 1 }));
}

/** Optional notes as the page saves them: trimmed, at most 300 characters, empty as undefined. */
const notes: fc.Arbitrary<string | undefined> = fc.string({ maxLength: 300 }).map((text) => text.trim() || undefined);

/** A question in the person's own words as the page saves it: trimmed, at most 150 characters, empty as undefined. */
const ownQuestion: fc.Arbitrary<string | undefined> = fc
  .string({ maxLength: 150 })
  .map((text) => text.trim() || undefined);

/** A decimal in a page's range, as a typed number with at most one decimal place comes out. */
function measure(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: min * 10, max: max * 10 }).map((tenths) => tenths / 10);
}

/** Height and weight: both in the chosen units, or neither (the page refuses half a pair). */
const bodySize: fc.Arbitrary<StepValues<'body-size'>> = fc.oneof(
  fc.constant({ units: 'imperial' as const, feet: undefined, inches: undefined, pounds: undefined }),
  fc.record({
    units: fc.constant('imperial' as const),
    feet: fc.integer({ min: 3, max: 8 }),
    inches: fc.option(fc.integer({ min: 0, max: 11 }), { nil: undefined }),
    pounds: measure(70, 700),
  }),
  fc.constant({ units: 'metric' as const, centimetres: undefined, kilograms: undefined }),
  fc.record({ units: fc.constant('metric' as const), centimetres: measure(90, 250), kilograms: measure(30, 320) }),
);

/** A valid answer for each page. */
export const stepValues: { [K in StepId]: fc.Arbitrary<StepValues<K>> } = {
  area: fc.record({ area: oneOf(AREA_VALUES), legs: oneOf(LEGS_VALUES) }),
  concerns: fc.record({ concerns: fc.uniqueArray(fc.constantFrom(...CONCERN_VALUES), { minLength: 1 }) }),
  'calf-feel': fc.record({ feel: oneOf(CALF_FEEL_VALUES) }),
  'ankle-feel': fc.record({ changes: oneOf(ANKLE_FEEL_VALUES) }),
  'urgent-symptoms': fc.record({ symptoms: someOf(URGENT_SYMPTOM_VALUES, 'none') }),
  'fat-pattern': fc.record({ signs: someOf(FAT_PATTERN_VALUES, 'none') }),
  swelling: fc.record({ signs: someOf(SWELLING_VALUES, 'none') }),
  veins: fc.record({ signs: someOf(VEIN_VALUES, 'none') }),
  technique: fc.record({ technique: oneOf(TECHNIQUE_VALUES) }),
  'technique-appeal': fc.record({ reasons: someOf(TECHNIQUE_APPEAL_VALUES, 'none') }),
  'other-procedures': fc.record({ sameDay: oneOf(OTHER_PROCEDURES_VALUES) }),
  'body-size': bodySize,
  'weight-history': fc.record({ change: oneOf(WEIGHT_CHANGE_VALUES), plans: oneOf(WEIGHT_PLAN_VALUES) }),
  'weight-change-amount': fc.record({ amount: oneOf(WEIGHT_AMOUNT_VALUES) }),
  'weight-medicine': fc.record({ glp1: oneOf(WEIGHT_MEDICINE_VALUES) }),
  pregnancy: fc.record({ pregnancy: oneOf(PREGNANCY_VALUES) }),
  age: fc.record({ age: oneOf(AGE_VALUES) }),
  nicotine: fc.record({ nicotine: oneOf(NICOTINE_VALUES) }),
  'clot-risk': fc.record({ factors: someOf(CLOT_RISK_VALUES, 'none') }),
  medicines: fc.record({ items: someOf(MEDICINE_VALUES, 'none'), details: notes }),
  conditions: fc.record({ conditions: someOf(CONDITION_VALUES, 'none') }),
  'diabetes-control': fc.record({ control: oneOf(DIABETES_CONTROL_VALUES) }),
  'leg-history': fc.record({ history: someOf(LEG_HISTORY_VALUES, 'none') }),
  expectations: fc.record({ change: oneOf(EXPECTATION_VALUES) }),
  recovery: fc.record({ timeOff: oneOf(TIME_OFF_VALUES), support: oneOf(SUPPORT_VALUES) }),
  wellbeing: fc.record({
    worry: oneOf(WORRY_VALUES),
    thinkingTime: oneOf(THINKING_TIME_VALUES),
    holdsBack: oneOf(HOLDS_BACK_VALUES),
  }),
  priorities: fc.record({
    shortRecovery: oneOf(IMPORTANCE_VALUES),
    lowRisk: oneOf(IMPORTANCE_VALUES),
    noticeableChange: oneOf(IMPORTANCE_VALUES),
    lowCost: oneOf(IMPORTANCE_VALUES),
    lastingResult: oneOf(IMPORTANCE_VALUES),
    noOperation: oneOf(IMPORTANCE_VALUES),
  }),
  options: fc.constant({}),
  sure: fc.record({
    sureOfChoice: oneOf(YES_NO_VALUES),
    knowsOptions: oneOf(YES_NO_VALUES),
    clearOnValues: oneOf(YES_NO_VALUES),
    enoughSupport: oneOf(YES_NO_VALUES),
  }),
  surgeon: fc.record({ status: oneOf(SURGEON_STATUS_VALUES) }),
  'surgeon-board': fc.record({ board: oneOf(SURGEON_BOARD_VALUES) }),
  facility: fc.record({ facility: oneOf(FACILITY_VALUES) }),
  'own-questions': fc.record({
    question1: ownQuestion,
    question2: ownQuestion,
    question3: ownQuestion,
    question4: ownQuestion,
    question5: ownQuestion,
  }),
};

/** Every page answered (a route from start to finish, with answers kept aside for pages off it). */
export const completeAnswers: fc.Arbitrary<AnswersByStep> = fc.record(stepValues, { noNullPrototype: true });

/** Any subset of pages answered, as saved progress can be. */
export const someAnswers: fc.Arbitrary<Answers> = fc.record(stepValues, { requiredKeys: [], noNullPrototype: true });

/** One page's answer, tagged with the page, as a SUBMIT carries it. */
export const stepAnswer: fc.Arbitrary<StepAnswer> = fc
  .constantFrom(...STEP_IDS)
  .chain((step) => stepValues[step].map((values) => ({ step, values }) as StepAnswer));

/** Every place the app knows. */
export const KNOWN_PLACES: readonly Place[] = ['intro', ...STEP_IDS, 'check-answers', 'summary'];

export const place: fc.Arbitrary<Place> = fc.constantFrom(...KNOWN_PLACES);
