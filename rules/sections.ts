/**
 * The summary's sections, in the order the brief sets: anything urgent first, then what to sort
 * out with a doctor before a consultation, then the consultation itself (questions to ask, facts
 * to tell), and last what to weigh before deciding. `evaluate` sorts points by this order. Their
 * titles are in the text tables, `rules/text/section-text-*.ts`.
 */
export const SECTIONS = ['urgent', 'doctor-first', 'ask-surgeon', 'tell-surgeon', 'before-you-decide'] as const;

export type SectionId = (typeof SECTIONS)[number];

/** A section's heading in one language, and a line under it where the section needs one. */
export interface SectionText {
  readonly title: string;
  readonly intro?: string;
}

export type SectionTexts = { readonly [Id in SectionId]: SectionText };

/** Position of a section in the summary, for sorting. */
export function sectionRank(id: SectionId): number {
  return SECTIONS.indexOf(id);
}
