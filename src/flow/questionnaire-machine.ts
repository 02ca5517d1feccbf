import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Answers, StepAnswer } from '../answers/answers';
import { isStepId, type StepId } from '../answers/step-ids';
import { FIRST_STEP, GET_HELP_AFTER, type Destination } from './flow-table';
import { nextStep, previousStep, reachablePlace, routeOf, type Place } from './route';
import { routeGuards } from './route-guards';

export type { Place };

export interface QuestionnaireContext {
  answers: Answers;
  /**
   * The question page shown in `question` and `changing`; in the "get help" states, the page whose
   * answer led there (Back returns to it). Not read in the other states.
   */
  step: StepId;
  /** The clinic shows the start page (`intro` setting). Without it, "the start" is the first question. */
  startPage: boolean;
  /** Where the questionnaire opened (a URL, a restored session), already clamped; read only by `opening`. */
  opening: Place;
}

export type QuestionnaireEvent =
  | { type: 'START' }
  | { type: 'SUBMIT'; answer: StepAnswer }
  | { type: 'BACK' }
  | { type: 'CHANGE'; step: StepId }
  | { type: 'CONFIRM' }
  /** "I have got help – continue preparing" on the get-help page. */
  | { type: 'CONTINUE' }
  | { type: 'RESTART' }
  /**
   * "Continue from a saved file" on the start page: the file's answers, already read and checked
   * page by page, take the place of the answers held.
   */
  | { type: 'LOAD'; answers: Answers }
  /** Browser history or a URL asks for a place; it lands there only if the answers reach it. */
  | { type: 'GO'; place: Place };

export interface QuestionnaireInput {
  answers?: Answers;
  /** Where to start (a reload, a restored session); clamped to what the answers reach. */
  place?: Place;
  /** False when the clinic turned the start page off; true by default. */
  startPage?: boolean;
}

/*
 * Pure helpers for the guards and actions declared in `setup`: they put route.ts's answers
 * together. None of them builds configuration; that is the literal in `createMachine`.
 */

/** Where asking for a place lands: the place if the answers reach it, else the furthest page they do. */
function landing(place: Place, { answers, startPage }: Pick<QuestionnaireContext, 'answers' | 'startPage'>): Place {
  const reached = reachablePlace(place, answers);
  // The start page asked for when the clinic has turned it off: the start is the first question.
  return reached === 'intro' && !startPage ? FIRST_STEP : reached;
}

/** The answers as they stand once this SUBMIT is saved: where Continue leads depends on them. */
function answersAfter(answers: Answers, event: QuestionnaireEvent): Answers {
  return event.type === 'SUBMIT' ? { ...answers, [event.answer.step]: event.answer.values } : answers;
}

/**
 * Where Continue on a question page leads once its answer is saved: the flow table's next page.
 * Check-answers only when every page of the route is answered (it always is, as long as each
 * route guard reads pages before the one it leads from); otherwise the first page still missing.
 */
function pageAfter(step: StepId, answers: Answers): Destination {
  const next = nextStep(step, answers);
  return next === 'check-answers' ? routeOf(answers).next : next;
}

/** Narrows a place that the guard before has shown to be a question page to its step. */
function asStep(place: Place | undefined, otherwise: StepId): StepId {
  if (place === 'get-help') return GET_HELP_AFTER;
  return place !== undefined && isStepId(place) ? place : otherwise;
}

/**
 * Routes a person through the start page, the question pages, check-answers and the summary. It
 * holds the answers and decides the next page with the pure helpers of route.ts, which read the
 * flow table; it does nothing else (no storage, no history, no messages): those live in React
 * effects. Written as a plain configuration so Stately's editor and visualiser can draw it.
 */
