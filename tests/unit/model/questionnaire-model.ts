import { createActor } from 'xstate';
import { createTestModel, getSimplePaths, type AdjacencyMap, type StatePath } from 'xstate/graph';
import type { Answers, StepAnswer, StepValues } from '../../../src/answers/answers';
import { STEP_IDS, isStepId, type StepId } from '../../../src/answers/step-ids';
import {
  placeOf,
  questionnaireMachine,
  type QuestionnaireEvent,
  type QuestionnaireInput,
  type QuestionnaireSnapshot,
  type QuestionnaireState,
} from '../../../src/flow/questionnaire-machine';
import { FIRST_STEP, flowTable, type Destination } from '../../../src/flow/flow-table';
import { nextStep, routeOf, type Place } from '../../../src/flow/route';
import { routeGuards } from '../../../src/flow/route-guards';

export type { QuestionnaireEvent, QuestionnaireSnapshot, QuestionnaireState };
export type ModelPath = StatePath<QuestionnaireSnapshot, QuestionnaireEvent>;

/** Every place a person can be: what the URL and the page show. */
export const ALL_PLACES: readonly Place[] = ['intro', ...STEP_IDS, 'get-help', 'check-answers', 'summary'];

/** Every state the machine can rest in; `opening` is passed through before the first snapshot. */
export const ALL_STATES: readonly QuestionnaireState[] = [
  'intro',
  'question',
  'changing',
  'getHelp',
  'getHelpInChange',
  'checkAnswers',
  'summary',
];

/**
 * Tags values with their page. TypeScript cannot correlate a generic key with its member of the
 * StepAnswer union (the app's `answerFor` has the same cast), so it lives here once.
 */
export function tagged<K extends StepId>(step: K, values: StepValues<K>): StepAnswer {
  return { step, values } as StepAnswer;
}

type Variants = { [K in StepId]: readonly StepValues<K>[] };

/**
 * The answers the model may submit on each page. Pages whose answer decides the route carry one
 * answer per branch (area: calves / ankles / both; technique: energy device or not; conditions:
 * diabetes or not; weight: steady or changed; surgeon: in mind or not); every other page carries one valid answer, because
 * its value cannot change where the person goes next, only which points the summary shows.
 */
export const SUBMIT_VARIANTS: Variants = {
  area: [
    { area: 'calves', legs: 'both-legs' },
    { area: 'ankles', legs: 'one-leg' },
    { area: 'both', legs: 'both-legs' },
  ],
  concerns: [{ concerns: ['size'] }],
  'calf-feel': [{ feel: 'firm' }],
  'ankle-feel': [{ changes: 'changes' }],
  // An urgent symptom leads to the get-help page first.
  'urgent-symptoms': [{ symptoms: ['none'] }, { symptoms: ['breathless-chest-pain'] }],
  'fat-pattern': [{ signs: ['none'] }],
  swelling: [{ signs: ['none'] }],
  veins: [{ signs: ['none'] }],
  technique: [
    { technique: 'laser' },
    { technique: 'other-energy' },
    { technique: 'traditional' },
    { technique: 'unsure' },
  ],
  'technique-appeal': [{ reasons: ['less-pain'] }],
  'other-procedures': [{ sameDay: 'no' }],
  'body-size': [{ units: 'imperial', feet: 5, inches: 6, pounds: 140 }],
  'weight-history': [
    { change: 'stable', plans: 'none' },
    { change: 'lost', plans: 'none' },
  ],
  'weight-change-amount': [{ amount: '5-to-10-percent' }],
  'weight-medicine': [{ glp1: 'no' }],
  pregnancy: [{ pregnancy: 'no' }],
  age: [{ age: '18-40' }],
  nicotine: [{ nicotine: 'no' }],
  'clot-risk': [{ factors: ['none'] }],
  medicines: [{ items: ['none'], details: undefined }],
  conditions: [{ conditions: ['diabetes'] }, { conditions: ['none'] }],
  'diabetes-control': [{ control: 'well' }],
  'leg-history': [{ history: ['none'] }],
  expectations: [{ change: 'subtle' }],
  recovery: [{ timeOff: 'over-2-weeks', support: 'yes' }],
  wellbeing: [{ worry: 'not-at-all', thinkingTime: 'under-1-hour', holdsBack: 'never' }],
  priorities: [
    {
      shortRecovery: 'a-lot',
      lowRisk: 'a-lot',
      noticeableChange: 'a-little',
      lowCost: 'not-much',
      lastingResult: 'a-lot',
      noOperation: 'not-much',
    },
  ],
  options: [{}],
  sure: [{ sureOfChoice: 'yes', knowsOptions: 'no', clearOnValues: 'yes', enoughSupport: 'no' }],
  surgeon: [{ status: 'chosen' }, { status: 'comparing' }, { status: 'not-yet' }],
  'surgeon-board': [{ board: 'plastic-surgery' }],
  facility: [{ facility: 'hospital' }],
  'own-questions': [
    {
      question1: 'Can I see photos?',
      question2: undefined,
      question3: undefined,
      question4: undefined,
      question5: undefined,
    },
  ],
};

