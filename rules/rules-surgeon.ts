import { said } from '../src/answers/answer-ref';
import type { Answers } from '../src/answers/answers';
import type { Rule } from './rule';

// The board and facility answers count only with a surgeon in mind: that is when they are asked,
// and it keeps each topic's variants apart even for answers left over from an earlier route.
const noSurgeonYet = (answers: Answers) => answers.surgeon?.status === 'not-yet';
const board = (answers: Answers) => (noSurgeonYet(answers) ? undefined : answers['surgeon-board']?.board);
const facility = (answers: Answers) => (noSurgeonYet(answers) ? undefined : answers.facility?.facility);

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
    when: (answers) => board(answers) === 'plastic-surgery',
    because: [said('surgeon-board', 'board')],
    sources: ['aesthetic-society-qualifications'],
  },
  {
    id: 'ask-which-board',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'board',
    when: (answers) => board(answers) === 'other-board' || board(answers) === 'unsure',
    because: [said('surgeon-board', 'board')],
    sources: ['aesthetic-society-qualifications'],
  },
  {
    id: 'check-certification-before-booking',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'board',
    when: (answers) => answers.surgeon?.status === 'not-yet',
    because: [said('surgeon', 'status')],
    sources: ['aesthetic-society-qualifications'],
  },
  {
    id: 'ask-hospital-privileges',
    section: 'ask-surgeon',
    tier: 'checklist',
    // A surgeon who operates in a hospital has privileges there: the answer settles it.
    when: (answers) => facility(answers) !== 'hospital',
    because: [],
    sources: ['fda-consumer', 'realself-qa', 'training-study'],
  },
  {
    id: 'ask-lower-leg-experience',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['realself-qa', 'nhs-choosing-who'],
  },
  {
    id: 'ask-facility-accreditation',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'facility',
    when: (answers) => facility(answers) === undefined,
    because: [],
    sources: ['accreditation'],
  },
  {
    id: 'confirm-facility-accreditation',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'facility',
    when: (answers) => facility(answers) === 'accredited-center',
    because: [said('facility', 'facility')],
    sources: ['accreditation'],
  },
  {
    id: 'ask-office-facility',
    section: 'ask-surgeon',
    tier: 'checklist',
    topic: 'facility',
    when: (answers) => facility(answers) === 'office' || facility(answers) === 'unsure',
    because: [said('facility', 'facility')],
    sources: ['accreditation'],
  },
  {
    id: 'ask-anesthesia',
    section: 'ask-surgeon',
    tier: 'checklist',
    when: () => true,
    because: [],
    sources: ['asa-care-team', 'nhs-lipo-risks', 'rcoa-pre-assessment'],
  },
] as const satisfies readonly Rule[];
