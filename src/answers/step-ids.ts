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
  'weight-medicine',
  'pregnancy',
  // 5. Health and blood-clot risk
  'age',
  'nicotine',
  'clot-risk',
  'medicines',
  'conditions',
  'diabetes-control',
  'leg-history',
  // 6. Expectations, recovery and readiness
  'expectations',
  'recovery',
  'wellbeing',
  // 7. Surgeon and facility
  'surgeon',
  'surgeon-board',
  'facility',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}
