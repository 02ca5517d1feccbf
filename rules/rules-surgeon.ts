import type { Rule } from './rule';

/**
 * Who operates, and where. The first seven are on every summary whatever the answers, because
 * the surgeon's training and the safety of the place matter to everyone; the last three sharpen
 * them when the answers show a gap (no surgeon yet, an unknown board, an office operating room).
 */
export const surgeonRules: readonly Rule[] = [
  {
    id: 'ask-board-certification',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask whether your surgeon is certified by the American Board of Plastic Surgery.',
    why: 'It is one of the main US medical boards (the ABMS boards), and none of those boards is called a "cosmetic surgery" board.',
    sources: ['asps-questions', 'seed-qa'],
  },
  {
    id: 'ask-hospital-privileges',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask whether your surgeon is allowed to do liposuction in a hospital (hospital privileges), and ask to see this in writing.',
    why: 'Many doctors who offer liposuction learned it on a short course, which a hospital would not accept, so privileges show that someone has checked the surgeon\'s training.',
    sources: ['seed-qa', 'fda-consumer', 'training-study'],
  },
  {
    id: 'ask-lower-leg-experience',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask how many calf or ankle liposuctions your surgeon does each year, and ask to see before-and-after photos of lower legs.',
    why: 'Experience with lower legs in particular is what counts, and photos of tummies or thighs do not show it.',
    sources: ['seed-qa', 'consult-questions'],
  },
  {
    id: 'ask-facility-accreditation',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask where the operation will take place, who accredits that place, and how you would get to a hospital in an emergency.',
    why: 'A place accredited by AAAASF, The Joint Commission or AAAHC has been inspected against safety standards, including having a plan for emergencies.',
    sources: ['accreditation'],
  },
  {
    id: 'ask-anesthesia',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask who will give your anesthesia and which kind you will have.',
    why: 'This should be a board-certified anesthesiologist or a certified nurse anesthetist, and knowing the kind helps you get ready.',
    sources: ['anesthesia'],
  },
  {
    id: 'ask-complications-and-costs',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask how problems and repeat operations are handled and who pays for them, and ask for an itemized price.',
    why: 'A written price that lists every part, and says what happens if something needs fixing, helps you compare surgeons and avoid surprise bills.',
    sources: ['consult-questions'],
  },
  {
    id: 'ask-lymph-protection',
    section: 'ask-surgeon',
    when: () => true,
    point: 'Ask how your surgeon protects the lymph vessels in your lower legs, such as which way they move the suction tube (cannula) and what size it is.',
    why: 'Suction along the length of the leg with a thin cannula harms fewer lymph vessels than suction across it, and damaged lymph vessels can leave swelling that lasts.',
    sources: ['frick-lymph', 'legs-ankles-technique'],
  },
  {
    id: 'check-certification-before-booking',
    section: 'ask-surgeon',
    when: (answers) => answers.surgeon?.status === 'not-yet',
    point: 'Before you book, look up each surgeon you are thinking about on the certifying board\'s own website.',
    why: 'A check with the board itself takes a few minutes and is more reliable than what an advert or a clinic website says.',
    sources: ['asps-questions'],
  },
  {
    id: 'ask-which-board',
    section: 'ask-surgeon',
    when: (answers) => {
      const board = answers['surgeon-board']?.board;
      return board === 'other-board' || board === 'unsure';
    },
    point: 'Ask which board certifies your surgeon, and check whether it is the American Board of Plastic Surgery.',
    why: 'Some boards have names that sound official, but none of the boards in the American Board of Medical Specialties is called a "cosmetic surgery" board.',
    sources: ['asps-questions', 'seed-qa'],
  },
  {
    id: 'ask-office-facility',
    section: 'ask-surgeon',
    when: (answers) => {
      const facility = answers.facility?.facility;
      return facility === 'office' || facility === 'unsure';
    },
    point: 'Ask whether the place where you would have surgery is accredited and licensed by the state, and what the written plan is for getting you to a hospital in an emergency.',
    why: 'Operating rooms in offices are not all inspected in the same way, so accreditation and a state license are how you know one meets safety standards.',
    sources: ['accreditation'],
  },
];
