import { and, assign, not, setup } from 'xstate';
import type { Answers, StepAnswer } from '../answers/answers';
import { isStepId, STEP_IDS, type StepId } from '../answers/step-ids';
import { FIRST_STEP, flowTable, type Destination } from './flow-table';
import { previousStep, reachablePlace, routeOf, type Place } from './route';
import { routeGuards } from './route-guards';

export type { Place };

export interface QuestionnaireContext {
  answers: Answers;
  /** True between a Change link on check-answers and the return to check-answers. */
  changing: boolean;
  /** Where the `routing` state sends the person next; only read there. */
  destination: Place;
  /** The clinic shows the start page (`intro` setting). Without it, "the start" is the first question. */
  startPage: boolean;
}

export type QuestionnaireEvent =
  | { type: 'START' }
  | { type: 'SUBMIT'; answer: StepAnswer }
  | { type: 'BACK' }
  | { type: 'CHANGE'; step: StepId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' }
  /** Browser history or a URL asks for a place; it lands there only if the answers reach it. */
  | { type: 'GO'; place: Place };

export interface QuestionnaireInput {
  answers?: Answers;
  /** Where to start (a reload, a restored session); clamped to what the answers reach. */
  place?: Place;
  /** False when the clinic turned the start page off; true by default. */
  startPage?: boolean;
}

/** The answers as they will stand once a SUBMIT is saved: route guards must judge the new answer. */
function answersAfter(answers: Answers, event: QuestionnaireEvent): Answers {
  return event.type === 'SUBMIT' ? { ...answers, [event.answer.step]: event.answer.values } : answers;
}

type Lifted = (args: { context: QuestionnaireContext; event: QuestionnaireEvent }) => boolean;
function lift(guard: (answers: Answers) => boolean): Lifted {
  return ({ context, event }) => guard(answersAfter(context.answers, event));
}

const machineSetup = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as QuestionnaireInput,
  },
  guards: {
    includesCalves: lift(routeGuards.includesCalves),
    includesAnkles: lift(routeGuards.includesAnkles),
    consideringEnergyDevice: lift(routeGuards.consideringEnergyDevice),
    hasDiabetes: lift(routeGuards.hasDiabetes),
    hasSurgeonInMind: lift(routeGuards.hasSurgeonInMind),
    isAnswerFor: ({ event }, params: { step: StepId }) => event.type === 'SUBMIT' && event.answer.step === params.step,
    isChanging: ({ context }) => context.changing,
    routeComplete: ({ context }) => routeOf(context.answers).next === 'check-answers',
    isOnRoute: ({ context, event }) =>
      event.type === 'CHANGE' && routeOf(context.answers).answered.includes(event.step),
    destinationIs: ({ context }, params: { destination: Place }) => context.destination === params.destination,
    hasStartPage: ({ context }) => context.startPage,
    /** Back has somewhere to go: an earlier question on the route, or the start page. */
    hasPageBefore: ({ context }, params: { from: Destination }) =>
      previousStep(params.from, context.answers) !== undefined || context.startPage,
  },
  actions: {
    saveAnswer: assign({
      answers: ({ context, event }) => answersAfter(context.answers, event),
    }),
    aimAtFirstGap: assign({
      destination: ({ context }) => routeOf(context.answers).next,
    }),
    aimBack: assign({
      destination: ({ context }, params: { from: Destination }): Place =>
        previousStep(params.from, context.answers) ?? 'intro',
    }),
    aimAtRequestedPlace: assign({
      destination: ({ context, event }): Place =>
        event.type === 'GO' ? reachablePlace(event.place, context.answers) : context.destination,
      // Back and Forward between question pages during a Change stay in the Change (the next
      // Continue still returns to check-answers); landing anywhere else ends it.
      changing: ({ context, event }) =>
        context.changing && event.type === 'GO' && isStepId(reachablePlace(event.place, context.answers)),
    }),
    startChanging: assign({
      changing: true,
      destination: ({ event }): Place => (event.type === 'CHANGE' ? event.step : 'check-answers'),
    }),
    stopChanging: assign({ changing: false }),
    clearAnswers: assign({ answers: {}, changing: false }),
    aimAtStart: assign({ destination: 'intro' as Place }),
  },
});

