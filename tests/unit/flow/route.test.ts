import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/answers/answers';
import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import type { Destination } from '../../../src/flow/flow-table';
import { activeAnswers, nextStep, previousStep, reachablePlace, routeOf, type Place } from '../../../src/flow/route';
import { answersBefore, answersOf, pathAnswers, stepsOf, without, type RouteChoices } from './answer-paths';

const CALVES = answersOf(pathAnswers({ area: 'calves' }));
const EVERY_FOLLOW_UP = answersOf(
  pathAnswers({ area: 'both', technique: 'laser', weightChange: 'lost', conditions: ['diabetes'], surgeon: 'chosen' }),
);

/** The pages common to every route, in order. */
const MAIN_PAGES: StepId[] = STEP_IDS.filter(
  (step) =>
    ![
      'calf-feel',
      'ankle-feel',
      'technique-appeal',
      'weight-change-amount',
      'diabetes-control',
      'surgeon-board',
      'facility',
    ].includes(step),
);

describe('nextStep', () => {
  it.each<{ label: string; step: StepId; answers: Answers; next: Destination }>([
    // Where: the area answer opens the calf and ankle pages.
    { label: 'calves', step: 'concerns', answers: { area: { area: 'calves', legs: 'both-legs' } }, next: 'calf-feel' },
    { label: 'ankles', step: 'concerns', answers: { area: { area: 'ankles', legs: 'both-legs' } }, next: 'ankle-feel' },
    { label: 'both', step: 'concerns', answers: { area: { area: 'both', legs: 'one-leg' } }, next: 'calf-feel' },
    { label: 'no area answer', step: 'concerns', answers: {}, next: 'urgent-symptoms' },
    {
      label: 'calves then',
      step: 'calf-feel',
      answers: { area: { area: 'calves', legs: 'both-legs' } },
      next: 'urgent-symptoms',
    },
    {
      label: 'both then',
      step: 'calf-feel',
      answers: { area: { area: 'both', legs: 'both-legs' } },
      next: 'ankle-feel',
    },
    {
      label: 'ankles then',
      step: 'ankle-feel',
      answers: { area: { area: 'ankles', legs: 'both-legs' } },
      next: 'urgent-symptoms',
    },
    {
      label: 'both, after ankles',
      step: 'ankle-feel',
      answers: { area: { area: 'both', legs: 'both-legs' } },
      next: 'urgent-symptoms',
    },
    // Technique: energy devices open the appeal page.
    { label: 'laser', step: 'technique', answers: { technique: { technique: 'laser' } }, next: 'technique-appeal' },
    {
      label: 'other energy',
      step: 'technique',
      answers: { technique: { technique: 'other-energy' } },
      next: 'technique-appeal',
    },
    {
      label: 'traditional',
      step: 'technique',
      answers: { technique: { technique: 'traditional' } },
      next: 'other-procedures',
    },
    { label: 'unsure', step: 'technique', answers: { technique: { technique: 'unsure' } }, next: 'other-procedures' },
    {
      label: 'appeal',
      step: 'technique-appeal',
      answers: { technique: { technique: 'laser' } },
      next: 'other-procedures',
    },
    // Health: diabetes opens its control page.
    {
      label: 'diabetes',
      step: 'conditions',
      answers: { conditions: { conditions: ['diabetes'] } },
      next: 'diabetes-control',
    },
    {
      label: 'diabetes among others',
      step: 'conditions',
      answers: { conditions: { conditions: ['heart', 'diabetes', 'kidney'] } },
      next: 'diabetes-control',
    },
    {
      label: 'no diabetes',
      step: 'conditions',
      answers: { conditions: { conditions: ['heart', 'liver'] } },
      next: 'leg-history',
    },
    { label: 'none', step: 'conditions', answers: { conditions: { conditions: ['none'] } }, next: 'leg-history' },
    {
      label: 'control',
      step: 'diabetes-control',
      answers: { conditions: { conditions: ['diabetes'] } },
      next: 'leg-history',
    },
    // Surgeon: a surgeon in mind opens the board and facility pages.
    { label: 'chosen', step: 'surgeon', answers: { surgeon: { status: 'chosen' } }, next: 'surgeon-board' },
    { label: 'comparing', step: 'surgeon', answers: { surgeon: { status: 'comparing' } }, next: 'surgeon-board' },
    { label: 'not yet', step: 'surgeon', answers: { surgeon: { status: 'not-yet' } }, next: 'own-questions' },
    { label: 'no surgeon answer', step: 'surgeon', answers: {}, next: 'own-questions' },
    { label: 'board', step: 'surgeon-board', answers: { surgeon: { status: 'chosen' } }, next: 'facility' },
    { label: 'facility', step: 'facility', answers: { surgeon: { status: 'chosen' } }, next: 'own-questions' },
    // Their own questions: the last page on every route.
    { label: 'last page', step: 'own-questions', answers: {}, next: 'check-answers' },
  ])('$step ($label) → $next', ({ step, answers, next }) => {
    expect(nextStep(step, answers)).toBe(next);
  });

  it('walks the main pages in order when no follow-up is opened (no area answer yet)', () => {
    const answers: Answers = {
      technique: { technique: 'traditional' },
      conditions: { conditions: ['none'] },
      surgeon: { status: 'not-yet' },
    };
    const visited: StepId[] = [];
    let current: Destination = 'area';
    while (current !== 'check-answers') {
      visited.push(current);
      current = nextStep(current, answers);
    }
    expect(visited).toEqual(MAIN_PAGES);
  });

  it('walks every page in STEP_IDS order when every follow-up is opened', () => {
    const visited: StepId[] = [];
    let current: Destination = 'area';
    while (current !== 'check-answers') {
      visited.push(current);
      current = nextStep(current, EVERY_FOLLOW_UP);
    }
    expect(visited).toEqual([...STEP_IDS]);
  });
});