export const questionnaireMachine = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as QuestionnaireInput,
  },
  guards: {
    /** The place asked for at opening lands here (`opening` is clamped when the context is made). */
    opensOn: ({ context }, params: { place: Place }) => context.opening === params.place,
    /** A URL or history entry asks for a place; where it lands is `params.place`. */
    goLandsOn: ({ context, event }, params: { place: Place }) =>
      event.type === 'GO' && landing(event.place, context) === params.place,
    goLandsOnQuestion: ({ context, event }) => event.type === 'GO' && isStepId(landing(event.place, context)),
    isAnswerHere: ({ context, event }) => event.type === 'SUBMIT' && event.answer.step === context.step,
    /** The answer is for this page, and it is an urgent symptom: the get-help page comes first. */
    answerCallsForHelp: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      event.answer.step === context.step &&
      context.step === GET_HELP_AFTER &&
      routeGuards.hasUrgentSymptom(answersAfter(context.answers, event)),
    /** The answer is for this page, and Continue along the flow table reaches check-answers. */
    answerLeadsToCheckAnswers: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      event.answer.step === context.step &&
      pageAfter(context.step, answersAfter(context.answers, event)) === 'check-answers',
    /** The answer is for this page and leaves no page of the route unanswered. */
    answerCompletesRoute: ({ context, event }) =>
      event.type === 'SUBMIT' &&
      event.answer.step === context.step &&
      routeOf(answersAfter(context.answers, event)).next === 'check-answers',
    routeComplete: ({ context }) => routeOf(context.answers).next === 'check-answers',
    /** The answers from a saved file leave no page of their route unanswered. */
    loadCompletesRoute: ({ event }) => event.type === 'LOAD' && routeOf(event.answers).next === 'check-answers',
    hasQuestionBefore: ({ context }) => previousStep(context.step, context.answers) !== undefined,
    hasStartPage: ({ context }) => context.startPage,
    /** Change links are only for answers on the route. */
    isOnRoute: ({ context, event }) =>
      event.type === 'CHANGE' && routeOf(context.answers).answered.includes(event.step),
  },
  actions: {
    saveAnswer: assign({ answers: ({ context, event }) => answersAfter(context.answers, event) }),
    clearAnswers: assign({ answers: {} }),
    /** The saved file's answers replace every answer held, those kept aside too: the file is the whole story. */
    loadAnswers: assign({ answers: ({ context, event }) => (event.type === 'LOAD' ? event.answers : context.answers) }),
    showFirstPage: assign({ step: FIRST_STEP }),
    showNextPage: assign({ step: ({ context }) => asStep(pageAfter(context.step, context.answers), context.step) }),
    /** After a Change: the first page the route still lacks (a follow-up the new answer opened). */
    showFirstGap: assign({ step: ({ context }) => asStep(routeOf(context.answers).next, context.step) }),
    showPreviousPage: assign({
      step: ({ context }) => asStep(previousStep(context.step, context.answers), context.step),
    }),
    showLastPage: assign({ step: ({ context }) => asStep(previousStep('check-answers', context.answers), FIRST_STEP) }),
    showHelpPage: assign({ step: GET_HELP_AFTER }),
    showChangedPage: assign({ step: ({ context, event }) => (event.type === 'CHANGE' ? event.step : context.step) }),
    showRequestedPage: assign({
      step: ({ context, event }) =>
        event.type === 'GO' ? asStep(landing(event.place, context), FIRST_STEP) : context.step,
    }),
  },
}).createMachine({
  id: 'questionnaire',
  initial: 'opening',
  context: ({ input }) => {
    const answers = input.answers ?? {};
    const startPage = input.startPage ?? true;
    const opening = landing(input.place ?? 'intro', { answers, startPage });
    return { answers, step: asStep(opening, FIRST_STEP), startPage, opening };
  },
  on: {
    GO: [
      { guard: { type: 'goLandsOn', params: { place: 'intro' } }, target: '.intro' },
      { guard: { type: 'goLandsOn', params: { place: 'get-help' } }, target: '.getHelp', actions: 'showHelpPage' },
      { guard: { type: 'goLandsOn', params: { place: 'check-answers' } }, target: '.checkAnswers' },
      { guard: { type: 'goLandsOn', params: { place: 'summary' } }, target: '.summary' },
      { target: '.question', actions: 'showRequestedPage' },
    ],
    RESTART: [
      { guard: 'hasStartPage', target: '.intro', actions: 'clearAnswers' },
      { target: '.question', actions: ['clearAnswers', 'showFirstPage'] },
    ],
  },
  states: {
    opening: {
      description:
        'Passed through at once: a reload or restored session opens where it asked, if the answers reach it.',
      always: [
        { guard: { type: 'opensOn', params: { place: 'intro' } }, target: 'intro' },
        { guard: { type: 'opensOn', params: { place: 'get-help' } }, target: 'getHelp' },
        { guard: { type: 'opensOn', params: { place: 'check-answers' } }, target: 'checkAnswers' },
        { guard: { type: 'opensOn', params: { place: 'summary' } }, target: 'summary' },
        { target: 'question' },
      ],
    },
    intro: {
      description: 'The start page; a saved file (LOAD) is continued from here.',
      on: {
        START: { target: 'question', actions: 'showFirstPage' },
        // Check-answers when the file answers the whole route, else the first page it leaves
        // unanswered (`showFirstGap` reads the answers just loaded).
        LOAD: [
          { guard: 'loadCompletesRoute', target: 'checkAnswers', actions: 'loadAnswers' },
          { target: 'question', actions: ['loadAnswers', 'showFirstGap'] },
        ],
      },
    },
    question: {
      description: 'The question page `context.step`; Continue follows the flow table.',
      on: {
        SUBMIT: [
          { guard: 'answerCallsForHelp', target: 'getHelp', actions: 'saveAnswer' },
          { guard: 'answerLeadsToCheckAnswers', target: 'checkAnswers', actions: 'saveAnswer' },
          { guard: 'isAnswerHere', actions: ['saveAnswer', 'showNextPage'] },
        ],
        // With no page before (the first question, no start page) there is no transition, so
        // `snapshot.can({ type: 'BACK' })` is false and the page shows no Back link.
        BACK: [
          { guard: 'hasQuestionBefore', actions: 'showPreviousPage' },
          { guard: 'hasStartPage', target: 'intro' },
        ],
      },
    },
    changing: {
      description:
        'A question page opened by a Change link on check-answers. Continue asks any follow-up the new answer opens, then returns to check-answers.',
      on: {
        SUBMIT: [
          { guard: 'answerCallsForHelp', target: 'getHelpInChange', actions: 'saveAnswer' },
          { guard: 'answerCompletesRoute', target: 'checkAnswers', actions: 'saveAnswer' },
          { guard: 'isAnswerHere', actions: ['saveAnswer', 'showFirstGap'] },
        ],
        BACK: [
          { guard: 'routeComplete', target: 'checkAnswers' },
          { guard: 'hasQuestionBefore', actions: 'showPreviousPage' },
          { guard: 'hasStartPage', target: 'intro' },
        ],
        // Browser Back and Forward between question pages stay in the Change; landing anywhere
        // else (the root's GO) ends it.
        GO: { guard: 'goLandsOnQuestion', actions: 'showRequestedPage' },
      },
    },
    getHelp: {
      description:
        'What to do now about the urgent symptom just ticked (its answer saved). "Continue preparing" goes on to the next question; Back returns to the symptoms page.',
      on: {
        // The symptoms page is early in every route, so a question always follows it.
        CONTINUE: { target: 'question', actions: 'showNextPage' },
        BACK: { target: 'question' },
      },
    },
    getHelpInChange: {
      description:
        'The get-help page reached from a Change: "continue preparing" goes on as the Change would have, to check-answers or to the first page the route still lacks.',
      on: {
        CONTINUE: [
          { guard: 'routeComplete', target: 'checkAnswers' },
          { target: 'changing', actions: 'showFirstGap' },
        ],
        BACK: { target: 'changing' },
      },
    },
    checkAnswers: {
      on: {
        CHANGE: { guard: 'isOnRoute', target: 'changing', actions: 'showChangedPage' },
        CONFIRM: { target: 'summary' },
        BACK: { target: 'question', actions: 'showLastPage' },
      },
    },
    summary: {
      on: {
        BACK: { target: 'checkAnswers' },
      },
    },
  },
});

export type QuestionnaireSnapshot = SnapshotFrom<typeof questionnaireMachine>;

/** The machine's states a person can be in; `opening` is passed through before the first snapshot. */
export type QuestionnaireState = Exclude<QuestionnaireSnapshot['value'], 'opening'>;

/** The place a snapshot shows, as used in URLs and storage. */
export function placeOf(snapshot: QuestionnaireSnapshot): Place {
  switch (snapshot.value) {
    case 'question':
    case 'changing':
      return snapshot.context.step;
    case 'checkAnswers':
      return 'check-answers';
    case 'getHelp':
    case 'getHelpInChange':
      return 'get-help';
    case 'intro':
    case 'summary':
      return snapshot.value;
    case 'opening':
      throw new Error('The questionnaire rested in its transient opening state');
  }
}
