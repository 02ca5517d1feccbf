import type { Answers } from '../answers/answers';
import type { OptionOf } from '../answers/answer-ref';
import type { FieldOf } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';

/**
 * A route condition as data: "this field's answer is (or, for checkboxes, includes) one of these
 * options". Data rather than a function, so the same condition decides the route here and is
 * exported as a FHIR `enableWhen` (src/fhir/), and the two cannot drift apart. A misspelt step,
 * field or option fails to compile.
 */
export interface AnswerCondition {
  readonly step: StepId;
  readonly field: string;
  readonly anyOf: readonly string[];
}

function answerIn<K extends StepId, F extends FieldOf<K>>(
  step: K,
  field: F,
  anyOf: readonly [OptionOf<K, F>, ...OptionOf<K, F>[]],
): AnswerCondition {
  return { step, field, anyOf };
}

/**
 * The questions that decide which follow-up pages a person sees. Each reads the answers as they
 * stand once the current page is saved. They are named so the flow table and the machine can
 * refer to them.
 */
export const routeConditions = {
  includesCalves: answerIn('area', 'area', ['calves', 'both']),
  includesAnkles: answerIn('area', 'area', ['ankles', 'both']),
  consideringEnergyDevice: answerIn('technique', 'technique', ['laser', 'other-energy']),
  weightChanged: answerIn('weight-history', 'change', ['lost', 'gained', 'up-and-down']),
  hasDiabetes: answerIn('conditions', 'conditions', ['diabetes']),
  hasSurgeonInMind: answerIn('surgeon', 'status', ['chosen', 'comparing']),
  /**
   * A symptom that cannot wait: Continue leads to the "get help" page first. The same symptoms as
   * the urgent rules (rules/rules-urgent.ts), which the route may not import; a unit test checks
   * that the two agree for every combination of boxes.
   */
  hasUrgentSymptom: answerIn('urgent-symptoms', 'symptoms', ['one-leg-swollen-painful', 'breathless-chest-pain']),
} as const satisfies Record<string, AnswerCondition>;

export type RouteGuardName = keyof typeof routeConditions;

/** Whether the answers meet a condition: a radio's answer is one of the options, or a checkbox list holds one. */
export function conditionHolds({ step, field, anyOf }: AnswerCondition, answers: Answers): boolean {
  const page: Readonly<Record<string, unknown>> | undefined = answers[step];
  const value = page?.[field];
  if (Array.isArray(value)) return value.some((item) => anyOf.includes(String(item)));
  return typeof value === 'string' && anyOf.includes(value);
}

function guardsFrom(conditions: typeof routeConditions) {
  const guards = {} as Record<RouteGuardName, (answers: Answers) => boolean>;
  for (const name of Object.keys(conditions) as RouteGuardName[]) {
    guards[name] = (answers) => conditionHolds(conditions[name], answers);
  }
  return guards;
}

/** The conditions as predicates, for the route and the machine: pure, so the same test decides the route everywhere. */
export const routeGuards: Readonly<Record<RouteGuardName, (answers: Answers) => boolean>> = guardsFrom(routeConditions);
