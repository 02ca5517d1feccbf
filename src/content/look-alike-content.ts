import { FAT_PATTERN_VALUES, SWELLING_VALUES, URGENT_SYMPTOM_VALUES, VEIN_VALUES } from '../answers/schemas/look-alike-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'Other possible causes';

export const urgentSymptomsContent: PageContent<'urgent-symptoms'> = {
  section: SECTION,
  title: 'Do you have any of these right now?',
  lead: 'These can be signs of a blood clot. We ask first so that nothing urgent waits until the end.',
  questions: [
    {
      kind: 'checkbox',
      name: 'symptoms',
      legend: 'Do you have any of these right now?',
      hint: 'Select all that apply.',
      shortLabel: 'Symptoms right now',
      noneValue: 'none',
      options: options(URGENT_SYMPTOM_VALUES, {
        'one-leg-swollen-painful': {
          label: 'One leg has newly swollen and is painful, warm or red',
        },
        'breathless-chest-pain': { label: 'Sudden shortness of breath or chest pain' },
        none: 'None of these',
      }),
    },
  ],
};

export const fatPatternContent: PageContent<'fat-pattern'> = {
  section: SECTION,
  title: 'Do any of these describe your legs?',
  lead: 'Some medical conditions look like ordinary fat. A doctor can tell them apart, and they are treated differently.',
  questions: [
    {
      kind: 'checkbox',
      name: 'signs',
      legend: 'Do any of these describe your legs?',
      hint: 'Select all that apply.',
      shortLabel: 'How the fat on your legs behaves',
      noneValue: 'none',
      options: options(FAT_PATTERN_VALUES, {
        'both-legs-alike': 'The extra fat is on both legs and looks about the same on each',
        'feet-spared': 'The fat stops at the ankle and my feet look normal',
        tender: 'My legs hurt when they are pressed or knocked',
        'bruises-easily': 'My legs bruise easily',
        'diet-resistant': 'The fat on my legs does not shrink when I lose weight',
        family: 'A parent, sister or other relative has legs like mine',
        none: 'None of these',
      }),
    },
  ],
};

export const swellingContent: PageContent<'swelling'> = {
  section: SECTION,
  title: 'Do you have any swelling like this?',
  questions: [
    {
      kind: 'checkbox',
      name: 'signs',
      legend: 'Do you have any swelling like this?',
      hint: 'Select all that apply. If a leg has suddenly swollen and hurts, get medical help today.',
      shortLabel: 'Swelling',
      noneValue: 'none',
      options: options(SWELLING_VALUES, {
        'foot-and-toes': 'Swelling that includes my foot and toes',
        'one-side': 'One leg is often more swollen than the other',
        'both-legs': 'Both legs or ankles swell, for example by the evening',
        none: 'None of these',
      }),
    },
  ],
};

export const veinsContent: PageContent<'veins'> = {
  section: SECTION,
  title: 'Have you noticed any of these on your lower legs?',
  questions: [
    {
      kind: 'checkbox',
      name: 'signs',
      legend: 'Have you noticed any of these on your lower legs?',
      hint: 'Select all that apply.',
      shortLabel: 'Vein signs',
      noneValue: 'none',
      options: options(VEIN_VALUES, {
        varicose: 'Bulging, twisted veins (varicose veins)',
        spider: 'Small red, blue or purple thread veins (spider veins)',
        staining: 'Brown or darker patches of skin around the ankles',
        ulcers: 'Sores that are slow to heal',
        'heavy-aching': 'Legs that feel heavy, tired or achy',
        none: 'None of these',
      }),
    },
  ],
};
