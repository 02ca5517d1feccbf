/** The parts of the questionnaire in the order a person meets them, for the progress caption. */
export const PROGRESS_SECTIONS = ['legs', 'look-alikes', 'technique', 'weight', 'health', 'readiness', 'surgeon'] as const;

export type ProgressSectionId = (typeof PROGRESS_SECTIONS)[number];