function stepState(step: StepId) {
  return {
    on: {
      SUBMIT: [
        // After a Change link: ask any follow-up the new answer opens, then back to check-answers.
        {
          guard: and([{ type: 'isAnswerFor', params: { step } }, 'isChanging']),
          actions: ['saveAnswer', 'aimAtFirstGap'],
          target: 'routing',
        },
        ...flowTable[step].map((transition) => ({
          guard: 'guard' in transition
            ? and([{ type: 'isAnswerFor', params: { step } }, transition.guard])
            : { type: 'isAnswerFor' as const, params: { step } },
          actions: 'saveAnswer' as const,
          target: transition.target === 'check-answers' ? 'checkAnswers' : transition.target,
        })),
      ],
      BACK: [
        { guard: and(['isChanging', 'routeComplete']), target: 'checkAnswers', actions: 'stopChanging' },
        // On the first question with no start page there is nowhere to go back to: no transition,
        // so `snapshot.can({ type: 'BACK' })` is false and the page shows no Back link.
        {
          guard: { type: 'hasPageBefore', params: { from: step } },
          actions: { type: 'aimBack', params: { from: step } },
          target: 'routing',
        },
      ],
    },
  } as const;
}

/**
 * Routes a person through the question pages, check-answers and the summary. It holds the
 * answers and decides the next page; it does nothing else (no storage, no messages):
 * those live in React effects.
 */
export const questionnaireMachine = machineSetup.createMachine({
  id: 'questionnaire',
  // Starts by routing, so a restored place goes through the same reachability check as any other.
  initial: 'routing',
  context: ({ input }) => {
    const answers = input.answers ?? {};
    return {
      answers,
      changing: false,
      destination: reachablePlace(input.place ?? 'intro', answers),
      startPage: input.startPage ?? true,
    };
  },
  on: {
    GO: { actions: 'aimAtRequestedPlace', target: '.routing' },
    RESTART: { target: '.routing', actions: ['clearAnswers', 'aimAtStart'] },
  },
  states: {
    intro: {
      on: { START: { target: FIRST_STEP } },
    },
    ...(Object.fromEntries(STEP_IDS.map((step) => [step, stepState(step)])) as Record<
      StepId,
      ReturnType<typeof stepState>
    >),
    // A pass-through state: the one place a computed destination becomes a page.
    routing: {
      always: [
        {
          guard: and([{ type: 'destinationIs', params: { destination: 'intro' as Place } }, 'hasStartPage']),
          target: 'intro',
        },
        // The start page asked for (Start again, a link or history entry to #/intro) when the
        // clinic has turned it off: the start is the first question.
        { guard: { type: 'destinationIs', params: { destination: 'intro' } }, target: FIRST_STEP },
        { guard: { type: 'destinationIs', params: { destination: 'summary' } }, target: 'summary' },
        ...STEP_IDS.map((step) => ({
          guard: { type: 'destinationIs' as const, params: { destination: step } },
          target: step,
        })),
        { target: 'checkAnswers', actions: 'stopChanging' },
      ],
    },
    checkAnswers: {
      always: { guard: not('routeComplete'), actions: 'aimAtFirstGap', target: 'routing' },
      on: {
        CHANGE: { guard: 'isOnRoute', actions: 'startChanging', target: 'routing' },
        CONFIRM: { target: 'summary' },
        BACK: { actions: { type: 'aimBack', params: { from: 'check-answers' } }, target: 'routing' },
      },
    },
    summary: {
      on: {
        BACK: { target: 'checkAnswers' },
      },
    },
  },
});

export type QuestionnaireState = 'intro' | StepId | 'checkAnswers' | 'summary';

/** The place a machine state shows, as used in URLs and storage. */
export function placeOfState(state: string): Place {
  if (state === 'checkAnswers') return 'check-answers';
  if (state === 'intro' || state === 'summary' || isStepId(state)) return state;
  // `routing` is transient and never observed between events.
  throw new Error(`Unknown questionnaire state "${state}"`);
}
