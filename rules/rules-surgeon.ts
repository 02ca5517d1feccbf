import type { Rule } from './rule';

/**
 * Who operates, and where. The first seven are on every summary whatever the answers, because
 * the surgeon's training and the safety of the place matter to everyone; the last three sharpen
 * them when the answers show a gap (no surgeon yet, an unknown board, an office operating room).
 */
export const surgeonRules = [
  {
    id: 'ask-board-certification',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['asps-questions', 'seed-qa'],
  },
  {
    id: 'ask-hospital-privileges',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['seed-qa', 'fda-consumer', 'training-study'],
  },
  {
    id: 'ask-lower-leg-experience',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['seed-qa', 'consult-questions'],
  },
  {
    id: 'ask-facility-accreditation',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['accreditation'],
  },
  {
    id: 'ask-anesthesia',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['anesthesia'],
  },
  {
    id: 'ask-complications-and-costs',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['consult-questions'],
  },
  {
    id: 'ask-lymph-protection',
    section: 'ask-surgeon',
    when: () => true,
    sources: ['frick-lymph', 'legs-ankles-technique'],
  },
  {
    id: 'check-certification-before-booking',
    section: 'ask-surgeon',
    when: (answers) => answers.surgeon?.status === 'not-yet',
    sources: ['asps-questions'],
  },
  {
    id: 'ask-which-board',
    section: 'ask-surgeon',
    when: (answers) => {
      const board = answers['surgeon-board']?.board;
      return board === 'other-board' || board === 'unsure';
    },
    sources: ['asps-questions', 'seed-qa'],
  },
  {
    id: 'ask-office-facility',
    section: 'ask-surgeon',
    when: (answers) => {
      const facility = answers.facility?.facility;
      return facility === 'office' || facility === 'unsure';
    },
    sources: ['accreditation'],
  },
] as const satisfies readonly Rule[];