function submitsOf<K extends StepId>(step: K, variants: Variants): QuestionnaireEvent[] {
  return variants[step].map((values) => ({ type: 'SUBMIT', answer: tagged(step, values) }));
}

/** Change links the model follows: every route-deciding page plus one plain page. */
export const CHANGE_STEPS: readonly StepId[] = ['area', 'urgent-symptoms', 'technique', 'conditions', 'surgeon', 'age'];

/**
 * Places the model asks for by URL or browser history: the ends of the questionnaire and one
 * follow-up that the answers may or may not reach, so the clamping to a reachable place is
 * exercised both ways.
 */
export const GO_PLACES: readonly Place[] = ['intro', 'technique-appeal', 'get-help', 'check-answers', 'summary'];

/**
 * Browser Back during a Change that has opened a follow-up of the first page (the calf or ankle
 * page after a new area): the entry before is the first page. The person stays in the Change
 * there, and Back from it (the route still incomplete) goes to the start page.
 */
export const GO_IN_CHANGE: Place = 'area';
const AREA_FOLLOW_UPS: readonly StepId[] = ['calf-feel', 'ankle-feel'];

/*
 * Event objects are built once so the same object is offered every time: `filterEvents` below
 * recognises offered events by identity, which drops the bare `{ type }` events createTestModel
 * adds for any event type a state handles but we did not list.
 */
const SUBMITS = new Map<StepId, QuestionnaireEvent[]>(STEP_IDS.map((step) => [step, submitsOf(step, SUBMIT_VARIANTS)]));
const CHANGES = new Map<StepId, QuestionnaireEvent>(CHANGE_STEPS.map((step) => [step, { type: 'CHANGE', step }]));
const GOES: readonly QuestionnaireEvent[] = GO_PLACES.map((place) => ({ type: 'GO', place }));
const GO_BACK_IN_CHANGE: QuestionnaireEvent = { type: 'GO', place: GO_IN_CHANGE };
const START: QuestionnaireEvent = { type: 'START' };
const CONTINUE: QuestionnaireEvent = { type: 'CONTINUE' };
const BACK: QuestionnaireEvent = { type: 'BACK' };
const CONFIRM: QuestionnaireEvent = { type: 'CONFIRM' };
const RESTART: QuestionnaireEvent = { type: 'RESTART' };

/**
 * The answers of a saved file: the first `pages` pages of the route the first answer of each page
 * takes (all of them when no number is given). The same answers a walk with those answers holds,
 * so loading them reaches abstract states the walk reaches too, and the graph does not grow.
 */
export function savedFileAnswers(pages = Infinity): Answers {
  const answers: Answers = {};
  let step: Destination = FIRST_STEP;
  for (let count = 0; step !== 'check-answers' && count < pages; count += 1) {
    Object.assign(answers, { [step]: SUBMIT_VARIANTS[step][0] });
    step = nextStep(step, answers);
  }
  return answers;
}

