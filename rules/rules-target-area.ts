import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/**
 * What liposuction can and cannot change in the calves and ankles. Liposuction removes fat only,
 * so the points here help the person find out, with the surgeon, how much of what bothers them
 * is fat at all.
 */
export const targetAreaRules = [
  {
    id: 'ankle-size-changes',
    section: 'doctor-first',
    when: (answers) => answers['ankle-feel']?.changes === 'changes',
    sources: ['ankle-fluid'],
  },
  {
    id: 'calf-muscle-or-fat',
    section: 'ask-surgeon',
    // "Unsure" is included: an examination answers the question the person could not.
    when: (answers) => {
      const feel = answers['calf-feel']?.feel;
      return feel === 'firm' || feel === 'mixed' || feel === 'unsure';
    },
    sources: ['medscape-calf'],
  },
  {
    id: 'ask-calf-muscle-options',
    section: 'ask-surgeon',
    when: (answers) => {
      const feel = answers['calf-feel']?.feel;
      return feel === 'firm' || feel === 'mixed';
    },
    sources: ['medscape-calf', 'calf-muscle'],
  },
  {
    id: 'ankle-bone-and-tendon',
    section: 'ask-surgeon',
    when: (answers) => {
      const area = answers.area?.area;
      return area === 'ankles' || area === 'both';
    },
    sources: ['ankle-fluid'],
  },
  {
    id: 'legs-differ',
    section: 'ask-surgeon',
    when: (answers) => answers.area?.legs === 'one-leg' || includesAny(answers.concerns?.concerns, ['legs-differ']),
    sources: ['seed-article', 'contour'],
  },
  {
    id: 'ask-lasting-swelling-and-numbness',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['frick-lymph', 'legs-ankles-technique', 'saphenous'],
  },
  {
    id: 'lower-leg-is-demanding',
    section: 'before-you-decide',
    when: () => true,
    sources: ['seed-qa', 'weniger-review'],
  },
] as const satisfies readonly Rule[];
