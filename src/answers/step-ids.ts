/**
 * Every question page, in the order a person meets them. The id doubles as the page's
 * address fragment and as the key of its answers, so it is kebab-case and must stay stable.
 */
export const STEP_IDS = [
  // 1. Where
  'area',
  'concerns',
  'calf-feel',
  'ankle-feel',
  // 2. Look-alike conditions and urgent symptoms
  'urgent-symptoms',
  'fat-pattern',
  'swelling',
  'veins',
  // 3. Technique
  'technique',
  'technique-appeal',
  'other-procedures',
  // 4. Weight and stability
  'body-size',
  'weight-history',
  'weight-change-amount',
  'weight-medicine',
  // 5. Health and blood-clot risk
  'age',
  'nicotine',
  // Pregnancy now or soon is a clot risk as well as a change in shape, so it sits by the clot questions.
  'pregnancy',
  'clot-risk',
  'medicines',
  'conditions',
  'diabetes-control',
  'leg-history',
  // 6. Expectations, recovery and readiness
  'expectations',
  'recovery',
  'wellbeing',
  // 7. The decision: what matters to them, the options side by side, and how sure they feel
  'priorities',
  'options',
  'sure',
  // 8. Surgeon and facility
  'surgeon',
  'surgeon-board',
  'facility',
  // 9. The person's own questions for the surgeon (optional; printed first among the questions)
  'own-questions',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}
