import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel, getSimplePaths, type StatePath } from 'xstate/graph';
import type { StepAnswer, StepValues } from '../../../src/answers/answers';
import { STEP_IDS, isStepId, type StepId } from '../../../src/answers/step-ids';
import {
  questionnaireMachine,
  type QuestionnaireEvent,
  type QuestionnaireState,
} from '../../../src/flow/questionnaire-machine';
import { flowTable } from '../../../src/flow/flow-table';
import { routeOf, type Place } from '../../../src/flow/route';
import { routeGuards } from '../../../src/flow/route-guards';

export type QuestionnaireSnapshot = SnapshotFrom<typeof questionnaireMachine>;
export type { QuestionnaireEvent, QuestionnaireState };
export type ModelPath = StatePath<QuestionnaireSnapshot, QuestionnaireEvent>;

/** Every state a person can rest in; `routing` is transient and never observed between events. */
export const ALL_STATES: readonly QuestionnaireState[] = ['intro', ...STEP_IDS, 'checkAnswers', 'summary'];

/** The machine state a flow-table destination names. */
export function stateOfDestination(destination: StepId | 'check-answers'): QuestionnaireState {
  return destination === 'check-answers' ? 'checkAnswers' : destination;
}

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
 * diabetes or not; surgeon: in mind or not); every other page carries one valid answer, because
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
  'urgent-symptoms': [{ symptoms: ['none'] }],
  'fat-pattern': [{ signs: ['none'] }],
  swelling: [{ signs: ['none'] }],
  veins: [{ signs: ['none'] }],
  technique: [{ technique: 'laser' }, { technique: 'other-energy' }, { technique: 'traditional' }, { technique: 'unsure' }],
  'technique-appeal': [{ reasons: ['less-pain'] }],
  'other-procedures': [{ sameDay: 'no' }],
  'body-size': [{ units: 'imperial', feet: 5, inches: 6, pounds: 140 }],
  'weight-history': [{ change: 'stable', plans: 'none' }],
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
  surgeon: [{ status: 'chosen' }, { status: 'comparing' }, { status: 'not-yet' }],
  'surgeon-board': [{ board: 'plastic-surgery' }],
  facility: [{ facility: 'hospital' }],
};

function submitsOf<K extends StepId>(step: K, variants: Variants): QuestionnaireEvent[] {
  return variants[step].map((values) => ({ type: 'SUBMIT', answer: tagged(step, values) }));
}

/** Change links the model follows: every route-deciding page plus one plain page. */
export const CHANGE_STEPS: readonly StepId[] = ['area', 'technique', 'conditions', 'surgeon', 'age'];

/**
 * Places the model asks for by URL or browser history: the ends of the questionnaire and one
 * follow-up that the answers may or may not reach, so the clamping to a reachable place is
 * exercised both ways.
 */
export const GO_PLACES: readonly Place[] = ['intro', 'technique-appeal', 'check-answers', 'summary'];

/*
 * Event objects are built once so the same object is offered every time: `filterEvents` below
 * recognises offered events by identity, which drops the bare `{ type }` events createTestModel
 * adds for any event type a state handles but we did not list.
 */
const SUBMITS = new Map<StepId, QuestionnaireEvent[]>(STEP_IDS.map((step) => [step, submitsOf(step, SUBMIT_VARIANTS)]));
const CHANGES = new Map<StepId, QuestionnaireEvent>(CHANGE_STEPS.map((step) => [step, { type: 'CHANGE', step }]));
const GOES: readonly QuestionnaireEvent[] = GO_PLACES.map((place) => ({ type: 'GO', place }));
const START: QuestionnaireEvent = { type: 'START' };
const BACK: QuestionnaireEvent = { type: 'BACK' };
const CONFIRM: QuestionnaireEvent = { type: 'CONFIRM' };
const RESTART: QuestionnaireEvent = { type: 'RESTART' };

