/** The parts of the questionnaire in the order a person meets them; every question page belongs to one. */
export const PAGE_SECTIONS = [
  'legs',
  'look-alikes',
  'technique',
  'weight',
  'health',
  'readiness',
  'decision',
  'surgeon',
] as const;

export type PageSectionId = (typeof PAGE_SECTIONS)[number];