describe('routeOf', () => {
  it('starts at the first page for no answers', () => {
    expect(routeOf({})).toEqual({ answered: [], next: 'area' });
  });

  it.each<{ label: string; step: StepId }>([
    { label: 'only the first page', step: 'concerns' },
    { label: 'up to the calf page', step: 'calf-feel' },
    { label: 'up to the technique', step: 'technique' },
    { label: 'up to the last page', step: 'surgeon' },
  ])('stops at the first unanswered page: $label', ({ step }) => {
    const path = pathAnswers({ area: 'calves' });
    const answers = answersBefore(step, path);
    expect(routeOf(answers)).toEqual({ answered: stepsOf(path).slice(0, stepsOf(path).indexOf(step)), next: step });
  });

  it.each<RouteChoices>([
    { area: 'calves', technique: 'traditional', weightChange: 'stable', conditions: ['none'], surgeon: 'not-yet' },
    { area: 'ankles', technique: 'laser', weightChange: 'lost', conditions: ['heart'], surgeon: 'comparing' },
    { area: 'both', technique: 'other-energy', weightChange: 'gained', conditions: ['diabetes'], surgeon: 'chosen' },
    {
      area: 'both',
      technique: 'unsure',
      weightChange: 'stable',
      conditions: ['liver', 'diabetes'],
      surgeon: 'not-yet',
    },
  ])(
    'for complete answers ($area, $technique, $conditions, $surgeon) lists the path and leads to check-answers',
    (choices) => {
      const path = pathAnswers(choices);
      expect(routeOf(answersOf(path))).toEqual({ answered: stepsOf(path), next: 'check-answers' });
    },
  );

  it('is not misled by answers beyond a gap', () => {
    expect(routeOf(without(CALVES, 'concerns'))).toEqual({ answered: ['area'], next: 'concerns' });
  });

  it('stops at a follow-up that a changed answer has just opened', () => {
    const answers: Answers = { ...CALVES, area: { area: 'both', legs: 'both-legs' } };
    expect(routeOf(answers)).toEqual({ answered: ['area', 'concerns', 'calf-feel'], next: 'ankle-feel' });
  });

  it('skips pages whose answers are kept but no longer on the route', () => {
    const answers: Answers = {
      ...EVERY_FOLLOW_UP,
      area: { area: 'ankles', legs: 'both-legs' },
      surgeon: { status: 'not-yet' },
    };
    const { answered, next } = routeOf(answers);
    expect(next).toBe('check-answers');
    expect(answered).not.toContain('calf-feel');
    expect(answered).not.toContain('surgeon-board');
    expect(answered).not.toContain('facility');
    expect(answered).toContain('ankle-feel');
    expect(answered.slice(-2)).toEqual(['surgeon', 'own-questions']);
  });
});