/** The state a snapshot rests in, with `routing` ruled out (the machine never rests there). */
export function stateOf(snapshot: QuestionnaireSnapshot): QuestionnaireState {
  const value = snapshot.value;
  if (value === 'routing') throw new Error('The machine rested in the transient routing state');
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
 * Whether the model offers Back on this page. Back on every page would multiply the graph: each
 * Back into the answered part of the route starts a walk forward over pages already answered,
 * and that walk repeats for every combination of answers kept aside, without reaching a single
 * new transition of the flow table. So Back is offered on a branch page the first time the person
 * reaches it (it is the first gap of the route), and on the page a Change link opened; the
 * property tests send Back anywhere.
 */
function offersBack(state: StepId, snapshot: QuestionnaireSnapshot): boolean {
  const { answers, changing } = snapshot.context;
  if (changing) return CHANGE_STEPS.includes(state) || routeOf(answers).next === state;
  return BACK_PAGES.has(state) && routeOf(answers).next === state;
}

/**
 * What a person can do on the page the snapshot shows, as the UI offers it (the intro page has
 * no Start again and no Back link; check-answers shows Change links only for pages on the route),
 * so that every path can be replayed in the UI. Within that, two restrictions keep the graph
 * small: Back as in `offersBack`, and URL or history jumps (GO) only from the intro,
 * check-answers and the summary, where the answers are empty or complete.
 */
export function eventsFor(snapshot: QuestionnaireSnapshot): readonly QuestionnaireEvent[] {
  const state = stateOf(snapshot);
  // The intro with answers kept (after GO to the intro): Start would walk every page again over
  // answers already given, a copy of the first walk for each set of answers, so only GO is offered.
  if (state === 'intro') return Object.keys(snapshot.context.answers).length === 0 ? [START, ...GOES] : GOES;
  if (state === 'summary') return [BACK, ...GOES, RESTART];
  if (state === 'checkAnswers') {
    const onRoute = routeOf(snapshot.context.answers).answered;
    const changes = CHANGE_STEPS.filter((step) => onRoute.includes(step)).map((step) => CHANGES.get(step));
    return [...changes.filter((event) => event !== undefined), CONFIRM, BACK, ...GOES, RESTART];
  }
  return [...(SUBMITS.get(state) ?? []), ...(offersBack(state, snapshot) ? [BACK] : []), RESTART];
}

/**
 * The abstract state: the state value, which pages hold an answer (on the route or kept aside),
 * what each route guard says about the answers, and whether a Change is in progress. These are
 * everything the machine's transitions read (routeOf depends only on which pages are answered and
 * on the guards; `destination` is only read inside the transient routing state), so two
 * snapshots with the same abstract state behave the same under every event, and the graph stays
 * small because the exact non-routing values are left out.
 */
export function abstractState(snapshot: QuestionnaireSnapshot): string {
  const { answers, changing } = snapshot.context;
  return JSON.stringify({
    state: snapshot.value,
    answered: STEP_IDS.filter((step) => answers[step] !== undefined),
    guards: Object.entries(routeGuards).map(([name, guard]) => `${name}:${guard(answers)}`),
    changing,
  });
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

export interface Visit {
  from: QuestionnaireState;
  /** Whether a Change was in progress when the event came: a SUBMIT then returns to check-answers. */
  changing: boolean;
  event: QuestionnaireEvent;
  to: QuestionnaireState;
}

export interface Replay {
  states: QuestionnaireState[];
  visits: Visit[];
  final: QuestionnaireSnapshot;
}

/**
 * Replays events on a real actor. Graph paths carry snapshots, but with an abstract
 * serialisation a path's snapshots may come from another path with the same abstract state, so
 * the true answers at the end of a path come from running its events again.
 */
export function replay(events: readonly QuestionnaireEvent[]): Replay {
  const actor = createActor(questionnaireMachine, { input: {} });
  actor.start();
  try {
    let current = stateOf(actor.getSnapshot());
    const states = [current];
    const visits: Visit[] = [];
    for (const event of events) {
      const { changing } = actor.getSnapshot().context;
      actor.send(event);
      const next = stateOf(actor.getSnapshot());
      visits.push({ from: current, changing, event, to: next });
      states.push(next);
      current = next;
    }
    return { states, visits, final: actor.getSnapshot() };
  } finally {
    actor.stop();
  }
}

/** A transition named without its payload except the page a SUBMIT or CHANGE is for. */
export function edgeKey(from: QuestionnaireState, type: QuestionnaireEvent['type'], to: QuestionnaireState): string {
  return `${from} --${type}--> ${to}`;
}

export function visitKey({ from, event, to }: Visit): string {
  return edgeKey(from, event.type, to);
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
 * The transitions the flow table promises: every branch of every page as a SUBMIT, the matching
 * BACK from each branch's target to the branching page, Start, Confirm, Back from the summary and
 * the Change links. Built from the table, so a new page or branch joins the coverage target
 * without a change here.
 */
export function expectedEdges(): string[] {
  const edges = new Set<string>([
    edgeKey('intro', 'START', 'area'),
    edgeKey('area', 'BACK', 'intro'),
    edgeKey('checkAnswers', 'CONFIRM', 'summary'),
    edgeKey('summary', 'BACK', 'checkAnswers'),
  ]);
  for (const step of STEP_IDS) {
    for (const transition of flowTable[step]) {
      const target = stateOfDestination(transition.target);
      const submit = edgeKey(step, 'SUBMIT', target);
      if (UNREACHABLE_BRANCHES.includes(submit)) continue;
      edges.add(submit);
      // Back retraces each branch (BACK_PAGES offers Back on every branch target).
      if (flowTable[step].length > 1) edges.add(edgeKey(target, 'BACK', step));
    }
  }
  for (const step of CHANGE_STEPS) edges.add(edgeKey('checkAnswers', 'CHANGE', step));
  return [...edges].sort();
}

export interface GeneratedPaths {
  /** One shortest path to every abstract state, with paths that are prefixes of others removed. */
  shortest: ModelPath[];
  /** For every abstract transition not already taken by a shortest path: the path to its source, then it. */
  transitionPaths: ModelPath[];
  /** Every route through the questionnaire to the summary, moving forward only. */
  simpleToSummary: ModelPath[];
}

/**
 * Builds the paths: shortest paths reach every abstract state, but only along a spanning tree,
 * so for each abstract transition (state, event type, next state) the tree misses, the shortest
 * path to its source is extended by that event. Simple paths are affordable only without BACK,
 * GO and CHANGE (those make cycles), so they are generated over the forward-only events.
 */
export function generatePaths(): GeneratedPaths {
  const model = createQuestionnaireModel();
  const everyShortest = model.getShortestPaths({ allowDuplicatePaths: true });
  const byState = new Map<string, ModelPath>();
  for (const path of everyShortest) byState.set(abstractState(path.state), path);
  // Leave out paths that are the start of a longer one (what getShortestPaths does by default;
  // done here so the paths are computed once): the longer path passes the same states.
  const prefixes = new Set<string>();
  for (const path of everyShortest) {
    const events = eventsOf(path).map((event) => JSON.stringify(event));
    for (let length = 0; length < events.length; length += 1) prefixes.add(events.slice(0, length).join('|'));
  }
  const shortest = everyShortest.filter((path) => !prefixes.has(eventsOf(path).map((event) => JSON.stringify(event)).join('|')));

  const taken = new Set<string>();
  for (const path of shortest) {
    for (const visit of replay(eventsOf(path)).visits) taken.add(visitKey(visit));
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
      const key = edgeKey(stateOf(state), event.type, stateOf(next));
      if (taken.has(key)) continue;
      taken.add(key);
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
  return { shortest, transitionPaths, simpleToSummary };
}

/** The pages of the route a replayed path ends with: two paths with the same route differ only in non-routing answers. */
export function routeKey(result: Replay): string {
  return routeOf(result.final.context.answers).answered.join(' > ');
}

/** What a path covers: the states it passes through and its transitions (state, event type, next state). */
export function coverageOf(result: Replay): Set<string> {
  return new Set([...result.states.map((state) => `state:${state}`), ...result.visits.map(visitKey)]);
}

/** The coverage target: every state and every transition the flow table promises. */
export function coverageTarget(): string[] {
  return [...ALL_STATES.map((state) => `state:${state}`), ...expectedEdges()];
}

export interface SelectedPath {
  path: ModelPath;
  events: QuestionnaireEvent[];
  result: Replay;
}

/**
 * The paths worth replaying in the UI, within a budget of events (each UI event costs tens of
 * milliseconds in jsdom). First a greedy cover of every state and every flow-table transition
 * (the path adding the most uncovered items, the shorter on a tie); then one path for each
 * further route to the summary, forward-only simple paths first, as far as the budget allows.
 */
export function selectForReplay(generated: GeneratedPaths, budget: number): SelectedPath[] {
  const seen = new Set<string>();
  const candidates: SelectedPath[] = [];
  for (const path of [...generated.simpleToSummary, ...generated.transitionPaths, ...generated.shortest]) {
    const events = eventsOf(path);
    const key = JSON.stringify(events);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ path, events, result: replay(events) });
  }

  const uncovered = new Set(coverageTarget());
  const chosen: SelectedPath[] = [];
  while (uncovered.size > 0) {
    let best: { candidate: SelectedPath; gain: number } | undefined;
    for (const candidate of candidates) {
      const gain = [...coverageOf(candidate.result)].filter((item) => uncovered.has(item)).length;
      if (gain === 0) continue;
      if (!best || gain > best.gain || (gain === best.gain && candidate.events.length < best.candidate.events.length)) {
        best = { candidate, gain };
      }
    }
    // Whatever no candidate covers is reported by the coverage test; selection stops here.
    if (!best) break;
    chosen.push(best.candidate);
    for (const item of coverageOf(best.candidate.result)) uncovered.delete(item);
  }

  let spent = chosen.reduce((total, selected) => total + selected.events.length, 0);
  const routes = new Set(chosen.filter((selected) => stateOf(selected.result.final) === 'summary').map((selected) => routeKey(selected.result)));
  for (const candidate of candidates) {
    if (stateOf(candidate.result.final) !== 'summary' || routes.has(routeKey(candidate.result))) continue;
    if (spent + candidate.events.length > budget) break;
    chosen.push(candidate);
    routes.add(routeKey(candidate.result));
    spent += candidate.events.length;
  }
  return chosen;
}
