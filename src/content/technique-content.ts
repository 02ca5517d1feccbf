import { OTHER_PROCEDURES_VALUES, TECHNIQUE_APPEAL_VALUES, TECHNIQUE_VALUES } from '../answers/schemas/technique-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'The technique';

export const techniqueContent: PageContent<'technique'> = {
  section: SECTION,
  title: 'Which kind of liposuction are you considering?',
  questions: [
    {
      kind: 'radio',
      name: 'technique',
      legend: 'Which kind of liposuction are you considering?',
      shortLabel: 'Technique',
      options: options(TECHNIQUE_VALUES, {
        traditional: { label: 'Traditional liposuction', hint: 'Also called tumescent or suction-assisted liposuction.' },
        laser: { label: 'Laser liposuction', hint: 'For example SmartLipo.' },
        'other-energy': { label: 'Another energy-based method', hint: 'For example ultrasound or radio-frequency.' },
        unsure: 'I am not sure yet',
      }),
    },
  ],
};

export const techniqueAppealContent: PageContent<'technique-appeal'> = {
  section: SECTION,
  title: 'What draws you to this method?',
  questions: [
    {
      kind: 'checkbox',
      name: 'reasons',
      legend: 'What draws you to this method?',
      hint: 'Select all that apply.',
      shortLabel: 'What draws you to it',
      noneValue: 'none',
      options: options(TECHNIQUE_APPEAL_VALUES, {
        'less-pain': 'Less pain',
        'skin-tightening': 'Tighter skin afterwards',
        'faster-recovery': 'A quicker recovery',
        'better-result': 'A better-looking result',
        'surgeon-suggested': 'A surgeon or clinic suggested it',
        none: 'None of these',
      }),
    },
  ],
};

export const otherProceduresContent: PageContent<'other-procedures'> = {
  section: SECTION,
  title: 'Are you thinking of having other procedures on the same day?',
  lead: 'For example, liposuction of another area or a different operation.',
  questions: [
    {
      kind: 'radio',
      name: 'sameDay',
      legend: 'Are you thinking of having other procedures on the same day?',
      shortLabel: 'Other procedures the same day',
      options: options(OTHER_PROCEDURES_VALUES, { yes: 'Yes', no: 'No', unsure: 'I am not sure' }),
    },
  ],
};
