import {
  PREGNANCY_VALUES,
  UNIT_VALUES,
  WEIGHT_CHANGE_VALUES,
  WEIGHT_MEDICINE_VALUES,
  WEIGHT_PLAN_VALUES,
} from '../answers/schemas/weight-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'Your weight';

/** The height and weight page has its own layout (units, paired boxes, BMI); this is its wording. */
export const bodySizeContent: PageContent<'body-size'> = {
  section: SECTION,
  title: 'What are your height and weight?',
  lead: 'This is optional. We use it to work out your body-mass index (BMI), which surgeons often ask about. It stays on this device.',
  questions: [
    {
      kind: 'radio',
      name: 'units',
      legend: 'Which units do you want to use?',
      shortLabel: 'Units',
      options: options(UNIT_VALUES, {
        imperial: 'Feet, inches and pounds',
        metric: 'Centimetres and kilograms',
      }),
    },
  ],
};

export const bodySizeFieldLabels = {
  feet: 'Feet',
  inches: 'Inches',
  pounds: 'Pounds',
  centimetres: 'Centimetres',
  kilograms: 'Kilograms',
} as const;

export const weightHistoryContent: PageContent<'weight-history'> = {
  section: SECTION,
  title: 'Your weight over time',
  lead: 'Liposuction reshapes an area; it is not a way to lose weight. A steady weight helps the result last.',
  questions: [
    {
      kind: 'radio',
      name: 'change',
      legend: 'How has your weight changed in the last 12 months?',
      shortLabel: 'Weight in the last 12 months',
      options: options(WEIGHT_CHANGE_VALUES, {
        stable: { label: 'It has stayed about the same', hint: 'Within about 5 pounds (2 kilograms).' },
        lost: 'I have lost weight',
        gained: 'I have gained weight',
        'up-and-down': 'It has gone up and down',
      }),
    },
    {
      kind: 'radio',
      name: 'plans',
      legend: 'Do you plan to lose or gain weight?',
      shortLabel: 'Weight plans',
      options: options(WEIGHT_PLAN_VALUES, {
        none: 'No, I plan to stay about the same',
        lose: 'I plan to lose weight',
        gain: 'I plan to gain weight',
        unsure: 'I am not sure',
      }),
    },
  ],
};

export const weightMedicineContent: PageContent<'weight-medicine'> = {
  section: SECTION,
  title: 'Do you take a weight-loss medicine given by injection or as a tablet?',
  lead: 'For example semaglutide (Ozempic, Wegovy, Rybelsus) or tirzepatide (Mounjaro, Zepbound).',
  questions: [
    {
      kind: 'radio',
      name: 'glp1',
      legend: 'Do you take a weight-loss medicine given by injection or as a tablet?',
      shortLabel: 'Weight-loss medicine',
      options: options(WEIGHT_MEDICINE_VALUES, {
        taking: 'Yes, I take one now',
        planning: 'I plan to start one',
        stopped: 'I stopped one in the last few months',
        no: 'No',
      }),
    },
  ],
};

export const pregnancyContent: PageContent<'pregnancy'> = {
  section: SECTION,
  title: 'Are you pregnant or breastfeeding, or might you be pregnant in the future?',
  questions: [
    {
      kind: 'radio',
      name: 'pregnancy',
      legend: 'Are you pregnant or breastfeeding, or might you be pregnant in the future?',
      shortLabel: 'Pregnancy',
      options: options(PREGNANCY_VALUES, {
        now: 'I am pregnant or breastfeeding now',
        'within-2-years': 'I may try for a baby in the next 2 years',
        'maybe-later': 'Maybe, but not in the next 2 years',
        no: 'No',
        'not-applicable': 'This does not apply to me',
      }),
    },
  ],
};
