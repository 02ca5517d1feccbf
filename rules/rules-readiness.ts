import type { Rule } from './rule';

/**
 * Expectations, recovery, risks and readiness. Most of these are on every summary: everyone
 * deserves the same plain account of the benefit, the recovery and the risks, and the reminder
 * that not having surgery is always an option. The answer-dependent ones add what the person's
 * own plans call for (time off, help at home, how much change they hope for, how they feel).
 */
export const readinessRules: readonly Rule[] = [
  {
    id: 'expectations-unsure',
    section: 'ask-surgeon',
    when: (answers) => answers.expectations?.change === 'unsure',
    point: 'Ask your surgeon to show you typical results in lower legs like yours, not only the best ones.',
    why: 'Seeing realistic before-and-after photos of similar calves and ankles helps you judge what change to expect.',
    sources: ['consult-questions', 'weniger-review'],
  },
  {
    id: 'expectations-dramatic',
    section: 'before-you-decide',
    when: (answers) => answers.expectations?.change === 'dramatic',
    point: 'Ask your surgeon what change is realistic for your calves or ankles.',
    why: 'Lower-leg liposuction refines the shape rather than transforming it, because the muscle and bone underneath stay the same.',
    sources: ['weniger-review', 'medscape-calf'],
  },
  {
    id: 'realistic-benefit',
    section: 'before-you-decide',
    when: () => true,
    point: 'Ask your surgeon what benefit you could expect, and how long it would last.',
    why: 'Fat cells that liposuction removes do not come back, and in skilled hands calf and ankle liposuction can give a lasting, natural-looking change in shape.',
    sources: ['seed-article', 'seed-qa', 'weniger-review'],
  },
  {
    id: 'risks-to-ask-about',
    section: 'before-you-decide',
    when: () => true,
    point: 'Ask your surgeon how often these happen to their patients: infection, blood clots, numbness or nerve damage, lumps or dents, uneven legs, scars and changes in how the skin feels.',
    why: 'Lumps and dents (uneven contours) are the most common problem and may need more surgery, and nerve damage can be short-lived or permanent.',
    sources: ['seed-article', 'contour'],
  },
  {
    id: 'recovery-swelling',
    section: 'before-you-decide',
    when: () => true,
    point: 'Expect your lower legs to stay swollen for months, the ankles most of all.',
    why: 'Swelling lasts longest in the lower legs, so the final result can only be judged after about 6 months.',
    sources: ['nhs-lipo-risks', 'legs-ankles-technique'],
  },
  {
    id: 'recovery-compression',
    section: 'before-you-decide',
    when: () => true,
    point: 'Ask your surgeon how long you will need to wear compression stockings or garments.',
    why: 'Compression is worn for weeks after lower-leg liposuction, and some surgeons ask for up to about 2 months.',
    sources: ['compression', 'legs-ankles-technique'],
  },
  {
    id: 'recovery-walking',
    section: 'before-you-decide',
    when: () => true,
    point: 'Plan to get up and walk soon after surgery.',
    why: 'Walking early is encouraged because it keeps the blood moving in your legs and lowers the chance of a clot.',
    sources: ['legs-ankles-technique', 'vte-risk'],
  },
  {
    id: 'recovery-bruise-staining',
    section: 'before-you-decide',
    when: () => true,
    point: 'Ask your surgeon how long bruise marks on the lower legs usually take to fade.',
    why: 'Brownish marks left by bruising on the lower legs can take a long time to go, in some reports one to two years.',
    sources: ['staining'],
  },
  {
    id: 'ask-time-off',
    section: 'before-you-decide',
    when: (answers) => {
      const timeOff = answers.recovery?.timeOff;
      return timeOff === 'under-1-week' || timeOff === 'unsure';
    },
    point: 'Ask your surgeon how much time off work or daily duties you will need.',
    why: 'Lower legs stay swollen for weeks to months and compression is worn for weeks, which can make long days on your feet hard.',
    sources: ['nhs-lipo-risks', 'compression'],
  },
  {
    id: 'plan-help-at-home',
    section: 'before-you-decide',
    when: (answers) => {
      const support = answers.recovery?.support;
      return support === 'no' || support === 'unsure';
    },
    point: 'Plan who could help you at home in the first days after surgery.',
    why: 'Your legs will be sore, swollen and wrapped at first while you still need to get up and walk, so help with chores and travel makes that easier.',
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
    point: 'Talk with your surgeon or your family doctor about how you feel about your legs, not only about the surgery.',
    why: 'About 1 in 10 people who seek cosmetic surgery have strong worries about their looks, and surgery on its own rarely eases worries like that.',
    sources: ['bdd-prevalence', 'bdd-outcome'],
  },
  {
    id: 'no-surgery-is-an-option',
    section: 'before-you-decide',
    when: () => true,
    point: 'Remember that not having liposuction is always an option, and give yourself time to think before you book.',
    why: 'A cooling-off period after the consultation lets you weigh the benefit against the risks, the recovery and the cost without pressure.',
    sources: ['consult-questions'],
  },
];
