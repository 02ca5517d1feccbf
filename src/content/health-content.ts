import {
  AGE_VALUES,
  CLOT_RISK_VALUES,
  CONDITION_VALUES,
  DIABETES_CONTROL_VALUES,
  LEG_HISTORY_VALUES,
  MEDICINE_VALUES,
  NICOTINE_VALUES,
} from '../answers/schemas/health-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'Your health';

export const ageContent: PageContent<'age'> = {
  section: SECTION,
  title: 'How old are you?',
  lead: 'The chance of a blood clot after surgery goes up with age.',
  questions: [
    {
      kind: 'radio',
      name: 'age',
      legend: 'How old are you?',
      shortLabel: 'Age',
      options: options(AGE_VALUES, {
        '18-40': '18 to 40',
        '41-60': '41 to 60',
        '61-74': '61 to 74',
        '75-plus': '75 or older',
      }),
    },
  ],
};

export const nicotineContent: PageContent<'nicotine'> = {
  section: SECTION,
  title: 'Do you smoke, vape or use nicotine in any form?',
  lead: 'This includes cigarettes, vapes, nicotine gum or patches, and pouches.',
  questions: [
    {
      kind: 'radio',
      name: 'nicotine',
      legend: 'Do you smoke, vape or use nicotine in any form?',
      shortLabel: 'Nicotine',
      options: options(NICOTINE_VALUES, {
        daily: 'Yes, every day',
        sometimes: 'Yes, sometimes',
        'stopped-recently': 'I stopped in the last 6 weeks',
        no: 'No',
      }),
    },
  ],
};

export const clotRiskContent: PageContent<'clot-risk'> = {
  section: SECTION,
  title: 'Do any of these apply to you?',
  lead: 'Each of these can make a blood clot after surgery more likely. Your surgeon needs to know.',
  questions: [
    {
      kind: 'checkbox',
      name: 'factors',
      legend: 'Do any of these apply to you?',
      hint: 'Select all that apply.',
      shortLabel: 'Blood-clot risks',
      noneValue: 'none',
      options: options(CLOT_RISK_VALUES, {
        'previous-clot': { label: 'I have had a blood clot', hint: 'In a leg (DVT) or in a lung (pulmonary embolism).' },
        'family-clot': 'A parent, brother, sister or child has had a blood clot',
        'clotting-disorder': 'I have been told I have an inherited clotting condition',
        estrogen: {
          label: 'I take estrogen',
          hint: 'For example the combined pill, a patch or ring, or hormone therapy for menopause.',
        },
        'recent-pregnancy': 'I am pregnant or had a baby in the last 6 months',
        'pregnancy-losses': 'I have had several pregnancy losses',
        'long-travel': 'I plan a trip of more than 4 hours around the time of surgery',
        cancer: 'I have cancer or had treatment for it recently',
        none: 'None of these',
      }),
    },
  ],
};

export const medicinesContent: PageContent<'medicines'> = {
  section: SECTION,
  title: 'Medicines and supplements',
  lead: 'Some of these affect bleeding. Do not stop a prescribed medicine on your own.',
  questions: [
    {
      kind: 'checkbox',
      name: 'items',
      legend: 'Do you take any of these?',
      hint: 'Select all that apply.',
      shortLabel: 'Medicines and supplements',
      noneValue: 'none',
      options: options(MEDICINE_VALUES, {
        'blood-thinner': { label: 'A blood thinner', hint: 'For example warfarin, apixaban, rivaroxaban or clopidogrel.' },
        aspirin: 'Aspirin',
        'anti-inflammatory': { label: 'Anti-inflammatory painkillers', hint: 'For example ibuprofen or naproxen.' },
        'vitamin-e': 'Vitamin E',
        supplements: {
          label: 'Herbal or other supplements',
          hint: 'For example fish oil, ginkgo, garlic, ginger or ginseng.',
        },
        'blood-pressure': 'A medicine for blood pressure',
        'other-prescribed': 'Another prescribed medicine',
        none: 'None of these',
      }),
    },
    {
      kind: 'text',
      name: 'details',
      label: 'Names and doses, if you want to note them (optional)',
      hint: 'This goes on your printout only.',
      shortLabel: 'Your notes on medicines',
    },
  ],
};

export const conditionsContent: PageContent<'conditions'> = {
  section: SECTION,
  title: 'Do you have any of these conditions?',
  questions: [
    {
      kind: 'checkbox',
      name: 'conditions',
      legend: 'Do you have any of these conditions?',
      hint: 'Select all that apply.',
      shortLabel: 'Conditions',
      noneValue: 'none',
      options: options(CONDITION_VALUES, {
        diabetes: 'Diabetes',
        heart: 'A heart condition',
        kidney: 'A kidney condition',
        liver: 'A liver condition',
        none: 'None of these',
      }),
    },
  ],
};

export const diabetesControlContent: PageContent<'diabetes-control'> = {
  section: SECTION,
  title: 'How well controlled is your diabetes?',
  lead: 'Your doctor may have told you this from a blood test, such as HbA1c.',
  questions: [
    {
      kind: 'radio',
      name: 'control',
      legend: 'How well controlled is your diabetes?',
      shortLabel: 'Diabetes control',
      options: options(DIABETES_CONTROL_VALUES, {
        well: 'Well controlled',
        'not-well': 'Not well controlled',
        unsure: 'I am not sure',
      }),
    },
  ],
};

export const legHistoryContent: PageContent<'leg-history'> = {
  section: SECTION,
  title: 'Have you had any of these on your legs?',
  questions: [
    {
      kind: 'checkbox',
      name: 'history',
      legend: 'Have you had any of these on your legs?',
      hint: 'Select all that apply.',
      shortLabel: 'Earlier treatment on your legs',
      noneValue: 'none',
      options: options(LEG_HISTORY_VALUES, {
        liposuction: 'Liposuction',
        'vein-treatment': { label: 'Treatment for veins', hint: 'For example surgery, laser or injections.' },
        'other-surgery': 'Another operation on a leg, knee or ankle',
        none: 'None of these',
      }),
    },
  ],
};
