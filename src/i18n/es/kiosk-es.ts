import type { KioskMessages } from '../kiosk-messages';

export const kioskEs: KioskMessages = {
  title: '¿Sigue ahí?',
  text: 'Para que sus respuestas sigan siendo privadas, las borraremos en {seconds} segundos.',
  countdown: 'Quedan {seconds} segundos',
  announce: 'Sus respuestas se borrarán en {seconds} segundos.',
  stillHere: 'Sí, sigo aquí',
  finished: {
    link: 'He terminado: borrar mis respuestas',
    question: '¿Borrar sus respuestas ahora?',
    warning: 'Esto quita sus respuestas de este aparato. Si quiere su lista, imprímala antes.',
    confirm: 'Sí, borrar mis respuestas',
    cancel: 'No, volver',
  },
};
