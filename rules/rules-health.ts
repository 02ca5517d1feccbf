import type { Rule } from './rule';
import { countTicked, includesAny } from './answer-checks';

/**
 * Health, medicines and blood-clot risk. Plastic-surgery societies recommend a formal clot-risk
 * score for every patient, so that question is on every summary; each risk factor the person
 * ticks adds a "tell" point so the surgeon hears it, and any factor at all adds a stronger ask.
 * Stopping times for medicines differ between people, so no point ever says "stop" on its own.
 */
export const healthRules: readonly Rule[] = [
  {
    id: 'ask-clot-risk-score',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask for your blood-clot risk score (the Caprini score) and your surgeon\'s plan to prevent clots.',
    why: 'The professional societies of plastic surgeons advise a proper clot-risk check for every patient before surgery.',
    sources: ['caprini', 'vte-risk'],
  },
  {
    id: 'ask-clot-prevention-plan',
    section: 'ask-surgeon',
    // Any ticked factor counts, so a factor added to the page later is covered without a change here.
    when: (answers) => countTicked(answers['clot-risk']?.factors, 'none') > 0,
    point: 'Ask your surgeon to go through your clot-risk factors with you and to explain how they will prevent a clot, for example with early walking, compression and sometimes medicine.',
    why: 'You ticked at least one thing that raises the chance of a blood clot, and the prevention plan should match your level of risk.',
    sources: ['caprini', 'vte-risk'],
  },
  {
    id: 'age-clot-risk',
    section: 'ask-surgeon',
    when: (answers) => {
      const age = answers.age?.age;
      return age === '41-60' || age === '61-74' || age === '75-plus';
    },
    point: 'Ask how your age is counted in your blood-clot risk.',
    why: 'The chance of a blood clot after surgery goes up with age, so age is one of the things a clot-risk score counts.',
    sources: ['vte-risk', 'caprini'],
  },
  {
    id: 'ask-long-travel',
    section: 'ask-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['long-travel']),
    point: 'Ask your surgeon how far apart your surgery and any long trip should be.',
    why: 'Sitting still on a journey of more than about 4 hours raises the chance of a blood clot, and so does surgery.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-previous-clot',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['previous-clot']),
    point: 'Tell your surgeon about your earlier blood clot (DVT or pulmonary embolism), when it was and how it was treated.',
    why: 'Having had a clot before raises the chance of another one after surgery.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-family-clot',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['family-clot']),
    point: 'Tell your surgeon which close relative had a blood clot.',
    why: 'A blood clot in a parent, brother, sister or child can point to a tendency to clot that runs in the family.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-clotting-disorder',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['clotting-disorder']),
    point: 'Tell your surgeon the name of your clotting disorder and who treats it.',
    why: 'A clotting disorder you were born with raises the chance of a blood clot after surgery.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-estrogen',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['estrogen']),
    point: 'Tell your surgeon about the estrogen you take (birth-control pill, patch or ring, or hormone therapy for menopause), and ask whether to pause it rather than stopping it on your own.',
    why: 'Estrogen adds to clot risk, but surgeons do not all agree on pausing it, so the decision is one for your surgeon to make with you.',
    sources: ['estrogen', 'vte-risk'],
  },
  {
    id: 'tell-recent-pregnancy',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['recent-pregnancy']),
    point: 'Tell your surgeon about your recent pregnancy or birth, and when it was.',
    why: 'The chance of a blood clot is higher during pregnancy and for a while after a birth.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-pregnancy-losses',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['pregnancy-losses']),
    point: 'Tell your surgeon about the pregnancies you lost.',
    why: 'Losing several pregnancies can be linked with a tendency to form blood clots.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-cancer',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['clot-risk']?.factors, ['cancer']),
    point: 'Tell your surgeon about your cancer and any treatment for it.',
    why: 'Cancer and some cancer treatments raise the chance of a blood clot.',
    sources: ['vte-risk'],
  },
  {
    id: 'tell-nicotine',
    section: 'tell-surgeon',
    when: (answers) => {
      const nicotine = answers.nicotine?.nicotine;
      return nicotine === 'daily' || nicotine === 'sometimes' || nicotine === 'stopped-recently';
    },
    point: 'Tell your surgeon about any smoking, vaping or other nicotine, and ask how long to go without it before and after surgery.',
    why: 'Nicotine slows wound healing, and surgeons commonly ask for 4 to 6 weeks without any nicotine before and after the operation.',
    sources: ['smoking'],
  },
  {
    id: 'bring-medicine-list',
    section: 'tell-surgeon',
    when: () => true,
    point: 'Bring a list of every medicine, vitamin and supplement you take, with the doses.',
    why: 'Some medicines and supplements affect bleeding, clotting or anesthesia, so your surgeon needs the whole list to plan safely.',
    sources: ['medscape-calf', 'blood-thinners', 'supplements'],
  },
  {
    id: 'tell-alcohol',
    section: 'tell-surgeon',
    when: () => true,
    point: 'Tell your surgeon how much alcohol you usually drink, and ask when to stop before surgery.',
    why: 'Alcohol can make you bleed more, and people are usually asked to stop drinking around 2 weeks before surgery.',
    sources: ['medscape-calf'],
  },
  {
    id: 'tell-blood-thinner',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['blood-thinner']),
    point: 'Tell your surgeon, and the doctor who prescribes it, about your blood thinner, and never stop it on your own.',
    why: 'Each blood thinner has its own stopping time, and some people need a short-acting replacement (a bridge) to stay safe.',
    sources: ['blood-thinners'],
  },
  {
    id: 'tell-bleeding-medicines',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['aspirin', 'anti-inflammatory', 'vitamin-e']),
    point: 'Tell your surgeon that you take aspirin, anti-inflammatory painkillers or vitamin E, and ask when to stop them.',
    why: 'These can make you bleed more, so people usually come off them around 2 weeks before surgery, if the doctor who advised them agrees.',
    sources: ['medscape-calf', 'blood-thinners'],
  },
  {
    id: 'tell-supplements',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['supplements']),
    point: 'Tell your surgeon about every supplement you take, such as fish oil, ginkgo, garlic, ginger or ginseng.',
    why: 'Some supplements, including these, can make you bleed more during and after surgery.',
    sources: ['supplements'],
  },
  {
    id: 'tell-other-prescribed',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.medicines?.items, ['other-prescribed']),
    point: 'Tell your surgeon about your other prescribed medicines, with their names and doses.',
    why: 'Your surgeon needs to check each medicine for effects on bleeding, healing or anesthesia before planning the operation.',
    sources: ['medscape-calf'],
  },
  {
    id: 'tell-diabetes',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers.conditions?.conditions, ['diabetes']),
    point: 'Tell your surgeon about your diabetes and bring your latest blood-sugar results.',
    why: 'Diabetes raises the chance of problems after plastic surgery, and surgeons often ask for good control of blood sugar first.',
    sources: ['diabetes'],
  },
  {
    id: 'diabetes-control-check',
    section: 'doctor-first',
    when: (answers) => {
      const control = answers['diabetes-control']?.control;
      return control === 'not-well' || control === 'unsure';
    },
    point: 'Ask the doctor who looks after your diabetes to check how well it is controlled, and to help you improve it, before you plan surgery.',
    why: 'Diabetes that is not well controlled raises the chance of problems after surgery, and surgeons often want good control first.',
    sources: ['diabetes'],
  },
  {
    id: 'tell-earlier-leg-liposuction',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['leg-history']?.history, ['liposuction']),
    point: 'Tell your surgeon about your earlier liposuction on the legs: when it was, where and who did it.',
    why: 'An earlier operation changes the tissue under the skin, and your surgeon plans a second one around that.',
    sources: ['medscape-calf'],
  },
  {
    id: 'tell-vein-treatment',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['leg-history']?.history, ['vein-treatment']),
    point: 'Tell your surgeon about any treatment you have had for your leg veins, and when.',
    why: 'Vein problems and their treatment can affect healing and swelling in the lower leg.',
    sources: ['medscape-calf', 'cvi'],
  },
  {
    id: 'tell-other-leg-surgery',
    section: 'tell-surgeon',
    when: (answers) => includesAny(answers['leg-history']?.history, ['other-surgery']),
    point: 'Tell your surgeon about any other operations on your legs.',
    why: 'Earlier surgery can leave scars and changes under the skin that your surgeon needs to plan around.',
    sources: ['medscape-calf'],
  },
];
