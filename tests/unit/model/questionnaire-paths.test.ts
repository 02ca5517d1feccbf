import { beforeAll, describe, expect, it } from 'vitest';
import { getPathsFromEvents } from 'xstate/graph';
import type { Answers } from '../../../src/answers/answers';
import { STEP_IDS, type StepId } from '../../../src/answers/step-ids';
import { FIRST_STEP, flowTable, type Destination } from '../../../src/flow/flow-table';
import { placeOf, questionnaireMachine } from '../../../src/flow/questionnaire-machine';
import { activeAnswers, nextStep, routeOf } from '../../../src/flow/route';
import { routeGuards } from '../../../src/flow/route-guards';
import type { TopicId } from '../../../rules/topics';
import { ALL_RULES } from '../../../rules/all-rules';
import type { Rule } from '../../../rules/rule';
import { summaryPoints } from '../../../rules/summary-points';
import { QUESTION_PAGES } from '../../../src/answers/question-pages';
import { PERSONAS } from '../../support/answers/personas';
import { quiet } from '../../support/answers/quiet-answers';
import { questionnaire, responseFor } from '../../support/fhir/fhir-fixtures';
import { responseFailures } from '../../support/fhir/fhir-invariants';
import { responseSchemaErrors } from '../../support/fhir/fhir-schema';
import { eventsToSummary } from './events-to-summary';
import {
  ALL_PLACES,
  ALL_STATES,
  abstractState,
  coverageOf,
  coverageTarget,
  edgeKey,
  eventsOf,
  expectedEdges,
  generatePaths,
  initialSnapshot,
  machineTransitions,
  replay,
  replayPath,
  tagged,
  routeKey,
  selectForReplay,
  stateOf,
  SUBMIT_VARIANTS,
  UNREACHABLE_BRANCHES,
  WITHOUT_START_PAGE,
  ONLY_AFTER_BACK_IN_CHANGE,
  type GeneratedPaths,
  type ModelPath,
  type QuestionnaireSnapshot,
  type Replay,
  type SelectedPath,
} from './questionnaire-model';

const AREA_VALUES = QUESTION_PAGES.area.fields.area.values;

/** The surgeon-and-facility questions every summary must carry, whatever the answers. */
/** Checklist topics every summary covers once, in whichever wording the answers call for. */
const ALWAYS_ONE_OF: readonly TopicId[] = ['board', 'clot-risk', 'medicines', 'recovery', 'weight-plans'];

let generated: GeneratedPaths;
let replays: { path: ModelPath; result: Replay }[];
let personaReplays: { name: string; result: Replay }[];
let selected: SelectedPath[];

// The graph work is done once, here: a few seconds on an idle machine, several times that on a
// loaded one, which is why it has its own timeout and the tests below only read the results.
beforeAll(() => {
  generated = generatePaths();
  const all = [...generated.shortest, ...generated.transitionPaths, ...generated.simpleToSummary];
  replays = all.map((path) => ({ path, result: replayPath(path) }));
  personaReplays = Object.entries(PERSONAS).map(([name, answers]) => ({
    name,
    result: replay(eventsToSummary(answers)),
  }));
  selected = selectForReplay(generated);
  // The FHIR schema's validator is compiled here too, not inside a test's own time.
  responseSchemaErrors({});
}, 300_000);

function pointIds(answers: Answers): string[] {
  return summaryPoints(activeAnswers(answers)).map((point) => point.id);
}

function endsOnSummary(result: Replay): boolean {
  return stateOf(result.final) === 'summary';
}

