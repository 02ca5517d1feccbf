/**
 * The summary's sections, in the order the brief sets: anything urgent first, then what to sort
 * out with a doctor before a consultation, then the consultation itself (questions to ask, facts
 * to tell), and last what to weigh before deciding. `summaryPoints` sorts points by this order. Their
 * titles are in the catalogs (`summary-sections.json` in each language folder of `src/i18n/`).
 */
export const SECTIONS = ['urgent', 'doctor-first', 'ask-surgeon', 'tell-surgeon', 'before-you-decide'] as const;

export type SectionId = (typeof SECTIONS)[number];

/** Position of a section in the summary, for sorting. */
export function sectionRank(id: SectionId): number {
  return SECTIONS.indexOf(id);
}
