import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/**
 * Symptoms that cannot wait for a consultation. They come first on the summary and the UI also
 * shows them the moment they are ticked, so their wording must stand on its own.
 */
export const urgentRules: readonly Rule[] = [
  {
    id: 'urgent-leg-clot-signs',
    section: 'urgent',
    when: (answers) => includesAny(answers['urgent-symptoms']?.symptoms, ['one-leg-swollen-painful']),
    point: 'Get medical care today for a leg that has newly swollen and hurts. Do not wait for your consultation.',
    why: 'A leg that is newly swollen and also painful, warm or red can be a sign of a blood clot, which needs checking the same day.',
    sources: ['dvt-signs'],
  },
  {
    id: 'urgent-breathless-chest-pain',
    section: 'urgent',
    when: (answers) => includesAny(answers['urgent-symptoms']?.symptoms, ['breathless-chest-pain']),
    point: 'Call 911 or your local emergency number now.',
    why: 'Sudden shortness of breath or chest pain can mean a blood clot has reached the lungs, which is an emergency.',
    sources: ['dvt-signs'],
  },
];