describe('paths generated from the questionnaire machine', () => {
  it('names every state the machine can rest in', () => {
    const machineStates = Object.keys(questionnaireMachine.root.states).filter((state) => state !== 'opening');
    expect([...machineStates].sort()).toEqual([...ALL_STATES].sort());
  });

  it('uses an abstract state that predicts the real one: each path, replayed on an actor, ends where the model says', () => {
    const mismatches = replays.filter(({ path, result }) => abstractState(result.final) !== abstractState(path.state));
    expect(
      mismatches.map(({ path }) =>
        eventsOf(path)
          .map((event) => event.type)
          .join(' '),
      ),
    ).toEqual([]);
  });

  // The machine never rests in its transient `opening` state: stateOf throws there, so replaying
  // the paths in beforeAll would already have failed.
  it('reach every page, the intro, check-answers and the summary, in every state of the machine', () => {
    const places = new Set(replays.flatMap(({ result }) => result.places.map(({ place }) => place)));
    const states = new Set(replays.flatMap(({ result }) => result.places.map(({ state }) => state)));
    expect(ALL_PLACES.filter((place) => !places.has(place))).toEqual([]);
    expect(ALL_STATES.filter((state) => !states.has(state))).toEqual([]);
  });

  it('take every branch of the flow table, Back along each branch, Start, Confirm and the Change links', () => {
    const taken = new Set(replays.flatMap(({ result }) => [...coverageOf(result)]));
    expect(expectedEdges().filter((edge) => !taken.has(edge))).toEqual([]);
  });

  it('take every transition written in the machine (read from the machine itself), but those needing no start page', () => {
    const taken = new Set(replays.flatMap(({ result }) => [...coverageOf(result)]));
    expect(machineTransitions().filter((transition) => !taken.has(transition))).toEqual(
      [...WITHOUT_START_PAGE, ...ONLY_AFTER_BACK_IN_CHANGE].sort(),
    );
  });

  it('leave out only the get-help transition that an urgent symptom ticked after Back in a Change takes', () => {
    const unsureOfTechnique = PERSONAS['calves and ankles, unsure of technique, no surgeon yet'];
    if (!unsureOfTechnique) throw new Error('The persona unsure of technique is gone');
    const toCheckAnswers = eventsToSummary(unsureOfTechnique).slice(0, -1);
    const back = { type: 'BACK' } as const;
    const result = replay([
      ...toCheckAnswers,
      { type: 'CHANGE', step: 'technique' },
      { type: 'SUBMIT', answer: tagged('technique', { technique: 'laser' }) },
      // From the follow-up the new answer opened, Back to technique, veins, swelling, fat pattern, the symptoms.
      ...[1, 2, 3, 4, 5].map(() => back),
      { type: 'SUBMIT', answer: tagged('urgent-symptoms', { symptoms: ['breathless-chest-pain'] }) },
      { type: 'CONTINUE' },
    ]);
    expect(result.final.value).toBe('changing');
    expect(placeOf(result.final)).toBe('technique-appeal');
    for (const transition of ONLY_AFTER_BACK_IN_CHANGE) {
      expect(machineTransitions()).toContain(transition);
      expect(coverageOf(result)).toContain(transition);
    }
  });

  it('leave out only transitions that a run without the start page takes', () => {
    const withoutStartPage = replay(
      [{ type: 'SUBMIT', answer: tagged('area', { area: 'calves', legs: 'both-legs' }) }, { type: 'RESTART' }],
      {
        startPage: false,
      },
    );
    const taken = coverageOf(withoutStartPage);
    for (const transition of WITHOUT_START_PAGE) {
      expect(machineTransitions()).toContain(transition);
      expect(taken).toContain(transition);
    }
  });

  it('take only transitions the machine really has: each SUBMIT goes where the flow table says', () => {
    let checked = 0;
    const strays: string[] = [];
    for (const { result } of replays) {
      for (const { from, event, to } of result.visits) {
        // During a Change (`changing`), SUBMIT goes to the first gap or back to check-answers, not along the table.
        if (event.type !== 'SUBMIT' || from.state !== 'question' || from.place !== event.answer.step) continue;
        const targets: readonly { target: Destination }[] = flowTable[event.answer.step];
        // An urgent symptom leads to the get-help page first, and from there along the table.
        if (to.place === 'get-help') continue;
        if (!targets.some((transition) => transition.target === to.place))
          strays.push(edgeKey(from.place, 'SUBMIT', to.place));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(strays).toEqual([]);
  });

  it('leave out only the branch no answer can take: the default out of concerns', () => {
    // The exemption must name a real branch of the table, or it would hide nothing and mislead.
    const branches = STEP_IDS.flatMap((step) =>
      flowTable[step].map((transition) => edgeKey(step, 'SUBMIT', transition.target)),
    );
    for (const branch of UNREACHABLE_BRANCHES) expect(branches).toContain(branch);
    // Every area the page offers includes calves or ankles, so one of the guards before the default holds.
    for (const area of AREA_VALUES) {
      const answers: Answers = { area: { area, legs: 'both-legs' } };
      expect(routeGuards.includesCalves(answers) || routeGuards.includesAnkles(answers)).toBe(true);
    }
    // And nowhere in the whole explored graph does a SUBMIT on concerns land on urgent-symptoms.
    let fromConcerns = 0;
    for (const { state, transitions } of Object.values(generated.adjacency)) {
      if (stateOf(state) !== 'question' || placeOf(state) !== 'concerns') continue;
      const outgoing: { event: { type: string }; state: QuestionnaireSnapshot }[] = Object.values(transitions);
      for (const { event, state: next } of outgoing) {
        if (event.type !== 'SUBMIT') continue;
        expect(placeOf(next)).not.toBe('urgent-symptoms');
        fromConcerns += 1;
      }
    }
    expect(fromConcerns).toBeGreaterThan(0);
  });

  it('cover every place, state, flow-table move and machine transition with the subset chosen for the UI replay', () => {
    const covered = new Set(selected.flatMap(({ result }) => [...coverageOf(result)]));
    expect(coverageTarget().filter((item) => !covered.has(item))).toEqual([]);
  });

  it('walk, as simple paths, every route the route-deciding answers can make to the summary', () => {
    // The routes the flow table allows for the model's answers, worked out page by page.
    const expected = new Set<string>();
    for (const area of SUBMIT_VARIANTS.area) {
      for (const technique of SUBMIT_VARIANTS.technique) {
        for (const weightHistory of SUBMIT_VARIANTS['weight-history']) {
          for (const conditions of SUBMIT_VARIANTS.conditions) {
            for (const surgeon of SUBMIT_VARIANTS.surgeon) {
              const answers: Answers = { area, technique, 'weight-history': weightHistory, conditions, surgeon };
              const route: StepId[] = [];
              let step: Destination = FIRST_STEP;
              while (step !== 'check-answers') {
                route.push(step);
                step = nextStep(step, answers);
              }
              expected.add(route.join(' > '));
            }
          }
        }
      }
    }
    const simple = replays.filter(({ path }) => generated.simpleToSummary.includes(path));
    expect(simple.every(({ result }) => endsOnSummary(result))).toBe(true);
    expect(new Set(simple.map(({ result }) => routeKey(result)))).toEqual(expected);
  });

  it('end on the summary with every point for everyone and one point of each checklist topic, on every path that gets there', () => {
    // The points for everyone: no answer changes them (there with none, and with the calmest).
    const everyone = (ALL_RULES as readonly Rule[])
      .filter((rule) => rule.when({}) && rule.when(quiet()) && rule.topic === undefined)
      .map((rule) => rule.id);
    expect(everyone.length).toBeGreaterThan(0);

    const toSummary = [...replays.map(({ result }) => result), ...personaReplays.map(({ result }) => result)].filter(
      endsOnSummary,
    );
    expect(toSummary.length).toBeGreaterThan(0);
    for (const result of toSummary) {
      const ids = pointIds(result.final.context.answers);
      expect(ids).toEqual(expect.arrayContaining(everyone));
      const topics = summaryPoints(activeAnswers(result.final.context.answers)).map((point) => point.topic);
      for (const topic of ALWAYS_ONE_OF)
        expect(
          topics.filter((each) => each === topic),
          topic,
        ).toHaveLength(1);
      // The summary is only reachable with a complete route.
      expect(routeOf(result.final.context.answers).next).toBe('check-answers');
    }
  });
});

describe('persona paths', () => {
  it.each(Object.entries(PERSONAS))('%s: getPathsFromEvents follows the walk to the summary', (_name, answers) => {
    const events = eventsToSummary(answers);
    const paths = getPathsFromEvents(questionnaireMachine, events, { fromState: initialSnapshot() });
    expect(paths).toHaveLength(1);
    const [path] = paths;
    expect(path?.state.value).toBe('summary');
    // With the default (full) serialisation the path's snapshot is the real one.
    expect(path?.state.context.answers).toEqual(replay(events).final.context.answers);
  });

  it('fire every rule, together with the generated paths: no rule is dead', () => {
    const fired = new Set(
      [...personaReplays.map(({ result }) => result), ...replays.map(({ result }) => result)]
        .filter(endsOnSummary)
        .flatMap((result) => pointIds(result.final.context.answers)),
    );
    expect(ALL_RULES.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});

// Here rather than in tests/unit/fhir, so the paths are generated once for both.
describe('the answers at the end of every generated path, exported as FHIR', () => {
  it('make a valid QuestionnaireResponse that answers only enabled questions with offered codes, in either language', () => {
    // One response per distinct set of pages reached: thousands of paths end on a few hundred routes,
    // and which options were picked on a page is what the property tests in tests/unit/fhir vary.
    const byRoute = new Map<string, Answers>();
    for (const { result } of [...replays, ...personaReplays]) {
      const { answers } = result.final.context;
      byRoute.set(routeOf(answers).answered.join(' '), answers);
    }
    expect(byRoute.size).toBeGreaterThan(30);
    for (const [index, answers] of [...byRoute.values()].entries()) {
      const response = responseFor(answers, index % 2 === 0 ? 'en' : 'es');
      expect(response.item?.map((item) => item.linkId)).toEqual(routeOf(answers).answered);
      expect(responseSchemaErrors(response)).toEqual([]);
      expect(responseFailures(response, questionnaire)).toEqual([]);
    }
  }, 120_000);
});
