import type { Rule } from './rule';
import { countTicked, includesAny } from './answer-checks';

/**
 * Conditions that can look like ordinary fat or make legs swell: lipedema, lymphedema, vein
 * disease and swelling from the heart, kidneys, liver or medicines. Each needs a doctor's look
 * before liposuction, because each is treated differently and some can be made worse.
 */
export const lookAlikeRules: readonly Rule[] = [
  {
    id: 'lipedema-check',
    section: 'doctor-first',
    // One sign alone is common (many people's legs bruise easily); the pattern is what matters,
    // and at least one of the signs must be one that ordinary fat does not show.
    when: (answers) => {
      const signs = answers['fat-pattern']?.signs;
      return countTicked(signs, 'none') >= 2 && includesAny(signs, ['tender', 'bruises-easily', 'diet-resistant']);
    },
    point: 'Ask a doctor to check you in person for lipedema before any liposuction.',
    why: 'Lipedema is a medical condition that is easy to mistake for plain fat, and specialists treat it differently: often without surgery first, and with extra care for lymph vessels if they operate.',
    sources: ['lipedema-review', 'lipedema-consensus'],
  },
  {
    id: 'lymphedema-check',
    section: 'doctor-first',
    when: (answers) => includesAny(answers.swelling?.signs, ['foot-and-toes', 'one-side']),
    point: 'Ask a doctor to check for lymphedema before any liposuction.',
    why: 'Swelling that reaches the foot and toes, or that is mostly in one leg, can be a sign of lymphedema, a problem with how fluid drains from the leg.',
    sources: ['lymphedema'],
  },
  {
    id: 'swelling-both-legs',
    section: 'doctor-first',
    when: (answers) => includesAny(answers.swelling?.signs, ['both-legs']),
    point: 'Ask a doctor what is making both your legs swell, before any liposuction.',
    why: 'Swelling in both legs can come from the heart, the kidneys or the liver, or from some medicines, such as some blood-pressure medicines.',
    sources: ['edema-causes'],
  },
  {
    id: 'swelling-with-organ-condition',
    section: 'doctor-first',
    when: (answers) =>
      includesAny(answers.swelling?.signs, ['both-legs']) &&
      includesAny(answers.conditions?.conditions, ['heart', 'kidney', 'liver']),
    point: 'Ask the doctor who treats your heart, kidney or liver condition about the swelling in your legs.',
    why: 'When these organs are not working well, fluid can build up in both legs, and liposuction removes fat, not fluid.',
    sources: ['edema-causes'],
  },
  {
    id: 'swelling-with-blood-pressure-medicine',
    section: 'doctor-first',
    when: (answers) =>
      includesAny(answers.swelling?.signs, ['both-legs']) && includesAny(answers.medicines?.items, ['blood-pressure']),
    point: 'Ask the doctor who prescribes your blood-pressure medicine whether it could be making your legs swell.',
    why: 'Some blood-pressure medicines can make both ankles swell, and that swelling can look like fat.',
    sources: ['edema-causes'],
  },
  {
    id: 'vein-assessment',
    section: 'doctor-first',
    when: (answers) =>
      includesAny(answers.veins?.signs, ['varicose', 'spider', 'staining', 'ulcers', 'heavy-aching']),
    point: 'Ask for a check of your leg veins with an ultrasound scan (duplex ultrasound) before any liposuction.',
    why: 'Varicose or spider veins, brown staining, slow-healing sores and heavy, aching legs can be signs of vein disease, which liposuction of the lower leg can make worse.',
    sources: ['cvi', 'calf-vein-risk'],
  },
  {
    id: 'tell-vein-signs',
    section: 'tell-surgeon',
    when: (answers) =>
      includesAny(answers.veins?.signs, ['varicose', 'spider', 'staining', 'ulcers', 'heavy-aching']),
    point: 'Tell your surgeon about the vein signs you noticed and what a vein check found.',
    why: 'Problems with the veins or arteries make it more likely that cuts in the skin heal slowly.',
    sources: ['cvi', 'calf-vein-risk'],
  },
  {
    id: 'tell-heart-kidney-liver',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.conditions?.conditions, ['heart', 'kidney', 'liver']),
    point: 'Tell your surgeon and anesthesia team about your heart, kidney or liver condition.',
    why: 'These conditions can make the legs swell, and your surgeon needs to know how much of your leg size is fluid rather than fat.',
    sources: ['edema-causes'],
  },
];
