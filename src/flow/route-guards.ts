import type { Answers } from '../answers/answers';

/**
 * The questions that decide which follow-up pages a person sees. Each takes the answers
 * as they stand once the current page is saved. They are named so the flow table and the
 * machine can refer to them, and pure so the same predicate decides the route everywhere.
 */
export const routeGuards = {
  includesCalves: (answers: Answers) => {
    const area = answers.area?.area;
    return area === 'calves' || area === 'both';
  },
  includesAnkles: (answers: Answers) => {
    const area = answers.area?.area;
    return area === 'ankles' || area === 'both';
  },
  consideringEnergyDevice: (answers: Answers) => {
    const technique = answers.technique?.technique;
    return technique === 'laser' || technique === 'other-energy';
  },
  weightChanged: (answers: Answers) => {
    const change = answers['weight-history']?.change;
    return change === 'lost' || change === 'gained' || change === 'up-and-down';
  },
  hasDiabetes: (answers: Answers) => answers.conditions?.conditions.includes('diabetes') ?? false,
  hasSurgeonInMind: (answers: Answers) => {
    const status = answers.surgeon?.status;
    return status === 'chosen' || status === 'comparing';
  },
  /**
   * A symptom that cannot wait: Continue leads to the "get help" page first. The same symptoms as
   * the urgent rules (rules/rules-urgent.ts), which the route may not import; a unit test checks
   * that the two agree for every combination of boxes.
   */
  hasUrgentSymptom: (answers: Answers) =>
    answers['urgent-symptoms']?.symptoms.some(
      (symptom) => symptom === 'one-leg-swollen-painful' || symptom === 'breathless-chest-pain',
    ) ?? false,
} as const satisfies Record<string, (answers: Answers) => boolean>;

export type RouteGuardName = keyof typeof routeGuards;
