import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/**
 * The device question. The evidence for laser is thin rather than absent: one blinded randomised
 * trial found only less pain, and later positive reviews rest on studies at high risk of bias.
 * The wording says exactly that ("no reliable evidence"), names the one benefit found, and keeps
 * the person's attention on the surgeon, which matters more than the device.
 */
export const techniqueRules: readonly Rule[] = [
  {
    id: 'ask-laser-evidence',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'laser',
    point: 'Ask your surgeon what reliable evidence shows that laser liposuction gives better results than the traditional kind.',
    why: 'The one blinded, randomized trial (25 patients) found no clear gain from laser except less pain, and later reviews that found more relied on studies at high risk of bias.',
    sources: ['prado-rct', 'laser-review', 'seed-qa'],
  },
  {
    id: 'ask-laser-burns',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'laser',
    point: 'Ask how your surgeon prevents burns from the laser, and how often burns have happened in their patients.',
    why: 'The laser heats the tissue under the skin, so burns are a risk that comes with the laser itself.',
    sources: ['laser-burns'],
  },
  {
    id: 'ask-laser-price',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'laser',
    point: 'Ask for the price of laser and of traditional liposuction side by side.',
    why: 'Laser liposuction tends to cost more, even though there is no reliable evidence that it works better.',
    sources: ['laser-review', 'seed-qa'],
  },
  {
    id: 'ask-energy-device-evidence',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'other-energy',
    point: 'Ask what evidence supports the ultrasound or radio-frequency device, and how your surgeon prevents burns and heat injury.',
    why: 'Devices that heat tissue can burn the skin or the layers beneath it, and their benefits over traditional liposuction are not reliably proven.',
    sources: ['laser-review'],
  },
  {
    id: 'ask-which-technique',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'unsure',
    point: 'Ask which technique your surgeon uses on calves and ankles, and why.',
    why: 'Knowing the method and the reason for it lets you weigh its evidence, its risks and its cost.',
    sources: ['seed-qa'],
  },
  {
    id: 'ask-why-this-device',
    section: 'ask-surgeon',
    when: (answers) => includesAny(answers['technique-appeal']?.reasons, ['surgeon-suggested']),
    point: 'Ask your surgeon why they suggest this device for your legs, and whether they also offer traditional liposuction.',
    why: 'In the calves and ankles the result depends more on the surgeon\'s technique than on the technology, so the reason for the choice matters.',
    sources: ['seed-qa'],
  },
  {
    id: 'skin-tightening-claims',
    section: 'before-you-decide',
    when: (answers) => includesAny(answers['technique-appeal']?.reasons, ['skin-tightening']),
    point: 'Ask your surgeon what evidence shows that the device tightens skin.',
    why: 'Claims that laser or other heat devices tighten the skin have not been proven in reliable studies.',
    sources: ['laser-review'],
  },
  {
    id: 'less-pain-with-laser',
    section: 'before-you-decide',
    // The trial compared laser with traditional liposuction; it says nothing about other devices.
    when: (answers) =>
      answers.technique?.technique === 'laser' && includesAny(answers['technique-appeal']?.reasons, ['less-pain']),
    point: 'Weigh the chance of less pain against the cost and the burn risk of laser.',
    why: 'The blinded trial did find that patients had less pain on the laser side, though it found no other clinical advantage.',
    sources: ['prado-rct'],
  },
  {
    id: 'faster-or-better-claims',
    section: 'before-you-decide',
    when: (answers) => includesAny(answers['technique-appeal']?.reasons, ['faster-recovery', 'better-result']),
    point: 'Ask your surgeon what evidence backs the promise of a faster recovery or a better result from the device.',
    why: 'Reviews that report such benefits rely on studies at high risk of bias, so the promise is not reliably proven.',
    sources: ['laser-review', 'prado-rct'],
  },
  {
    id: 'ask-combined-procedures',
    section: 'ask-surgeon',
    when: (answers) => {
      const sameDay = answers['other-procedures']?.sameDay;
      return sameDay === 'yes' || sameDay === 'unsure';
    },
    point: 'Ask whether having other procedures on the same day raises your risk, and whether to do them at different times.',
    why: 'In a large study, blood clots after liposuction alone were rare (about 6 in 10,000), but about 5 times as common when it was combined with other procedures.',
    sources: ['cosmetassure'],
  },
  {
    id: 'skill-over-device',
    section: 'before-you-decide',
    when: () => true,
    point: 'Choose your surgeon for their skill with lower legs rather than for the machine they use.',
    why: 'Whatever the technique, results in the calves and ankles depend most on the surgeon\'s skill and experience with lower legs.',
    sources: ['seed-qa'],
  },
];