/**
 * "Continue from a saved file" on the start page: a file with the whole route (to check-answers)
 * and one with its first three pages (to the first page it leaves unanswered).
 */
export const LOADS: readonly QuestionnaireEvent[] = [
  { type: 'LOAD', answers: savedFileAnswers() },
  { type: 'LOAD', answers: savedFileAnswers(3) },
];

/** The state a snapshot rests in, with `opening` ruled out (the machine never rests there). */
export function stateOf(snapshot: QuestionnaireSnapshot): QuestionnaireState {
  const value = snapshot.value;
  if (value === 'opening') throw new Error('The machine rested in the transient opening state');
  return value;
}

/**
 * The pages a route can branch to (targets of a page with more than one way out), plus the first
 * page. Back from these retraces every branch of the flow table.
 */
export const BACK_PAGES: ReadonlySet<StepId> = new Set<StepId>([
  'area',
  ...STEP_IDS.flatMap((step) => {
    const transitions: readonly { target: StepId | 'check-answers' }[] = flowTable[step];
    return transitions.length > 1 ? transitions.map((transition) => transition.target) : [];
  }).filter(isStepId),
]);

/**
 * Whether the model offers Back on this question page. Back on every page would multiply the
 * graph: each Back into the answered part of the route starts a walk forward over pages already
 * answered, and that walk repeats for every combination of answers kept aside, without reaching
 * a single new transition of the flow table. So Back is offered on a branch page the first time
 * the person reaches it (it is the first gap of the route), and in a Change on the page the
 * Change link opened and on a follow-up it opened; the property tests send Back anywhere.
 */
function offersBack(snapshot: QuestionnaireSnapshot, step: StepId): boolean {
  const { next } = routeOf(snapshot.context.answers);
  if (stateOf(snapshot) === 'changing') return CHANGE_STEPS.includes(step) || next === step;
  return BACK_PAGES.has(step) && next === step;
}

/**
 * What a person can do on the page the snapshot shows, as the UI offers it (the intro page has
 * no Start again and no Back link; check-answers shows Change links only for pages on the route),
 * so that every path can be replayed in the UI. Within that, restrictions keep the graph small:
 * - Back as in `offersBack`;
 * - a saved file (LOADS) from the start page, whether or not the tab holds answers;
 * - URL or history jumps (GO) from the intro, check-answers and the summary, where the answers
 *   are empty or complete;
 * - during a Change, browser Back from a newly opened calf or ankle page to the first page
 *   (GO_IN_CHANGE), and from there only Back, to the start page, which then offers nothing:
 *   those answers are half-changed, and walking on from them would copy the graph once more
 *   without reaching a new transition.
 */
export function eventsFor(snapshot: QuestionnaireSnapshot): readonly QuestionnaireEvent[] {
  const state = stateOf(snapshot);
  const { answers, step } = snapshot.context;
  const { next } = routeOf(answers);
  switch (state) {
    case 'intro':
      // The intro with answers kept (after GO to the intro): Start would walk every page again
      // over answers already given, a copy of the first walk for each set of answers.
      // A saved file replaces whatever is held, so loading leads to the same states either way.
      if (Object.keys(answers).length === 0) return [START, ...LOADS, ...GOES];
      return next === 'check-answers' ? [...GOES, ...LOADS] : [];
    case 'summary':
      return [BACK, ...GOES, RESTART];
    case 'checkAnswers': {
      const onRoute = routeOf(answers).answered;
      const changes = CHANGE_STEPS.filter((change) => onRoute.includes(change)).map((change) => CHANGES.get(change));
      return [...changes.filter((event) => event !== undefined), CONFIRM, BACK, ...GOES, RESTART];
    }
    case 'changing':
      if (step === GO_IN_CHANGE && next !== 'check-answers') return [BACK, RESTART];
      if (next === step && AREA_FOLLOW_UPS.includes(step))
        return [...questionEvents(snapshot, step), GO_BACK_IN_CHANGE, RESTART];
      return [...questionEvents(snapshot, step), RESTART];
    case 'question':
      return [...questionEvents(snapshot, step), RESTART];
    case 'getHelp':
    case 'getHelpInChange':
      return [CONTINUE, BACK, RESTART];
  }
}

