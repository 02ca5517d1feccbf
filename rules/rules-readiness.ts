import type { Rule } from './rule';

/**
 * Expectations, recovery, risks and readiness. Most of these are on every summary: everyone
 * deserves the same plain account of the benefit, the recovery and the risks, and the reminder
 * that not having surgery is always an option. The answer-dependent ones add what the person's
 * own plans call for (time off, help at home, how much change they hope for, how they feel).
 */
export const readinessRules = [
  {
    id: 'expectations-unsure',
    section: 'ask-surgeon',
    when: (answers) => answers.expectations?.change === 'unsure',
    sources: ['consult-questions', 'weniger-review'],
  },
  {
    id: 'expectations-dramatic',
    section: 'before-you-decide',
    when: (answers) => answers.expectations?.change === 'dramatic',
    sources: ['weniger-review', 'medscape-calf'],
  },
  {
    id: 'realistic-benefit',
    section: 'before-you-decide',
    when: () => true,
    sources: ['seed-article', 'seed-qa', 'weniger-review'],
  },
  {
    id: 'risks-to-ask-about',
    section: 'before-you-decide',
    when: () => true,
    sources: ['seed-article', 'contour'],
  },
  {
    id: 'recovery-swelling',
    section: 'before-you-decide',
    when: () => true,
    sources: ['nhs-lipo-risks', 'legs-ankles-technique'],
  },
  {
    id: 'recovery-compression',
    section: 'before-you-decide',
    when: () => true,
    sources: ['compression', 'legs-ankles-technique'],
  },
  {
    id: 'recovery-walking',
    section: 'before-you-decide',
    when: () => true,
    sources: ['legs-ankles-technique', 'vte-risk'],
  },
  {
    id: 'recovery-bruise-staining',
    section: 'before-you-decide',
    when: () => true,
    sources: ['staining'],
  },
  {
    id: 'ask-time-off',
    section: 'before-you-decide',
    when: (answers) => {
      const timeOff = answers.recovery?.timeOff;
      return timeOff === 'under-1-week' || timeOff === 'unsure';
    },
    sources: ['nhs-lipo-risks', 'compression'],
  },
  {
    id: 'plan-help-at-home',
    section: 'before-you-decide',
    when: (answers) => {
      const support = answers.recovery?.support;
      return support === 'no' || support === 'unsure';
    },
    sources: ['nhs-lipo-risks', 'legs-ankles-technique'],
  },
  {
    id: 'talk-about-feelings',
    section: 'before-you-decide',
    // All three together, not any one: plenty of people worry about their legs now and then.
    when: (answers) => {
      const wellbeing = answers.wellbeing;
      if (!wellbeing) return false;
      const worriesALot = wellbeing.worry === 'quite-a-lot' || wellbeing.worry === 'a-great-deal';
      const takesTime = wellbeing.thinkingTime === '1-3-hours' || wellbeing.thinkingTime === 'over-3-hours';
      const holdsBack = wellbeing.holdsBack === 'sometimes' || wellbeing.holdsBack === 'often';
      return worriesALot && takesTime && holdsBack;
    },
    sources: ['bdd-prevalence', 'bdd-outcome'],
  },
  {
    id: 'no-surgery-is-an-option',
    section: 'before-you-decide',
    when: () => true,
    sources: ['consult-questions'],
  },
] as const satisfies readonly Rule[];
