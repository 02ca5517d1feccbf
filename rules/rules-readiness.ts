import { said } from '../src/answers/answer-ref';
import type { Rule } from './rule';

/**
 * Expectations, recovery, risks and readiness. The checklist ones are on every summary: everyone
 * deserves the same plain account of the benefit and the recovery, and the reminder that not
 * having surgery is always an option. The benefit is told as carefully as the risks (review L13):
 * what it can do is its own point, with fat returning elsewhere told where weight is concerned. The answer-dependent ones add what the person's own plans
 * call for (time off, help at home, how much change they hope for, how they feel).
 */
export const readinessRules = [
  {
    id: 'under-18',
    section: 'before-you-decide',
    tier: 'safety',
    when: (answers) => answers.age?.age === 'under-18',
    because: [said('age', 'age', ['under-18'])],
    sources: ['teen-surgery'],
  },
  {
    id: 'expectations-dramatic',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'expectations',
    when: (answers) => answers.expectations?.change === 'dramatic',
    because: [said('expectations', 'change')],
    sources: ['medscape-calf', 'klein-textbook'],
  },
  {
    id: 'expectations-unsure',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'expectations',
    when: (answers) => answers.expectations?.change === 'unsure',
    because: [said('expectations', 'change')],
    sources: ['nhs-choosing-who', 'klein-textbook'],
  },
  {
    id: 'ask-time-off',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'recovery',
    when: (answers) => {
      const timeOff = answers.recovery?.timeOff;
      return timeOff === 'under-1-week' || timeOff === 'unsure';
    },
    because: [said('recovery', 'timeOff')],
    sources: ['nhs-lipo-risks', 'compression'],
  },
  {
    id: 'plan-help-at-home',
    section: 'before-you-decide',
    tier: 'expectations',
    when: (answers) => {
      const support = answers.recovery?.support;
      return support === 'no' || support === 'unsure';
    },
    because: [said('recovery', 'support')],
    sources: ['nhs-lipo-risks', 'legs-ankles-technique'],
  },
  {
    id: 'talk-about-feelings',
    section: 'before-you-decide',
    tier: 'expectations',
    // All three together, not any one: plenty of people worry about their legs now and then.
    when: (answers) => {
      const wellbeing = answers.wellbeing;
      if (!wellbeing) return false;
      const worriesALot = wellbeing.worry === 'quite-a-lot' || wellbeing.worry === 'a-great-deal';
      const takesTime = wellbeing.thinkingTime === '1-3-hours' || wellbeing.thinkingTime === 'over-3-hours';
      const holdsBack = wellbeing.holdsBack === 'sometimes' || wellbeing.holdsBack === 'often';
      return worriesALot && takesTime && holdsBack;
    },
    because: [said('wellbeing', 'worry'), said('wellbeing', 'thinkingTime'), said('wellbeing', 'holdsBack')],
    sources: ['bdd-prevalence', 'bdd-outcome'],
  },
  {
    id: 'ask-recovery',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'recovery',
    when: (answers) => {
      const timeOff = answers.recovery?.timeOff;
      return timeOff !== 'under-1-week' && timeOff !== 'unsure';
    },
    because: [],
    sources: ['nhs-lipo-risks', 'compression', 'stop-the-clot'],
  },
  {
    id: 'realistic-benefit',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['hernandez-2011', 'realself-qa', 'nhs-wales-liposuction'],
  },
  {
    id: 'ask-complications-and-costs',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['nhs-choosing-who', 'bapras-surgery-abroad'],
  },
  {
    id: 'no-surgery-is-an-option',
    section: 'before-you-decide',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['nhs-choosing-who'],
  },
] as const satisfies readonly Rule[];