/** A question page's answers, and its Back link when the model takes it (`offersBack`). */
function questionEvents(snapshot: QuestionnaireSnapshot, step: StepId): QuestionnaireEvent[] {
  return [...(SUBMITS.get(step) ?? []), ...(offersBack(snapshot, step) ? [BACK] : [])];
}

// The graph functions serialize the same snapshot objects many times over (building the adjacency
// map, then the shortest paths over it); each serialization runs every route guard.
const serialized = new WeakMap<QuestionnaireSnapshot, string>();

/**
 * The abstract state: the machine state and the place it shows, which pages hold an answer (on
 * the route or kept aside), and what each route guard says about the answers. These are all the
 * machine's transitions read (routeOf, nextStep and previousStep depend only on which pages are
 * answered and on the guards; `context.step` is read only in `question` and `changing`, where it
 * is the place; `opening` only before the first snapshot), so two snapshots with the same
 * abstract state behave the same under every event, and the graph stays small because the exact
 * non-routing values are left out.
 */
export function abstractState(snapshot: QuestionnaireSnapshot): string {
  const known = serialized.get(snapshot);
  if (known !== undefined) return known;
  const { answers } = snapshot.context;
  const key = JSON.stringify({
    state: stateOf(snapshot),
    place: placeOf(snapshot),
    answered: STEP_IDS.filter((step) => answers[step] !== undefined),
    guards: Object.entries(routeGuards).map(([name, guard]) => `${name}:${guard(answers)}`),
  });
  serialized.set(snapshot, key);
  return key;
}

export function createQuestionnaireModel() {
  return createTestModel(questionnaireMachine, {
    events: eventsFor,
    filterEvents: (snapshot, event) => eventsFor(snapshot).includes(event),
    serializeState: abstractState,
    // The machine's context reads its input, so traversal starts from an empty one, as a new visitor does.
    input: {},
  });
}

/**
 * The snapshot a new visitor starts from. Passed as `fromState` to the graph functions, because
 * getPathsFromEvents builds its default start without the `input` option, and this machine's
 * context needs an input.
 */
export function initialSnapshot(): QuestionnaireSnapshot {
  return createActor(questionnaireMachine, { input: {} }).getSnapshot();
}

/** The events of a path, leaving out the `xstate.init` that graph paths start with. */
export function eventsOf(path: ModelPath): QuestionnaireEvent[] {
  return path.steps.map((step) => step.event).filter((event) => event.type !== ('xstate.init' as string));
}

/** Where a person is: the machine's state and the place (page) it shows. */
export interface Whereabouts {
  state: QuestionnaireState;
  place: Place;
}

function whereabouts(snapshot: QuestionnaireSnapshot): Whereabouts {
  return { state: stateOf(snapshot), place: placeOf(snapshot) };
}

export interface Visit {
  from: Whereabouts;
  event: QuestionnaireEvent;
  /** Whether the machine had a transition for the event (`snapshot.can`); an ignored event moves nothing. */
  enabled: boolean;
  to: Whereabouts;
}

export interface Replay {
  /** Where the person was before the first event and after each one. */
  places: Whereabouts[];
  visits: Visit[];
  final: QuestionnaireSnapshot;
}

/**
 * Replays events on a real actor. Graph paths carry snapshots, but with an abstract
 * serialisation a path's snapshots may come from another path with the same abstract state, so
 * the true answers at the end of a path come from running its events again.
 */
