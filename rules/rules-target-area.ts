import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/**
 * What liposuction can and cannot change in the calves and ankles. Liposuction removes fat only,
 * so the points here help the person find out, with the surgeon, how much of what bothers them
 * is fat at all.
 */
export const targetAreaRules: readonly Rule[] = [
  {
    id: 'ankle-size-changes',
    section: 'doctor-first',
    when: (answers) => answers['ankle-feel']?.changes === 'changes',
    point: 'Ask a doctor why your ankles change size during the day, before any liposuction.',
    why: 'Ankles that swell and go down again during the day are more likely holding fluid than fat, and liposuction removes fat, not fluid.',
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
    point: 'Ask your surgeon how much of your calf size is muscle and how much is fat.',
    why: 'Liposuction takes away fat only, so it does not make a large calf muscle any smaller.',
    sources: ['medscape-calf'],
  },
  {
    id: 'ask-calf-muscle-options',
    section: 'ask-surgeon',
    when: (answers) => {
      const feel = answers['calf-feel']?.feel;
      return feel === 'firm' || feel === 'mixed';
    },
    point: 'Ask what other treatments exist for a large calf muscle, such as botulinum toxin injections or an operation on the muscle, and what their risks are.',
    why: 'Muscle needs a different kind of treatment from fat, and each option has its own trade-offs, for example botulinum toxin wears off after some months.',
    sources: ['medscape-calf', 'calf-muscle'],
  },
  {
    id: 'ankle-bone-and-tendon',
    section: 'ask-surgeon',
    when: (answers) => {
      const area = answers.area?.area;
      return area === 'ankles' || area === 'both';
    },
    point: 'Ask your surgeon how much of your ankle width is fat, and how much is bone or tendon.',
    why: 'Liposuction cannot change width that comes from bone or tendon, only from fat.',
    sources: ['ankle-fluid'],
  },
  {
    id: 'legs-differ',
    section: 'ask-surgeon',
    when: (answers) => answers.area?.legs === 'one-leg' || includesAny(answers.concerns?.concerns, ['legs-differ']),
    point: 'Ask your surgeon what makes your two legs look different, and how closely they can be matched.',
    why: 'Uneven legs after surgery (asymmetry) are a known risk, so it helps to know what is realistic before you start.',
    sources: ['seed-article', 'contour'],
  },
  {
    id: 'ask-lasting-swelling-and-numbness',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask your surgeon how likely lasting swelling and numbness are after calf or ankle liposuction.',
    why: 'There is little deep fat in the lower leg, so the work is done close to the skin, near lymph vessels and a skin nerve (the saphenous nerve) that can be harmed.',
    sources: ['frick-lymph', 'legs-ankles-technique', 'saphenous'],
  },
  {
    id: 'lower-leg-is-demanding',
    section: 'before-you-decide',
    when: () => true,
    point: 'Keep in mind that calf and ankle liposuction is one of the hardest kinds of liposuction to do well.',
    why: 'The lower leg leaves little room for error, and uneven contours there can be permanent.',
    sources: ['seed-qa', 'weniger-review'],
  },
];
