import { ANKLE_FEEL_VALUES, AREA_VALUES, CALF_FEEL_VALUES, CONCERN_VALUES, LEGS_VALUES } from '../answers/schemas/where-schemas';
import { options, type PageContent } from './page-content-types';

const SECTION = 'Your legs';

export const areaContent: PageContent<'area'> = {
  section: SECTION,
  title: 'Which part of your legs are you thinking about?',
  questions: [
    {
      kind: 'radio',
      name: 'area',
      legend: 'Which area would you like to change?',
      shortLabel: 'Area',
      options: options(AREA_VALUES, {
        calves: 'My calves',
        ankles: 'My ankles',
        both: 'Both my calves and my ankles',
      }),
    },
    {
      kind: 'radio',
      name: 'legs',
      legend: 'Is it one leg or both?',
      shortLabel: 'Legs',
      options: options(LEGS_VALUES, {
        'both-legs': 'Both legs',
        'one-leg': 'One leg only',
      }),
    },
  ],
};

export const concernsContent: PageContent<'concerns'> = {
  section: SECTION,
  title: 'What bothers you about them?',
  questions: [
    {
      kind: 'checkbox',
      name: 'concerns',
      legend: 'What bothers you about them?',
      hint: 'Select all that apply.',
      shortLabel: 'What bothers you',
      options: options(CONCERN_VALUES, {
        size: 'They look too big',
        shape: { label: 'Their shape', hint: 'For example, no clear line between calf and ankle.' },
        'legs-differ': 'My two legs look different from each other',
        'clothes-fit': 'How boots, trousers or shoes fit',
        other: 'Something else',
      }),
    },
  ],
};

export const calfFeelContent: PageContent<'calf-feel'> = {
  section: SECTION,
  title: 'How do your calves feel when you stand on tiptoe?',
  lead: 'Stand on your toes and press the widest part of your calf. Muscle goes hard and bulges. Fat stays soft and you can pinch it.',
  questions: [
    {
      kind: 'radio',
      name: 'feel',
      legend: 'How do your calves feel when you stand on tiptoe?',
      shortLabel: 'Calves on tiptoe',
      options: options(CALF_FEEL_VALUES, {
        firm: 'Mostly firm: it feels like muscle',
        soft: 'Mostly soft: I can pinch a layer of fat',
        mixed: 'Some of each',
        unsure: 'I am not sure',
      }),
    },
  ],
};

export const ankleFeelContent: PageContent<'ankle-feel'> = {
  section: SECTION,
  title: 'Do your ankles change size during the day?',
  lead: 'For example, socks leave deeper marks or shoes feel tighter in the evening than in the morning.',
  questions: [
    {
      kind: 'radio',
      name: 'changes',
      legend: 'Do your ankles change size during the day?',
      shortLabel: 'Ankles change during the day',
      options: options(ANKLE_FEEL_VALUES, {
        changes: 'Yes, they are bigger later in the day',
        same: 'No, they look the same all day',
        unsure: 'I am not sure',
      }),
    },
  ],
};