export function replay(events: readonly QuestionnaireEvent[], input: QuestionnaireInput = {}): Replay {
  const actor = createActor(questionnaireMachine, { input });
  actor.start();
  try {
    let current = whereabouts(actor.getSnapshot());
    const places = [current];
    const visits: Visit[] = [];
    for (const event of events) {
      const enabled = actor.getSnapshot().can(event);
      actor.send(event);
      const next = whereabouts(actor.getSnapshot());
      visits.push({ from: current, event, enabled, to: next });
      places.push(next);
      current = next;
    }
    return { places, visits, final: actor.getSnapshot() };
  } finally {
    actor.stop();
  }
}

// Generating the paths, checking them and choosing the UI subset all replay the same ~38,000
// paths; one replay each, kept with the path, saves tens of seconds per test file.
const replays = new WeakMap<ModelPath, Replay>();

/** `replay` of a generated path's events, done once per path. */
export function replayPath(path: ModelPath): Replay {
  let result = replays.get(path);
  if (!result) {
    result = replay(eventsOf(path));
    replays.set(path, result);
  }
  return result;
}

/** A move between places, named by the event type only: `area --SUBMIT--> concerns`. */
export function edgeKey(from: Place, type: QuestionnaireEvent['type'], to: Place): string {
  return `${from} --${type}--> ${to}`;
}

/**
 * A transition of the machine's configuration: the state node that declares it (`questionnaire`
 * for the root), the event, and the state it leads to (its own state when it has no target).
 */
export function machineKey(source: string, type: string, target: string): string {
  return `machine: ${source} --${type}--> ${target}`;
}

/** The configured transition a visit took: its own state's, if one leads there, else the root's. */
function machineKeyOf({ from, event, enabled, to }: Visit): string[] {
  if (!enabled) return [];
  const own = questionnaireMachine.root.states[from.state]?.transitions.get(event.type) ?? [];
  const declaredHere = own.some((transition) => (transition.target?.[0]?.key ?? from.state) === to.state);
  return [machineKey(declaredHere ? from.state : questionnaireMachine.root.key, event.type, to.state)];
}

/**
 * A flow-table branch that no answer can take: `concerns` has a default to urgent-symptoms for
 * an area that is neither calves nor ankles, but the area page only offers calves, ankles or
 * both, and concerns is only reached once area is answered. The default exists because every
 * step must have one (route.ts throws otherwise); this list keeps it out of the coverage target,
 * and a test checks it really is unreachable, so it cannot hide a live branch.
 */
export const UNREACHABLE_BRANCHES: readonly string[] = [edgeKey('concerns', 'SUBMIT', 'urgent-symptoms')];

/**
 * The moves the flow table promises: every branch of every page as a SUBMIT, the matching BACK
 * from each branch's target to the branching page, Start, Confirm, Back from the summary and the
 * Change links. Built from the table, so a new page or branch joins the coverage target without a
 * change here.
 */
export function expectedEdges(): string[] {
  const edges = new Set<string>([
    edgeKey('intro', 'START', 'area'),
    // A saved file with the whole route, and one with its first pages.
    edgeKey('intro', 'LOAD', 'check-answers'),
    edgeKey('intro', 'LOAD', routeOf(savedFileAnswers(3)).next),
    edgeKey('area', 'BACK', 'intro'),
    edgeKey('check-answers', 'CONFIRM', 'summary'),
    edgeKey('summary', 'BACK', 'check-answers'),
  ]);
  for (const step of STEP_IDS) {
    for (const transition of flowTable[step]) {
      const submit = edgeKey(step, 'SUBMIT', transition.target);
      if (UNREACHABLE_BRANCHES.includes(submit)) continue;
      edges.add(submit);
      // Back retraces each branch (BACK_PAGES offers Back on every branch target).
      if (flowTable[step].length > 1) edges.add(edgeKey(transition.target, 'BACK', step));
    }
  }
  for (const step of CHANGE_STEPS) edges.add(edgeKey('check-answers', 'CHANGE', step));
  return [...edges].sort();
}