describe('previousStep', () => {
  it.each<{ label: string; step: Destination; answers: Answers; previous: StepId | undefined }>([
    { label: 'the first page, no answers', step: 'area', answers: {}, previous: undefined },
    { label: 'the first page, answered', step: 'area', answers: CALVES, previous: undefined },
    {
      label: 'the second page, unanswered',
      step: 'concerns',
      answers: answersBefore('concerns', pathAnswers()),
      previous: 'area',
    },
    { label: 'a middle page', step: 'veins', answers: CALVES, previous: 'swelling' },
    { label: 'the calf page', step: 'calf-feel', answers: CALVES, previous: 'concerns' },
    { label: 'the page after the calf page', step: 'urgent-symptoms', answers: CALVES, previous: 'calf-feel' },
    {
      label: 'the ankle page, ankles only',
      step: 'ankle-feel',
      answers: answersOf(pathAnswers({ area: 'ankles' })),
      previous: 'concerns',
    },
    { label: 'the ankle page, both areas', step: 'ankle-feel', answers: EVERY_FOLLOW_UP, previous: 'calf-feel' },
    {
      label: 'the page after the technique, traditional',
      step: 'other-procedures',
      answers: CALVES,
      previous: 'technique',
    },
    {
      label: 'the page after the technique, laser',
      step: 'other-procedures',
      answers: EVERY_FOLLOW_UP,
      previous: 'technique-appeal',
    },
    { label: 'leg history without diabetes', step: 'leg-history', answers: CALVES, previous: 'conditions' },
    { label: 'leg history with diabetes', step: 'leg-history', answers: EVERY_FOLLOW_UP, previous: 'diabetes-control' },
    { label: 'own questions, no surgeon yet', step: 'own-questions', answers: CALVES, previous: 'surgeon' },
    { label: 'own questions, surgeon chosen', step: 'own-questions', answers: EVERY_FOLLOW_UP, previous: 'facility' },
    { label: 'check answers, no surgeon yet', step: 'check-answers', answers: CALVES, previous: 'own-questions' },
    {
      label: 'check answers, surgeon chosen',
      step: 'check-answers',
      answers: EVERY_FOLLOW_UP,
      previous: 'own-questions',
    },
    { label: 'check answers, no answers', step: 'check-answers', answers: {}, previous: undefined },
    {
      label: 'a newly opened follow-up',
      step: 'ankle-feel',
      answers: { ...CALVES, area: { area: 'both', legs: 'both-legs' } },
      previous: 'calf-feel',
    },
    {
      label: 'a page whose answer is kept but is off the route',
      step: 'calf-feel',
      answers: { ...CALVES, area: { area: 'ankles', legs: 'both-legs' }, 'ankle-feel': { changes: 'same' } },
      previous: undefined,
    },
  ])('$label ($step) → $previous', ({ step, answers, previous }) => {
    expect(previousStep(step, answers)).toBe(previous);
  });
});

