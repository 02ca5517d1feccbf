/**
 * What kind of point a rule makes: something urgent, something to sort out with a doctor first,
 * a question to ask the surgeon, something to tell them, or something to weigh up before
 * deciding. The summary is ordered by tier (`tiers.ts`, decision 0013); the section decides where
 * a checklist point sits ("Questions for your surgeon" or "Before you decide") and whether it gets
 * room on paper for the surgeon's answer.
 */
export const SECTIONS = ['urgent', 'doctor-first', 'ask-surgeon', 'tell-surgeon', 'before-you-decide'] as const;

export type SectionId = (typeof SECTIONS)[number];
