import { said } from '../src/answers/answer-ref';
import type { Rule } from './rule';
import type { Answers } from '../src/answers/answers';
import { includesAny } from './answer-checks';

const CLAIMS = ['skin-tightening', 'faster-recovery', 'better-result'] as const;
const suggested = (answers: Answers) => includesAny(answers['technique-appeal']?.reasons, ['surgeon-suggested']);
const claims = (answers: Answers) => includesAny(answers['technique-appeal']?.reasons, CLAIMS);

/**
 * The device question. The evidence for laser is thin rather than absent: one blinded randomised
 * trial found only less pain, and later positive reviews rest on studies at high risk of bias.
 * The wording says exactly that ("no reliable evidence"), names the one benefit found, and keeps
 * the person's attention on the surgeon, which matters more than the device. What drew the
 * person to a device (a surgeon's suggestion, promised benefits, or both) is one point.
 */
export const techniqueRules = [
  {
    id: 'ask-laser-burns',
    section: 'ask-surgeon',
    tier: 'safety',
    when: (answers) => answers.technique?.technique === 'laser',
    because: [said('technique', 'technique')],
    sources: ['laser-burns'],
  },
  {
    id: 'ask-energy-device-evidence',
    section: 'ask-surgeon',
    tier: 'safety',
    when: (answers) => answers.technique?.technique === 'other-energy',
    because: [said('technique', 'technique')],
    sources: ['medscape-calf', 'laser-burns'],
  },
  {
    id: 'ask-combined-procedures',
    section: 'ask-surgeon',
    tier: 'safety',
    when: (answers) => {
      const sameDay = answers['other-procedures']?.sameDay;
      return sameDay === 'yes' || sameDay === 'unsure';
    },
    because: [said('other-procedures', 'sameDay')],
    sources: ['cosmetassure', 'quad-a-liposuction'],
  },
  {
    id: 'ask-laser-evidence',
    section: 'ask-surgeon',
    tier: 'expectations',
    when: (answers) => answers.technique?.technique === 'laser',
    because: [said('technique', 'technique')],
    sources: ['prado-rct', 'laser-review'],
  },
  {
    id: 'ask-which-technique',
    section: 'ask-surgeon',
    tier: 'expectations',
    when: (answers) => answers.technique?.technique === 'unsure',
    because: [said('technique', 'technique')],
    sources: ['realself-qa'],
  },
  {
    id: 'ask-why-this-device',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'device-appeal',
    when: (answers) => suggested(answers) && !claims(answers),
    because: [said('technique-appeal', 'reasons', ['surgeon-suggested'])],
    sources: ['realself-qa'],
  },
  {
    id: 'device-claims',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'device-appeal',
    when: (answers) => claims(answers) && !suggested(answers),
    because: [said('technique-appeal', 'reasons', CLAIMS)],
    sources: ['laser-review', 'prado-rct'],
  },
  {
    id: 'device-claims-and-why',
    section: 'ask-surgeon',
    tier: 'expectations',
    topic: 'device-appeal',
    when: (answers) => claims(answers) && suggested(answers),
    because: [said('technique-appeal', 'reasons', [...CLAIMS, 'surgeon-suggested'])],
    sources: ['realself-qa', 'laser-review', 'prado-rct'],
  },
  {
    id: 'less-pain-with-laser',
    section: 'before-you-decide',
    tier: 'expectations',
    // The trial compared laser with traditional liposuction; it says nothing about other devices.
    when: (answers) =>
      answers.technique?.technique === 'laser' && includesAny(answers['technique-appeal']?.reasons, ['less-pain']),
    because: [said('technique-appeal', 'reasons', ['less-pain'])],
    sources: ['prado-rct'],
  },
] as const satisfies readonly Rule[];
