import { said } from '../src/answers/answer-ref';
import type { Answers } from '../src/answers/answers';
import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/** Calves that feel firm, or partly firm: some of their size may be muscle, which liposuction leaves. */
export function calvesFeelMuscular(answers: Answers): boolean {
  const feel = answers['calf-feel']?.feel;
  return feel === 'firm' || feel === 'mixed';
}

/**
 * What liposuction can and cannot change in the calves and ankles. Liposuction removes fat only,
 * so the points here help the person find out, with the surgeon, how much of what bothers them
 * is fat at all, and what it risks in the lower leg in particular.
 */
export const targetAreaRules = [
  {
    id: 'ankle-size-changes',
    section: 'doctor-first',
    tier: 'doctor-first',
    when: (answers) => answers['ankle-feel']?.changes === 'changes',
    because: [said('ankle-feel', 'changes')],
    sources: ['bhf-swollen-ankles'],
  },
  {
    id: 'ask-calf-muscle-options',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'calf-muscle',
    when: calvesFeelMuscular,
    because: [said('calf-feel', 'feel')],
    sources: ['calf-muscle', 'calf-neurectomy', 'medscape-calf'],
  },
  {
    id: 'calf-muscle-or-fat',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'calf-muscle',
    // An examination answers the question the person could not.
    when: (answers) => answers['calf-feel']?.feel === 'unsure',
    because: [said('calf-feel', 'feel')],
    sources: ['medscape-calf', 'klein-textbook'],
  },
  {
    id: 'ankle-bone-and-tendon',
    section: 'ask-surgeon',
    tier: 'expectations',
    when: (answers) => {
      const area = answers.area?.area;
      return area === 'ankles' || area === 'both';
    },
    because: [said('area', 'area', ['ankles', 'both'])],
    sources: ['medscape-calf'],
  },
  {
    id: 'legs-differ',
    section: 'ask-surgeon',
    tier: 'expectations',
    when: (answers) => answers.area?.legs === 'one-leg' || includesAny(answers.concerns?.concerns, ['legs-differ']),
    because: [said('area', 'legs', ['one-leg']), said('concerns', 'concerns', ['legs-differ'])],
    sources: ['contour'],
  },
  {
    id: 'risks-to-ask-about',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['nhs-lipo-risks', 'contour', 'frick-lymph', 'staining'],
  },
] as const satisfies readonly Rule[];
