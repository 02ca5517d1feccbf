import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers, AnswersByStep, StepAnswer } from '../../../src/answers/answers';
import { storedAnswersSchema } from '../../../src/answers/stored-answers-schema';
import { STEP_IDS, isStepId } from '../../../src/answers/step-ids';
import { placeOf, questionnaireMachine, type QuestionnaireEvent } from '../../../src/flow/questionnaire-machine';
import { reachablePlace, routeOf, type Place } from '../../../src/flow/route';
import { ALL_PLACES, ALL_STATES } from '../model/questionnaire-model';
import { completeAnswers, place, someAnswers, stepAnswer } from './answer-arbitraries';

/**
 * What the test sends. Most SUBMITs for a random page are ignored (the person is on another
 * page), so `submit-here` answers whatever page the person is on, from one of a few complete
 * answer sets drawn for the run: that way runs get deep into the questionnaire and change route.
 */
type Instruction = { kind: 'submit-here'; bank: number } | { kind: 'event'; event: QuestionnaireEvent };

/**
 * Junk places: the UI only ever sends places read through placeFromHash, but the machine is the
 * last line, so it must clamp anything. The cast is the point of the test.
 */
const junkPlace = fc
  .oneof(fc.string(), fc.constantFrom('routing', 'checkAnswers', '', 'AREA'))
  .map((text) => text as Place);

const event: fc.Arbitrary<QuestionnaireEvent> = fc.oneof(
  stepAnswer.map((answer): QuestionnaireEvent => ({ type: 'SUBMIT', answer })),
  fc.constant<QuestionnaireEvent>({ type: 'BACK' }),
  fc.constantFrom(...STEP_IDS).map((step): QuestionnaireEvent => ({ type: 'CHANGE', step })),
  fc.oneof(place, junkPlace).map((where): QuestionnaireEvent => ({ type: 'GO', place: where })),
  fc.constant<QuestionnaireEvent>({ type: 'CONFIRM' }),
  fc.constant<QuestionnaireEvent>({ type: 'CONTINUE' }),
  // Change the symptoms page more often than chance would: an urgent answer there, from a Change,
  // is the only way into the get-help page reached from check-answers.
  fc.constant<QuestionnaireEvent>({ type: 'CHANGE', step: 'urgent-symptoms' }),
  fc.constant<QuestionnaireEvent>({ type: 'RESTART' }),
  fc.constant<QuestionnaireEvent>({ type: 'START' }),
  // A saved file's answers: any valid answers, of any depth (the reader checked each page).
  fc.oneof(someAnswers, completeAnswers).map((answers): QuestionnaireEvent => ({ type: 'LOAD', answers })),
);

// Mostly answering: with as many random events as answers, Back and Start again keep runs shallow.
const instruction: fc.Arbitrary<Instruction> = fc.oneof(
  { weight: 5, arbitrary: fc.nat().map((bank): Instruction => ({ kind: 'submit-here', bank })) },
  { weight: 2, arbitrary: event.map((sent): Instruction => ({ kind: 'event', event: sent })) },
);

const run = fc.record({
  // Saved progress of any depth (some runs start with every page answered), opened at any place.
  start: fc.record({ answers: fc.oneof(someAnswers, completeAnswers), place: fc.option(place, { nil: undefined }) }),
  banks: fc.array(completeAnswers, { minLength: 1, maxLength: 3 }),
  // size 'max': by default fast-check keeps arrays short (about ten items), far from the summary.
  instructions: fc.array(instruction, { maxLength: 100, size: 'max' }),
});

type Actor = ReturnType<typeof createActor<typeof questionnaireMachine>>;

function eventFor(actor: Actor, next: Instruction, banks: readonly AnswersByStep[]): QuestionnaireEvent {
  if (next.kind === 'event') return next.event;
  const here = placeOf(actor.getSnapshot());
  // On the get-help page, going on is "continue preparing".
  if (here === 'get-help') return { type: 'CONTINUE' };
  const bank = banks[next.bank % banks.length];
  if (!isStepId(here) || !bank) return { type: 'START' };
  return { type: 'SUBMIT', answer: { step: here, values: bank[here] } as StepAnswer };
}

/** The invariants that must hold whenever the machine is at rest. */
function checkInvariants(actor: Actor, history: readonly QuestionnaireEvent[]) {
  const snapshot = actor.getSnapshot();
  const where = `after ${JSON.stringify(history.slice(-5))}`;
  expect(snapshot.status, where).toBe('active');
  // placeOf throws in the transient `opening` state, which the machine never rests in.
  const here = placeOf(snapshot);
  const { answers } = snapshot.context;
  if (here === 'check-answers' || here === 'summary') expect(routeOf(answers).next, where).toBe('check-answers');
  // The page on screen is always one the answers reach.
  expect(reachablePlace(here, answers), where).toBe(here);
  // Only valid answers were sent, so only valid answers are held (what storage will accept back).
  expect(storedAnswersSchema.safeParse(answers).success, where).toBe(true);
}

describe('random events sent to the questionnaire machine', () => {
  it('never fail, rest only in known states, and keep the page reachable', () => {
    // Which states and places the runs saw, so a generator that never gets past the first pages fails loudly.
    const visited = new Set<string>();
    fc.assert(
      fc.property(run, ({ start, banks, instructions }) => {
        const actor = createActor(questionnaireMachine, { input: start });
        const errors: unknown[] = [];
        actor.subscribe({ error: (error) => errors.push(error) });
        actor.start();
        const history: QuestionnaireEvent[] = [];
        try {
          checkInvariants(actor, history);
          for (const next of instructions) {
            const sent = eventFor(actor, next, banks);
            history.push(sent);
            actor.send(sent);
            checkInvariants(actor, history);
            visited.add(`state:${actor.getSnapshot().value}`).add(`place:${placeOf(actor.getSnapshot())}`);
          }
          expect(errors).toEqual([]);
        } finally {
          actor.stop();
        }
      }),
      { numRuns: 300 },
    );
    expect(ALL_STATES.filter((state) => !visited.has(`state:${state}`))).toEqual([]);
    expect(ALL_PLACES.filter((place) => !visited.has(`place:${place}`))).toEqual([]);
    // 300 runs of up to 100 events, each followed by the invariant checks (route walks and the
    // stored-answers schema): about 10,000 machine steps, 2 to 3 s on an idle machine and over the
    // default 5 s on a loaded one. The timeout is for that work; nothing here waits on time.
  }, 30_000);

  it('start where the saved place is reachable, or at the furthest page the answers reach', () => {
    fc.assert(
      fc.property(someAnswers, place, (answers: Answers, requested: Place) => {
        const actor = createActor(questionnaireMachine, { input: { answers, place: requested } });
        actor.start();
        try {
          expect(placeOf(actor.getSnapshot())).toBe(reachablePlace(requested, answers));
        } finally {
          actor.stop();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('empty every answer on Start again, whatever came before', () => {
    fc.assert(
      fc.property(someAnswers, place, (answers, requested) => {
        const actor = createActor(questionnaireMachine, { input: { answers, place: requested } });
        actor.start();
        try {
          actor.send({ type: 'RESTART' });
          const snapshot = actor.getSnapshot();
          expect(snapshot.value).toBe('intro');
          expect(snapshot.context.answers).toEqual({});
        } finally {
          actor.stop();
        }
      }),
      { numRuns: 100 },
    );
  });
});
