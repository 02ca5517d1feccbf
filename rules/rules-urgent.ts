import { said } from '../src/answers/answer-ref';
import type { Rule } from './rule';
import { includesAny } from './answer-checks';

/**
 * Symptoms that cannot wait for a consultation. They come first on the summary and the UI also
 * shows them the moment they are ticked, so their wording must stand on its own. The one to act
 * on now comes first: where both are ticked, calling for help is read before the leg.
 */
export const urgentRules = [
  {
    id: 'urgent-breathless-chest-pain',
    section: 'urgent',
    tier: 'urgent',
    when: (answers) => includesAny(answers['urgent-symptoms']?.symptoms, ['breathless-chest-pain']),
    because: [said('urgent-symptoms', 'symptoms', ['breathless-chest-pain'])],
    sources: ['stop-the-clot'],
  },
  {
    id: 'urgent-leg-clot-signs',
    section: 'urgent',
    tier: 'urgent',
    when: (answers) => includesAny(answers['urgent-symptoms']?.symptoms, ['one-leg-swollen-painful']),
    because: [said('urgent-symptoms', 'symptoms', ['one-leg-swollen-painful'])],
    sources: ['stop-the-clot'],
  },
] as const satisfies readonly Rule[];
