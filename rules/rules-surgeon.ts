import { said } from '../src/answers/answer-ref';
import type { Rule } from './rule';

/**
 * Who operates, and where: the checklist everyone should go through, worded for what the person
 * already told us. The board and the facility are one point each, in the variant the answers
 * call for (a board already named is confirmed, not asked about again; a hospital needs no
 * accreditation question).
 */
export const surgeonRules = [
  {
    id: 'confirm-board-certification',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'board',
    when: (answers) => answers['surgeon-board']?.board === 'plastic-surgery',
    because: [said('surgeon-board', 'board')],
    sources: ['asps-questions'],
  },
  {
    id: 'ask-which-board',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'board',
    when: (answers) => {
      const board = answers['surgeon-board']?.board;
      return board === 'other-board' || board === 'unsure';
    },
    because: [said('surgeon-board', 'board')],
    sources: ['asps-questions', 'seed-qa'],
  },
  {
    id: 'check-certification-before-booking',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'board',
    when: (answers) => answers.surgeon?.status === 'not-yet',
    because: [said('surgeon', 'status')],
    sources: ['asps-questions'],
  },
  {
    id: 'ask-board-certification',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'board',
    // Only when the surgeon pages were not answered (a summary always has them; partial answers may not).
    when: (answers) => answers.surgeon === undefined,
    because: [],
    sources: ['asps-questions', 'seed-qa'],
  },
  {
    id: 'ask-hospital-privileges',
    section: 'ask-surgeon',
    tier: 'checklist',
    // A surgeon who operates in a hospital has privileges there: the answer settles it.
    when: (answers) => answers.facility?.facility !== 'hospital',
    because: [],
    sources: ['seed-qa', 'fda-consumer', 'training-study'],
  },
  {
    id: 'ask-lower-leg-experience',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['seed-qa', 'consult-questions', 'weniger-review'],
  },
  {
    id: 'ask-facility-accreditation',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'facility',
    when: (answers) => answers.facility === undefined,
    because: [],
    sources: ['accreditation'],
  },
  {
    id: 'confirm-facility-accreditation',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'facility',
    when: (answers) => answers.facility?.facility === 'accredited-center',
    because: [said('facility', 'facility')],
    sources: ['accreditation'],
  },
  {
    id: 'ask-office-facility',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'facility',
    when: (answers) => {
      const facility = answers.facility?.facility;
      return facility === 'office' || facility === 'unsure';
    },
    because: [said('facility', 'facility')],
    sources: ['accreditation'],
  },
  {
    id: 'ask-anesthesia',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['anesthesia'],
  },
] as const satisfies readonly Rule[];