/**
 * Every transition written in the machine's configuration, read from the machine itself, so a
 * new transition joins the coverage target without a change here. `opening` is left out: the
 * machine passes through it before the first snapshot, and the paths all start from a new
 * visitor; the unit tests open the machine at each kind of place.
 */
export function machineTransitions(): string[] {
  const keys = new Set<string>();
  const { root } = questionnaireMachine;
  for (const node of [root, ...Object.values(root.states)]) {
    if (node.key === 'opening') continue;
    for (const [type, transitions] of node.transitions) {
      for (const transition of transitions)
        keys.add(machineKey(node.key, type, transition.target?.[0]?.key ?? node.key));
    }
  }
  return [...keys].sort();
}

/**
 * Machine transitions taken only when the clinic has turned the start page off (Start again then
 * opens the first question). The model runs with the start page, as most visitors see it; these
 * stay out of the coverage target, and a test takes each of them with the start page off.
 */
export const WITHOUT_START_PAGE: readonly string[] = [machineKey('questionnaire', 'RESTART', 'question')];

/**
 * A machine transition the model does not walk to: an urgent symptom ticked during a Change while
 * the route still has a gap after the symptoms page (a Change of technique opened its follow-up,
 * then Back all the way to the symptoms page), so "continue preparing" goes to that gap. Reaching
 * it needs Back on pages the model does not offer it on (see `offersBack`); a test takes it.
 */
export const ONLY_AFTER_BACK_IN_CHANGE: readonly string[] = [machineKey('getHelpInChange', 'CONTINUE', 'changing')];

export interface GeneratedPaths {
  /** One shortest path to every abstract state, with paths that are prefixes of others removed. */
  shortest: ModelPath[];
  /** For every move (place, event type, place) not already taken by a shortest path: the path to its source, then it. */
  transitionPaths: ModelPath[];
  /** Every route through the questionnaire to the summary, moving forward only. */
  simpleToSummary: ModelPath[];
  /** The explored graph: every abstract state and the model's events out of it. */
  adjacency: AdjacencyMap<QuestionnaireSnapshot, QuestionnaireEvent>;
}

/** What a visit covers: the move between places, and the machine's transition. */
function visitKeys(visit: Visit): string[] {
  return [edgeKey(visit.from.place, visit.event.type, visit.to.place), ...machineKeyOf(visit)];
}

/**
 * Builds the paths: shortest paths reach every abstract state, but only along a spanning tree,
 * so for each move and machine transition the tree misses, the shortest path to its source is
 * extended by that event. Simple paths are affordable only without BACK, GO and CHANGE (those
 * make cycles), so they are generated over the forward-only events.
 */
export function generatePaths(): GeneratedPaths {
  const model = createQuestionnaireModel();
  const everyShortest = model.getShortestPaths({ allowDuplicatePaths: true });
  const byState = new Map<string, ModelPath>();
  for (const path of everyShortest) byState.set(abstractState(path.state), path);
  // Leave out paths that are the start of a longer one (what getShortestPaths does by default;
  // done here so the paths are computed once). Each shortest path is its predecessor's plus one
  // step (the steps hold the state after each event, the last one the path's own), so a path is
  // the start of another exactly when its end state is the next-to-last step's state of some path.
  const continued = new Set<string>();
  for (const path of everyShortest) {
    const before = path.steps.at(-2);
    if (before) continued.add(abstractState(before.state));
  }
  const shortest = everyShortest.filter((path) => !continued.has(abstractState(path.state)));

  const taken = new Set<string>();
  for (const path of shortest) {
    for (const visit of replayPath(path).visits) for (const key of visitKeys(visit)) taken.add(key);
  }
  const transitionPaths: ModelPath[] = [];
  const adjacency = model.getAdjacencyMap();
  // Sources nearest the start first, so each missing transition gets the shortest extension.
  const sources = Object.values(adjacency).sort(
    (a, b) => (byState.get(abstractState(a.state))?.weight ?? 0) - (byState.get(abstractState(b.state))?.weight ?? 0),
  );
  for (const { state, transitions } of sources) {
    const head = byState.get(abstractState(state));
    if (!head) continue;
    const outgoing: { event: QuestionnaireEvent; state: QuestionnaireSnapshot }[] = Object.values(transitions);
    for (const { event, state: next } of outgoing) {
      const keys = visitKeys({ from: whereabouts(state), event, enabled: state.can(event), to: whereabouts(next) });
      if (keys.every((key) => taken.has(key))) continue;
      for (const key of keys) taken.add(key);
      transitionPaths.push({
        state: next,
        steps: [...head.steps, { event, state: next }],
        weight: head.weight + 1,
      });
    }
  }

  const forward = (snapshot: QuestionnaireSnapshot) =>
    eventsFor(snapshot).filter((event) => ['START', 'SUBMIT', 'CONFIRM'].includes(event.type));
  const simpleToSummary = getSimplePaths(questionnaireMachine, {
    events: forward,
    serializeState: abstractState,
    toState: (snapshot) => snapshot.value === 'summary',
    input: {},
  });
  return { shortest, transitionPaths, simpleToSummary, adjacency };
}