describe('activeAnswers', () => {
  it('is empty for no answers', () => {
    expect(activeAnswers({})).toEqual({});
  });

  it('keeps every answer on a complete route', () => {
    expect(activeAnswers(EVERY_FOLLOW_UP)).toEqual(EVERY_FOLLOW_UP);
    expect(activeAnswers(CALVES)).toEqual(CALVES);
  });

  it('drops the calf answer when the area switches to ankles', () => {
    const answers: Answers = {
      ...CALVES,
      area: { area: 'ankles', legs: 'both-legs' },
      'ankle-feel': { changes: 'changes' },
    };
    const active = activeAnswers(answers);
    expect(active).not.toHaveProperty('calf-feel');
    expect(active['ankle-feel']).toEqual({ changes: 'changes' });
    expect(Object.keys(active)).toHaveLength(Object.keys(answers).length - 1);
  });

  it('drops the ankle answer when the area switches from both to calves', () => {
    const active = activeAnswers({ ...EVERY_FOLLOW_UP, area: { area: 'calves', legs: 'both-legs' } });
    expect(active).not.toHaveProperty('ankle-feel');
    expect(active['calf-feel']).toEqual(EVERY_FOLLOW_UP['calf-feel']);
  });

  it('drops the technique appeal when the technique becomes traditional', () => {
    const active = activeAnswers({ ...EVERY_FOLLOW_UP, technique: { technique: 'traditional' } });
    expect(active).not.toHaveProperty('technique-appeal');
    expect(active.technique).toEqual({ technique: 'traditional' });
  });

  it('drops diabetes control when diabetes is unticked', () => {
    const active = activeAnswers({ ...EVERY_FOLLOW_UP, conditions: { conditions: ['heart'] } });
    expect(active).not.toHaveProperty('diabetes-control');
    expect(active['leg-history']).toEqual(EVERY_FOLLOW_UP['leg-history']);
  });

  it('drops surgeon board and facility when the surgeon status becomes not-yet', () => {
    const active = activeAnswers({ ...EVERY_FOLLOW_UP, surgeon: { status: 'not-yet' } });
    expect(active).not.toHaveProperty('surgeon-board');
    expect(active).not.toHaveProperty('facility');
    expect(active.surgeon).toEqual({ status: 'not-yet' });
  });

  it('keeps surgeon board and facility when the status moves between chosen and comparing', () => {
    const active = activeAnswers({ ...EVERY_FOLLOW_UP, surgeon: { status: 'comparing' } });
    expect(active['surgeon-board']).toEqual(EVERY_FOLLOW_UP['surgeon-board']);
    expect(active.facility).toEqual(EVERY_FOLLOW_UP.facility);
  });

  it('keeps a kept-aside answer again once its page is back on the route', () => {
    const switched: Answers = { ...EVERY_FOLLOW_UP, area: { area: 'ankles', legs: 'both-legs' } };
    expect(activeAnswers(switched)).not.toHaveProperty('calf-feel');
    const back = activeAnswers({ ...switched, area: { area: 'both', legs: 'both-legs' } });
    expect(back['calf-feel']).toEqual(EVERY_FOLLOW_UP['calf-feel']);
  });

  it('drops everything beyond the first unanswered page', () => {
    expect(activeAnswers(without(CALVES, 'technique'))).toEqual(
      answersBefore('technique', pathAnswers({ area: 'calves' })),
    );
  });

  it('stops at a newly opened follow-up until it is answered', () => {
    const active = activeAnswers({ ...CALVES, area: { area: 'both', legs: 'both-legs' } });
    expect(Object.keys(active)).toEqual(['area', 'concerns', 'calf-feel']);
  });

  it('does not change the answers it is given', () => {
    const answers: Answers = { ...EVERY_FOLLOW_UP, surgeon: { status: 'not-yet' } };
    const before = structuredClone(answers);
    activeAnswers(answers);
    expect(answers).toEqual(before);
  });
});

describe('reachablePlace', () => {
  const partial = without(CALVES, 'age');
  it.each<{ label: string; place: Place; answers: Answers; reached: Place }>([
    { label: 'the intro, always', place: 'intro', answers: {}, reached: 'intro' },
    { label: 'the intro, with answers', place: 'intro', answers: CALVES, reached: 'intro' },
    { label: 'the first page, no answers', place: 'area', answers: {}, reached: 'area' },
    { label: 'a later page, no answers', place: 'veins', answers: {}, reached: 'area' },
    { label: 'check-answers, no answers', place: 'check-answers', answers: {}, reached: 'area' },
    { label: 'the summary, no answers', place: 'summary', answers: {}, reached: 'area' },
    { label: 'an answered page', place: 'veins', answers: partial, reached: 'veins' },
    { label: 'the first gap', place: 'age', answers: partial, reached: 'age' },
    { label: 'a page beyond the first gap', place: 'recovery', answers: partial, reached: 'age' },
    { label: 'check-answers, route incomplete', place: 'check-answers', answers: partial, reached: 'age' },
    { label: 'the summary, route incomplete', place: 'summary', answers: partial, reached: 'age' },
    { label: 'check-answers, route complete', place: 'check-answers', answers: CALVES, reached: 'check-answers' },
    { label: 'the summary, route complete', place: 'summary', answers: CALVES, reached: 'summary' },
    { label: 'the last page, route complete', place: 'surgeon', answers: CALVES, reached: 'surgeon' },
    { label: 'a follow-up off the route', place: 'ankle-feel', answers: CALVES, reached: 'check-answers' },
    {
      label: 'a kept-aside answer off the route',
      place: 'calf-feel',
      answers: { ...CALVES, area: { area: 'ankles', legs: 'both-legs' } },
      reached: 'ankle-feel',
    },
  ])('$label: $place → $reached', ({ place, answers, reached }) => {
    expect(reachablePlace(place, answers)).toBe(reached);
  });
});
