import type { Rule } from './rule';
import { countTicked, includesAny } from './answer-checks';

/**
 * Health, medicines and blood-clot risk. Plastic-surgery societies recommend a formal clot-risk
 * score for every patient, so that question is on every summary; each risk factor the person
 * ticks adds a "tell" point so the surgeon hears it, and any factor at all adds a stronger ask.
 * Stopping times for medicines differ between people, so no point ever says "stop" on its own.
 */
export const healthRules = [
  {
    id: 'ask-clot-risk-score',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['caprini', 'vte-risk'],
  },
  {
    id: 'ask-clot-prevention-plan',
    section: 'ask-surgeon',
    // Any ticked factor counts, so a factor added to the page later is covered without a change here.
    when: (answers) => countTicked(answers['clot-risk']?.factors, 'none') > 0,
    sources: ['caprini', 'vte-risk'],
  },
  {
    id: 'age-clot-risk',
    section: 'ask-surgeon',
    when: (answers) => {
      const age = answers.age?.age;
      return age === '41-60' || age === '61-74' || age === '75-plus';
    },
    sources: ['vte-risk', 'caprini'],
  },
  {
    id: 'ask-long-travel',
    section: 'ask-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['long-travel']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-previous-clot',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['previous-clot']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-family-clot',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['family-clot']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-clotting-disorder',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['clotting-disorder']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-estrogen',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['estrogen']),
    sources: ['estrogen', 'vte-risk'],
  },
  {
    id: 'tell-recent-pregnancy',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['recent-pregnancy']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-pregnancy-losses',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['pregnancy-losses']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-cancer',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['cancer']),
    sources: ['vte-risk'],
  },
  {
    id: 'tell-nicotine',
    section: 'tell-surgeon',
    when: (answers) => {
      const nicotine = answers.nicotine?.nicotine;
      return nicotine === 'daily' || nicotine === 'sometimes' || nicotine === 'stopped-recently';
    },
    sources: ['smoking'],
  },
  {
    id: 'bring-medicine-list',
    section: 'tell-surgeon',
    when: () => true,
    sources: ['medscape-calf', 'blood-thinners', 'supplements'],
  },
  {
    id: 'tell-alcohol',
    section: 'tell-surgeon',
    when: () => true,
    sources: ['medscape-calf'],
  },
  {
    id: 'tell-blood-thinner',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['blood-thinner']),
    sources: ['blood-thinners'],
  },
  {
    id: 'tell-bleeding-medicines',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['aspirin', 'anti-inflammatory', 'vitamin-e']),
    sources: ['medscape-calf', 'blood-thinners'],
  },
  {
    id: 'tell-supplements',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['supplements']),
    sources: ['supplements'],
  },
  {
    id: 'tell-other-prescribed',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['other-prescribed']),
    sources: ['medscape-calf'],
  },
  {
    id: 'tell-diabetes',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.conditions?.conditions, ['diabetes']),
    sources: ['diabetes'],
  },
  {
    id: 'diabetes-control-check',
    section: 'doctor-first',
    when: (answers) => {
      const control = answers['diabetes-control']?.control;
      return control === 'not-well' || control === 'unsure';
    },
    sources: ['diabetes'],
  },
  {
    id: 'tell-earlier-leg-liposuction',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['leg-history']?.history, ['liposuction']),
    sources: ['medscape-calf'],
  },
  {
    id: 'tell-vein-treatment',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['leg-history']?.history, ['vein-treatment']),
    sources: ['medscape-calf', 'cvi'],
  },
  {
    id: 'tell-other-leg-surgery',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['leg-history']?.history, ['other-surgery']),
    sources: ['medscape-calf'],
  },
] as const satisfies readonly Rule[];
