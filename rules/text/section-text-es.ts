import type { SectionTexts } from '../sections';

/** The summary's section headings in Spanish (usted). */
export const sectionTextEs: SectionTexts = {
  urgent: {
    title: 'Busque atención médica ahora',
    intro: 'Algunas de sus respuestas requieren atención médica antes que cualquier otra cosa.',
  },
  'doctor-first': {
    title: 'Hable primero con un médico',
    intro: 'Algunas de sus respuestas señalan cosas que un médico debería revisar antes de cualquier liposucción.',
  },
  'ask-surgeon': {
    title: 'Preguntas para su cirujano',
  },
  'tell-surgeon': {
    title: 'Lo que debe contarle a su cirujano',
  },
  'before-you-decide': {
    title: 'Antes de decidir',
    intro: 'Cosas para pensar con calma, a su propio ritmo, decida lo que decida.',
  },
};
