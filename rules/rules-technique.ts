import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/**
 * The device question. The evidence for laser is thin rather than absent: one blinded randomised
 * trial found only less pain, and later positive reviews rest on studies at high risk of bias.
 * The wording says exactly that ("no reliable evidence"), names the one benefit found, and keeps
 * the person's attention on the surgeon, which matters more than the device.
 */
export const techniqueRules = [
  {
    id: 'ask-laser-evidence',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'laser',
    sources: ['prado-rct', 'laser-review', 'seed-qa'],
  },
  {
    id: 'ask-laser-burns',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'laser',
    sources: ['laser-burns'],
  },
  {
    id: 'ask-laser-price',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'laser',
    sources: ['laser-review', 'seed-qa'],
  },
  {
    id: 'ask-energy-device-evidence',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'other-energy',
    sources: ['laser-review'],
  },
  {
    id: 'ask-which-technique',
    section: 'ask-surgeon',
    when: (answers) => answers.technique?.technique === 'unsure',
    sources: ['seed-qa'],
  },
  {
    id: 'ask-why-this-device',
    section: 'ask-surgeon',
    when: (answers) => includesAny(answers['technique-appeal']?.reasons, ['surgeon-suggested']),
    sources: ['seed-qa'],
  },
  {
    id: 'skin-tightening-claims',
    section: 'before-you-decide',
    when: (answers) => includesAny(answers['technique-appeal']?.reasons, ['skin-tightening']),
    sources: ['laser-review'],
  },
  {
    id: 'less-pain-with-laser',
    section: 'before-you-decide',
    // The trial compared laser with traditional liposuction; it says nothing about other devices.
    when: (answers) =>
      answers.technique?.technique === 'laser' && includesAny(answers['technique-appeal']?.reasons, ['less-pain']),
    sources: ['prado-rct'],
  },
  {
    id: 'faster-or-better-claims',
    section: 'before-you-decide',
    when: (answers) => includesAny(answers['technique-appeal']?.reasons, ['faster-recovery', 'better-result']),
    sources: ['laser-review', 'prado-rct'],
  },
  {
    id: 'ask-combined-procedures',
    section: 'ask-surgeon',
    when: (answers) => {
      const sameDay = answers['other-procedures']?.sameDay;
      return sameDay === 'yes' || sameDay === 'unsure';
    },
    sources: ['cosmetassure'],
  },
  {
    id: 'skill-over-device',
    section: 'before-you-decide',
    when: () => true,
    sources: ['seed-qa'],
  },
] as const satisfies readonly Rule[];
