/**
 * The summary's sections, in the order the brief sets: anything urgent first, then what to sort
 * out with a doctor before a consultation, then the consultation itself (questions to ask, facts
 * to tell), and last what to weigh before deciding. `evaluate` sorts points by this order.
 */
export const SECTIONS = [
  {
    id: 'urgent',
    title: 'Get medical help now',
    intro: 'Some of your answers need medical attention before anything else.',
  },
  {
    id: 'doctor-first',
    title: 'Talk to a doctor first',
    intro: 'Some of your answers point to things a doctor should check before any liposuction.',
  },
  {
    id: 'ask-surgeon',
    title: 'Questions to ask your surgeon',
  },
  {
    id: 'tell-surgeon',
    title: 'Tell your surgeon about',
  },
  {
    id: 'before-you-decide',
    title: 'Before you decide',
    intro: 'Things to weigh up, in your own time, whatever you decide.',
  },
] as const satisfies readonly { id: string; title: string; intro?: string }[];

export type SectionId = (typeof SECTIONS)[number]['id'];

/** Position of a section in the summary, for sorting. */
export function sectionRank(id: SectionId): number {
  return SECTIONS.findIndex((section) => section.id === id);
}
