import { STEP_IDS, type StepId } from '../answers/step-ids';
import { flowTable, type FlowTransition } from './flow-table';
import type { RouteGuardName } from './route-guards';

/** When a page is on the route: always, or only while one route condition holds. */
export type PageCondition = RouteGuardName | 'always';

/**
 * The one condition under which each page is on the route, worked out from the flow table, for
 * exports that state the route declaratively (FHIR `enableWhen`, src/fhir/). A page entered by a
 * guarded transition depends on that guard; a page entered by a default transition depends on
 * whatever its source depends on. A page entered in ways that depend on different conditions
 * cannot be stated as one condition, so the table is refused: whoever edits it must then extend
 * this function. A property test checks that these conditions pick exactly the pages `routeOf`
 * walks, for random answers.
 */
export function pageConditions(
  table: Readonly<Record<StepId, readonly FlowTransition[]>> = flowTable,
): Readonly<Record<StepId, PageCondition>> {
  const entries = new Map<StepId, PageCondition[]>();
  const conditions = {} as Record<StepId, PageCondition>;
  // The table only ever leads forward, so by the time a page is reached, all its entries are known.
  for (const step of STEP_IDS) {
    const entering = entries.get(step) ?? [];
    conditions[step] = step === STEP_IDS[0] ? 'always' : oneCondition(step, entering);
    for (const { guard, target } of table[step]) {
      if (target === 'check-answers') continue;
      entries.set(target, [...(entries.get(target) ?? []), guard ?? conditions[step]]);
    }
  }
  return conditions;
}

function oneCondition(step: StepId, entering: readonly PageCondition[]): PageCondition {
  if (entering.includes('always')) return 'always';
  const [condition, ...others] = [...new Set(entering)];
  if (!condition || others.length > 0) {
    throw new Error(`"${step}" is not entered under one condition (${entering.join(', ') || 'never entered'})`);
  }
  return condition;
}
