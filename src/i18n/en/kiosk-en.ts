import type { KioskMessages } from '../kiosk-messages';

export const kioskEn: KioskMessages = {
  title: 'Are you still there?',
  text: 'To keep your answers private, we will clear them in {seconds} seconds.',
  countdown: '{seconds} seconds left',
  announce: 'Your answers will be cleared in {seconds} seconds.',
  stillHere: "Yes, I'm still here",
  finished: {
    link: "I've finished: clear my answers",
    question: 'Clear your answers now?',
    warning: 'This removes your answers from this device. Print your list first if you want it.',
    confirm: 'Yes, clear my answers',
    cancel: 'No, go back',
  },
};
