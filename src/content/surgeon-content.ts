import { FACILITY_VALUES, SURGEON_BOARD_VALUES, SURGEON_STATUS_VALUES } from '../answers/schemas/surgeon-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'Your surgeon';

export const surgeonContent: PageContent<'surgeon'> = {
  section: SECTION,
  title: 'Have you chosen a surgeon?',
  questions: [
    {
      kind: 'radio',
      name: 'status',
      legend: 'Have you chosen a surgeon?',
      shortLabel: 'Surgeon',
      options: options(SURGEON_STATUS_VALUES, {
        chosen: 'Yes, I have chosen one',
        comparing: 'I am comparing a few',
        'not-yet': 'Not yet',
      }),
    },
  ],
};

export const surgeonBoardContent: PageContent<'surgeon-board'> = {
  section: SECTION,
  title: 'Which board certifies the surgeon?',
  lead: 'Board certification is usually listed on the surgeon’s website or on the certificate in their office.',
  questions: [
    {
      kind: 'radio',
      name: 'board',
      legend: 'Which board certifies the surgeon?',
      shortLabel: 'Surgeon’s board certification',
      options: options(SURGEON_BOARD_VALUES, {
        'plastic-surgery': 'The American Board of Plastic Surgery',
        'other-board': 'Another board',
        unsure: 'I do not know',
      }),
    },
  ],
};

export const facilityContent: PageContent<'facility'> = {
  section: SECTION,
  title: 'Where would the operation happen?',
  questions: [
    {
      kind: 'radio',
      name: 'facility',
      legend: 'Where would the operation happen?',
      shortLabel: 'Where the operation would happen',
      options: options(FACILITY_VALUES, {
        hospital: 'In a hospital',
        'accredited-center': 'In an accredited surgery centre',
        office: 'In a procedure room at the surgeon’s office',
        unsure: 'I do not know',
      }),
    },
  ],
};
