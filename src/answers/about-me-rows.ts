import { said, saidBmiFrom, type AnswerRef } from './answer-ref';

/**
 * The "About me" table for the surgeon: the clinically relevant answers, a row per topic, in the
 * order a surgeon takes a history (what and where, the legs, weight, health and clot risk,
 * technique, hopes and plans). Row titles are in the summary catalog under the same ids.
 */
export const ABOUT_ME_ROWS = [
  {
    id: 'area',
    answers: [
      said('area', 'area'),
      said('area', 'legs'),
      said('concerns', 'concerns'),
      said('concerns', 'otherConcern'),
    ],
  },
  { id: 'symptoms', answers: [said('urgent-symptoms', 'symptoms')] },
  {
    id: 'leg-signs',
    answers: [
      said('calf-feel', 'feel'),
      said('ankle-feel', 'changes'),
      said('fat-pattern', 'signs'),
      said('swelling', 'signs'),
      said('veins', 'signs'),
    ],
  },
  { id: 'body-size', answers: [saidBmiFrom(0)] },
  {
    id: 'weight',
    answers: [said('weight-history', 'change'), said('weight-history', 'plans'), said('weight-medicine', 'glp1')],
  },
  { id: 'pregnancy', answers: [said('pregnancy', 'pregnancy')] },
  { id: 'age', answers: [said('age', 'age'), said('nicotine', 'nicotine')] },
  { id: 'clot-risk', answers: [said('clot-risk', 'factors')] },
  { id: 'medicines', answers: [said('medicines', 'items'), said('medicines', 'details')] },
  {
    id: 'conditions',
    answers: [said('conditions', 'conditions'), said('diabetes-control', 'control'), said('leg-history', 'history')],
  },
  {
    id: 'technique',
    answers: [said('technique', 'technique'), said('technique-appeal', 'reasons'), said('other-procedures', 'sameDay')],
  },
  { id: 'hopes', answers: [said('expectations', 'change'), said('recovery', 'timeOff'), said('recovery', 'support')] },
  {
    id: 'feelings',
    answers: [said('wellbeing', 'worry'), said('wellbeing', 'thinkingTime'), said('wellbeing', 'holdsBack')],
  },
] as const satisfies readonly { id: string; answers: readonly AnswerRef[] }[];

export type AboutMeRowId = (typeof ABOUT_ME_ROWS)[number]['id'];
