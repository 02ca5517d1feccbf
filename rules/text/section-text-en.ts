import type { SectionTexts } from '../sections';

/** The summary's section headings in English. */
export const sectionTextEn: SectionTexts = {
  urgent: {
    title: 'Get medical help now',
    intro: 'Some of your answers need medical attention before anything else.',
  },
  'doctor-first': {
    title: 'Talk to a doctor first',
    intro: 'Some of your answers point to things a doctor should check before any liposuction.',
  },
  'ask-surgeon': {
    title: 'Questions to ask your surgeon',
  },
  'tell-surgeon': {
    title: 'Tell your surgeon about',
  },
  'before-you-decide': {
    title: 'Before you decide',
    intro: 'Things to weigh up, in your own time, whatever you decide.',
  },
};
