import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../../src/answers/answers';
import { FIRST_STEP } from '../../../src/flow/flow-table';
import { placeOf, questionnaireMachine } from '../../../src/flow/questionnaire-machine';
import type { Place } from '../../../src/flow/route';
import { answersOf, pathAnswers } from './answer-paths';

// A clinic can turn the start page off (`intro=false`): its own page introduces the questionnaire.
// Then "the start" is the first question, wherever the machine would otherwise go to the start page.

type Actor = ReturnType<typeof createActor<typeof questionnaireMachine>>;
const started: Actor[] = [];
afterEach(() => {
  while (started.length > 0) started.pop()?.stop();
});

function start(startPage: boolean, answers?: Answers, place?: Place): Actor {
  const actor = createActor(questionnaireMachine, {
    input: { startPage, ...(answers && { answers }), ...(place && { place }) },
  });
  actor.start();
  started.push(actor);
  return actor;
}

const path = pathAnswers();
const [first, second] = path;
if (!first || !second) throw new Error('The path has fewer than two pages');
const afterFirst = answersOf([first]);

describe.each([
  { startPage: true, theStart: 'intro' },
  { startPage: false, theStart: FIRST_STEP },
] as const)('with the start page $startPage', ({ startPage, theStart }) => {
  it(`opens on ${theStart} when no page is asked for`, () => {
    expect(placeOf(start(startPage).getSnapshot())).toBe(theStart);
  });

  it(`goes to ${theStart} for a link or history entry to the start page`, () => {
    const actor = start(startPage, afterFirst, second.step);
    actor.send({ type: 'GO', place: 'intro' });
    expect(placeOf(actor.getSnapshot())).toBe(theStart);
    expect(actor.getSnapshot().context.answers).toEqual(afterFirst);
  });

  it(`starts again at ${theStart}, with no answers`, () => {
    const actor = start(startPage, afterFirst, second.step);
    actor.send({ type: 'RESTART' });
    expect(placeOf(actor.getSnapshot())).toBe(theStart);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('goes Back from the second question to the first', () => {
    const actor = start(startPage, afterFirst, second.step);
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(true);
    actor.send({ type: 'BACK' });
    expect(placeOf(actor.getSnapshot())).toBe(first.step);
  });
});

describe('Back from the first question', () => {
  it('goes to the start page when there is one', () => {
    const actor = start(true, undefined, FIRST_STEP);
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(true);
    actor.send({ type: 'BACK' });
    expect(placeOf(actor.getSnapshot())).toBe('intro');
  });

  it('is not possible without one (the page shows no Back link), and the answers stay', () => {
    const actor = start(false, afterFirst, FIRST_STEP);
    expect(placeOf(actor.getSnapshot())).toBe(FIRST_STEP);
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(false);
    actor.send({ type: 'BACK' });
    expect(placeOf(actor.getSnapshot())).toBe(FIRST_STEP);
    expect(actor.getSnapshot().context.answers).toEqual(afterFirst);
  });
});

describe('Back from the first question during a Change that opened a follow-up', () => {
  const calves = answersOf(pathAnswers({ area: 'calves' }));

  it.each([
    { startPage: true, can: true, lands: 'intro' },
    { startPage: false, can: false, lands: FIRST_STEP },
  ] as const)('with the start page $startPage: possible $can, lands on $lands', ({ startPage, can, lands }) => {
    const actor = start(startPage, calves, 'check-answers');
    actor.send({ type: 'CHANGE', step: 'area' });
    actor.send({ type: 'SUBMIT', answer: { step: 'area', values: { area: 'both', legs: 'both-legs' } } });
    // Browser Back from the newly opened ankle page to the first question, still in the Change.
    actor.send({ type: 'GO', place: FIRST_STEP });
    expect(actor.getSnapshot().value).toBe('changing');
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(can);
    actor.send({ type: 'BACK' });
    expect(placeOf(actor.getSnapshot())).toBe(lands);
  });
});
