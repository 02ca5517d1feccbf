import type { AnswersByStep } from '../../../src/answers/answers';
import { imperial } from './body-size-answers';
import { quiet } from './quiet-answers';

/**
 * Every page answered, on a route through every follow-up: calves and ankles, laser (what draws
 * them to it), diabetes (how well it is controlled) and a chosen surgeon (board and facility).
 * Built on the quiet answers, so what opens the route stands out. Body size (imperial) and worry
 * differ from the quiet set too, as this set always had them, so the component tests and the
 * Spanish e2e run that start from it still walk with the very same answers.
 */
export const completeAnswers: AnswersByStep = quiet({
  area: { area: 'both', legs: 'both-legs' },
  technique: { technique: 'laser' },
  'technique-appeal': { reasons: ['less-pain'] },
  ...imperial(5, 6, 140),
  conditions: { conditions: ['diabetes'] },
  wellbeing: { worry: 'a-little', thinkingTime: 'under-1-hour', holdsBack: 'never' },
});
