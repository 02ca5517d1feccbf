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
  hasDiabetes: (answers: Answers) => answers.conditions?.conditions.includes('diabetes') ?? false,
  hasSurgeonInMind: (answers: Answers) => {
    const status = answers.surgeon?.status;
    return status === 'chosen' || status === 'comparing';
  },
} as const satisfies Record<string, (answers: Answers) => boolean>;

export type RouteGuardName = keyof typeof routeGuards;