/** The pages of the route a replayed path ends with: two paths with the same route differ only in non-routing answers. */
export function routeKey(result: Replay): string {
  return routeOf(result.final.context.answers).answered.join(' > ');
}

/** What a path covers: the places and states it passes through, its moves and the machine transitions it takes. */
export function coverageOf(result: Replay): Set<string> {
  return new Set([
    ...result.places.flatMap(({ state, place }) => [`place:${place}`, `state:${state}`]),
    ...result.visits.flatMap(visitKeys),
  ]);
}

/** The coverage target: every place, every state, every move the flow table promises and every machine transition. */
export function coverageTarget(): string[] {
  return [
    ...ALL_PLACES.map((place) => `place:${place}`),
    ...ALL_STATES.map((state) => `state:${state}`),
    ...expectedEdges(),
    ...machineTransitions().filter(
      (transition) => !WITHOUT_START_PAGE.includes(transition) && !ONLY_AFTER_BACK_IN_CHANGE.includes(transition),
    ),
  ];
}

export interface SelectedPath {
  path: ModelPath;
  events: QuestionnaireEvent[];
  result: Replay;
}

/**
 * The paths worth replaying in the UI: a greedy cover of the coverage target (the path adding the
 * most uncovered items, the shorter on a tie). Each UI event costs tens of milliseconds in jsdom,
 * so the UI replays the fewest paths that still take every place, state, flow-table move and
 * machine transition; every route to the summary is walked here on the machine, and the summary's
 * points for every route are checked against the rules in questionnaire-paths.test.ts.
 */
export function selectForReplay(generated: GeneratedPaths): SelectedPath[] {
  const seen = new Set<string>();
  const candidates: SelectedPath[] = [];
  for (const path of [...generated.simpleToSummary, ...generated.transitionPaths, ...generated.shortest]) {
    const events = eventsOf(path);
    const key = JSON.stringify(events);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ path, events, result: replayPath(path) });
  }

  const uncovered = new Set(coverageTarget());
  const coverage = new Map(candidates.map((candidate) => [candidate, [...coverageOf(candidate.result)]]));
  const chosen: SelectedPath[] = [];
  while (uncovered.size > 0) {
    let best: { candidate: SelectedPath; gain: number } | undefined;
    for (const candidate of candidates) {
      const gain = (coverage.get(candidate) ?? []).filter((item) => uncovered.has(item)).length;
      if (gain === 0) continue;
      if (!best || gain > best.gain || (gain === best.gain && candidate.events.length < best.candidate.events.length)) {
        best = { candidate, gain };
      }
    }
    // Whatever no candidate covers is reported by the coverage test; selection stops here.
    if (!best) break;
    chosen.push(best.candidate);
    for (const item of coverage.get(best.candidate) ?? []) uncovered.delete(item);
  }
  return chosen;
}
