import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers, StepAnswer } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { placeOf, questionnaireMachine } from '../../../src/flow/questionnaire-machine';
import { activeAnswers, type Place } from '../../../src/flow/route';
import { answersOf, pathAnswers, stepsOf, without, type RouteChoices } from './answer-paths';
import { NO_OWN_QUESTIONS } from '../../support/answers/own-questions-answers';
import { completeAnswers } from '../../support/answers/complete-answers';

type Actor = ReturnType<typeof createActor<typeof questionnaireMachine>>;

const started: Actor[] = [];
afterEach(() => {
  while (started.length > 0) started.pop()?.stop();
});

function start(answers?: Answers, place?: Place): Actor {
  const actor = createActor(questionnaireMachine, { input: { ...(answers && { answers }), ...(place && { place }) } });
  actor.start();
  started.push(actor);
  return actor;
}

/** The place a person is on (placeOf throws for the transient `opening` state). */
function stateOf(actor: Actor): Place {
  return placeOf(actor.getSnapshot());
}

/** Whether the person is changing an answer from a Change link on check-answers. */
function isChanging(actor: Actor): boolean {
  return actor.getSnapshot().value === 'changing';
}

function submit(actor: Actor, answer: StepAnswer): void {
  actor.send({ type: 'SUBMIT', answer });
}

/** Submits each answer on its own page, checking first that the person is on that page. */
function walk(actor: Actor, path: readonly StepAnswer[]): void {
  for (const answer of path) {
    expect(stateOf(actor), `on the way to submit "${answer.step}"`).toBe(answer.step);
    submit(actor, answer);
  }
}

/** The path up to and including a page. */
function through(step: StepId, path: readonly StepAnswer[]): StepAnswer[] {
  const index = path.findIndex((answer) => answer.step === step);
  if (index < 0) throw new Error(`"${step}" is not on this path`);
  return path.slice(0, index + 1);
}

/** A new person who has pressed Start and answered the path up to and including a page. */
function answeredThrough(step: StepId, choices: Partial<RouteChoices> = {}): Actor {
  const actor = start();
  actor.send({ type: 'START' });
  walk(actor, through(step, pathAnswers(choices)));
  return actor;
}

/** A new person on check-answers after answering every page of the route the choices imply. */
function onCheckAnswers(choices: Partial<RouteChoices> = {}): Actor {
  const actor = start();
  actor.send({ type: 'START' });
  walk(actor, pathAnswers(choices));
  expect(stateOf(actor)).toBe('check-answers');
  return actor;
}

const EVERY_FOLLOW_UP: RouteChoices = {
  area: 'both',
  technique: 'laser',
  weightChange: 'up-and-down',
  conditions: ['diabetes'],
  surgeon: 'chosen',
};
const NO_FOLLOW_UP: Partial<RouteChoices> = {
  area: 'calves',
  technique: 'traditional',
  conditions: ['none'],
  surgeon: 'not-yet',
};

describe('questionnaireMachine', () => {
  describe('start', () => {
    it('begins on the intro with no answers, not changing', () => {
      const actor = start();
      expect(stateOf(actor)).toBe('intro');
      expect(actor.getSnapshot().context.answers).toEqual({});
      expect(isChanging(actor)).toBe(false);
    });

    it('keeps answers it is given', () => {
      const answers = answersOf(pathAnswers());
      expect(start(answers).getSnapshot().context.answers).toEqual(answers);
    });

    it('goes from the intro to the first page on START', () => {
      const actor = start();
      actor.send({ type: 'START' });
      expect(stateOf(actor)).toBe('area');
    });

    it('ignores every other event on the intro', () => {
      const actor = start();
      submit(actor, { step: 'area', values: { area: 'calves', legs: 'both-legs' } });
      actor.send({ type: 'BACK' });
      actor.send({ type: 'CHANGE', step: 'area' });
      actor.send({ type: 'CONFIRM' });
      expect(stateOf(actor)).toBe('intro');
      expect(actor.getSnapshot().context.answers).toEqual({});
    });

    it('ignores START once past the intro', () => {
      const actor = answeredThrough('area');
      actor.send({ type: 'START' });
      expect(stateOf(actor)).toBe('concerns');
    });
  });

  describe('branches', () => {
    it.each<{ label: string; choices: Partial<RouteChoices>; after: StepId; next: Place }>([
      { label: 'any area', choices: {}, after: 'area', next: 'concerns' },
      { label: 'calves', choices: { area: 'calves' }, after: 'concerns', next: 'calf-feel' },
      { label: 'calves', choices: { area: 'calves' }, after: 'calf-feel', next: 'urgent-symptoms' },
      { label: 'ankles', choices: { area: 'ankles' }, after: 'concerns', next: 'ankle-feel' },
      { label: 'ankles', choices: { area: 'ankles' }, after: 'ankle-feel', next: 'urgent-symptoms' },
      { label: 'both', choices: { area: 'both' }, after: 'concerns', next: 'calf-feel' },
      { label: 'both', choices: { area: 'both' }, after: 'calf-feel', next: 'ankle-feel' },
      { label: 'both', choices: { area: 'both' }, after: 'ankle-feel', next: 'urgent-symptoms' },
      { label: 'laser', choices: { technique: 'laser' }, after: 'technique', next: 'technique-appeal' },
      { label: 'other energy', choices: { technique: 'other-energy' }, after: 'technique', next: 'technique-appeal' },
      { label: 'laser', choices: { technique: 'laser' }, after: 'technique-appeal', next: 'other-procedures' },
      { label: 'traditional', choices: { technique: 'traditional' }, after: 'technique', next: 'other-procedures' },
      { label: 'unsure', choices: { technique: 'unsure' }, after: 'technique', next: 'other-procedures' },
      { label: 'diabetes', choices: { conditions: ['diabetes'] }, after: 'conditions', next: 'diabetes-control' },
      {
        label: 'diabetes and more',
        choices: { conditions: ['heart', 'diabetes'] },
        after: 'conditions',
        next: 'diabetes-control',
      },
      { label: 'diabetes', choices: { conditions: ['diabetes'] }, after: 'diabetes-control', next: 'leg-history' },
      { label: 'no diabetes', choices: { conditions: ['kidney'] }, after: 'conditions', next: 'leg-history' },
      { label: 'none', choices: { conditions: ['none'] }, after: 'conditions', next: 'leg-history' },
      { label: 'surgeon chosen', choices: { surgeon: 'chosen' }, after: 'surgeon', next: 'surgeon-board' },
      { label: 'surgeon comparing', choices: { surgeon: 'comparing' }, after: 'surgeon', next: 'surgeon-board' },
      { label: 'surgeon chosen', choices: { surgeon: 'chosen' }, after: 'surgeon-board', next: 'facility' },
      { label: 'surgeon chosen', choices: { surgeon: 'chosen' }, after: 'facility', next: 'own-questions' },
      { label: 'no surgeon yet', choices: { surgeon: 'not-yet' }, after: 'surgeon', next: 'own-questions' },
      { label: 'no surgeon yet', choices: { surgeon: 'not-yet' }, after: 'own-questions', next: 'check-answers' },
      { label: 'surgeon chosen', choices: { surgeon: 'chosen' }, after: 'own-questions', next: 'check-answers' },
    ])('$label: after $after comes $next', ({ choices, after, next }) => {
      expect(stateOf(answeredThrough(after, choices))).toBe(next);
    });

    it.each<Partial<RouteChoices>>([
      NO_FOLLOW_UP,
      EVERY_FOLLOW_UP,
      { area: 'ankles', technique: 'other-energy', conditions: ['heart'], surgeon: 'comparing' },
      { area: 'both', technique: 'unsure', conditions: ['liver', 'diabetes'], surgeon: 'not-yet' },
    ])(
      'a full path ($area, $technique, $conditions, $surgeon) reaches check-answers holding every answer',
      (choices) => {
        const actor = onCheckAnswers(choices);
        const path = pathAnswers(choices);
        expect(actor.getSnapshot().context.answers).toEqual(answersOf(path));
        expect(Object.keys(actor.getSnapshot().context.answers)).toEqual(stepsOf(path));
        expect(isChanging(actor)).toBe(false);
      },
    );
  });

  describe('a SUBMIT for another page', () => {
    it('is ignored for an earlier page', () => {
      const actor = answeredThrough('area', { area: 'calves' });
      submit(actor, { step: 'area', values: { area: 'ankles', legs: 'one-leg' } });
      expect(stateOf(actor)).toBe('concerns');
      expect(actor.getSnapshot().context.answers.area).toEqual({ area: 'calves', legs: 'both-legs' });
    });

    it('is ignored, and not saved, for a later page', () => {
      const actor = answeredThrough('area');
      submit(actor, { step: 'urgent-symptoms', values: { symptoms: ['none'] } });
      expect(stateOf(actor)).toBe('concerns');
      expect(actor.getSnapshot().context.answers).not.toHaveProperty('urgent-symptoms');
    });

    it('is ignored on check-answers and on the summary', () => {
      const actor = onCheckAnswers();
      const before = actor.getSnapshot().context.answers;
      submit(actor, { step: 'age', values: { age: '75-plus' } });
      expect(stateOf(actor)).toBe('check-answers');
      actor.send({ type: 'CONFIRM' });
      submit(actor, { step: 'age', values: { age: '75-plus' } });
      expect(stateOf(actor)).toBe('summary');
      expect(actor.getSnapshot().context.answers).toEqual(before);
    });
  });

  describe('BACK', () => {
    it('goes from the first page to the intro', () => {
      const actor = start();
      actor.send({ type: 'START' });
      actor.send({ type: 'BACK' });
      expect(stateOf(actor)).toBe('intro');
    });

    it.each<{ label: string; choices: Partial<RouteChoices>; lastAnswered: StepId; previous: StepId }>([
      { label: 'a plain page', choices: {}, lastAnswered: 'area', previous: 'area' },
      { label: 'a plain page', choices: {}, lastAnswered: 'other-procedures', previous: 'other-procedures' },
      { label: 'the calf follow-up', choices: { area: 'calves' }, lastAnswered: 'concerns', previous: 'concerns' },
      {
        label: 'the ankle follow-up, ankles only',
        choices: { area: 'ankles' },
        lastAnswered: 'concerns',
        previous: 'concerns',
      },
      {
        label: 'the ankle follow-up, both areas',
        choices: { area: 'both' },
        lastAnswered: 'calf-feel',
        previous: 'calf-feel',
      },
      {
        label: 'the page after the calf page',
        choices: { area: 'calves' },
        lastAnswered: 'calf-feel',
        previous: 'calf-feel',
      },
      {
        label: 'the page after the ankle page',
        choices: { area: 'ankles' },
        lastAnswered: 'ankle-feel',
        previous: 'ankle-feel',
      },
      {
        label: 'the technique follow-up',
        choices: { technique: 'laser' },
        lastAnswered: 'technique',
        previous: 'technique',
      },
      {
        label: 'the page after the technique follow-up',
        choices: { technique: 'laser' },
        lastAnswered: 'technique-appeal',
        previous: 'technique-appeal',
      },
      {
        label: 'the page after a skipped technique follow-up',
        choices: { technique: 'traditional' },
        lastAnswered: 'technique',
        previous: 'technique',
      },
      {
        label: 'the diabetes follow-up',
        choices: { conditions: ['diabetes'] },
        lastAnswered: 'conditions',
        previous: 'conditions',
      },
      {
        label: 'the page after the diabetes follow-up',
        choices: { conditions: ['diabetes'] },
        lastAnswered: 'diabetes-control',
        previous: 'diabetes-control',
      },
      {
        label: 'the page after a skipped diabetes follow-up',
        choices: { conditions: ['none'] },
        lastAnswered: 'conditions',
        previous: 'conditions',
      },
      { label: 'the surgeon board', choices: { surgeon: 'chosen' }, lastAnswered: 'surgeon', previous: 'surgeon' },
      {
        label: 'the facility',
        choices: { surgeon: 'comparing' },
        lastAnswered: 'surgeon-board',
        previous: 'surgeon-board',
      },
    ])('from $label (after $lastAnswered) goes to $previous', ({ choices, lastAnswered, previous }) => {
      const actor = answeredThrough(lastAnswered, choices);
      const page = stateOf(actor);
      actor.send({ type: 'BACK' });
      expect(stateOf(actor), `BACK from ${page}`).toBe(previous);
    });

    it('keeps the answers of the pages it goes back through', () => {
      const actor = answeredThrough('calf-feel', { area: 'calves' });
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'BACK' });
      actor.send({ type: 'BACK' });
      actor.send({ type: 'BACK' });
      expect(stateOf(actor)).toBe('area');
      expect(actor.getSnapshot().context.answers).toEqual(before);
    });

    it('lets a changed answer on an earlier page change the route ahead', () => {
      const actor = answeredThrough('concerns', { area: 'calves' });
      expect(stateOf(actor)).toBe('calf-feel');
      actor.send({ type: 'BACK' });
      actor.send({ type: 'BACK' });
      submit(actor, { step: 'area', values: { area: 'ankles', legs: 'both-legs' } });
      submit(actor, { step: 'concerns', values: { concerns: ['size'] } });
      expect(stateOf(actor)).toBe('ankle-feel');
      actor.send({ type: 'BACK' });
      expect(stateOf(actor)).toBe('concerns');
    });

    it.each<{ label: string; choices: Partial<RouteChoices>; before: StepId }>([
      { label: 'no surgeon yet', choices: { surgeon: 'not-yet' }, before: 'surgeon' },
      { label: 'surgeon chosen', choices: { surgeon: 'chosen' }, before: 'facility' },
    ])(
      'goes from check-answers to the last page, own questions, then to the page before it ($label)',
      ({ choices, before }) => {
        const actor = onCheckAnswers(choices);
        actor.send({ type: 'BACK' });
        expect(stateOf(actor)).toBe('own-questions');
        expect(isChanging(actor)).toBe(false);
        actor.send({ type: 'BACK' });
        expect(stateOf(actor)).toBe(before);
      },
    );

    it('from check-answers, then the last page again, returns to check-answers', () => {
      const actor = onCheckAnswers({ surgeon: 'chosen' });
      actor.send({ type: 'BACK' });
      const questions = { ...NO_OWN_QUESTIONS, question1: 'Can I see photos?' };
      submit(actor, { step: 'own-questions', values: questions });
      expect(stateOf(actor)).toBe('check-answers');
      expect(actor.getSnapshot().context.answers['own-questions']).toEqual(questions);
    });

    it('goes from the summary to check-answers', () => {
      const actor = onCheckAnswers();
      actor.send({ type: 'CONFIRM' });
      actor.send({ type: 'BACK' });
      expect(stateOf(actor)).toBe('check-answers');
    });
  });

  describe('Change from check-answers', () => {
    it('goes to the page and marks the person as changing', () => {
      const actor = onCheckAnswers();
      actor.send({ type: 'CHANGE', step: 'age' });
      expect(stateOf(actor)).toBe('age');
      expect(isChanging(actor)).toBe(true);
    });

    it.each<{ label: string; choices: Partial<RouteChoices>; answer: StepAnswer }>([
      { label: 'same answer again', choices: {}, answer: { step: 'age', values: { age: '18-40' } } },
      { label: 'a plain page', choices: {}, answer: { step: 'age', values: { age: '61-74' } } },
      {
        label: 'the first page, same follow-ups',
        choices: { area: 'calves' },
        answer: { step: 'area', values: { area: 'calves', legs: 'one-leg' } },
      },
      { label: 'a follow-up page', choices: EVERY_FOLLOW_UP, answer: { step: 'calf-feel', values: { feel: 'firm' } } },
      {
        label: 'area both → calves (closes a follow-up)',
        choices: { area: 'both' },
        answer: { step: 'area', values: { area: 'calves', legs: 'both-legs' } },
      },
      {
        label: 'laser → other energy (same follow-up)',
        choices: { technique: 'laser' },
        answer: { step: 'technique', values: { technique: 'other-energy' } },
      },
      {
        label: 'laser → traditional',
        choices: { technique: 'laser' },
        answer: { step: 'technique', values: { technique: 'traditional' } },
      },
      {
        label: 'diabetes unticked',
        choices: { conditions: ['diabetes'] },
        answer: { step: 'conditions', values: { conditions: ['heart'] } },
      },
      {
        label: 'surgeon chosen → comparing',
        choices: { surgeon: 'chosen' },
        answer: { step: 'surgeon', values: { status: 'comparing' } },
      },
      {
        label: 'surgeon chosen → not yet',
        choices: { surgeon: 'chosen' },
        answer: { step: 'surgeon', values: { status: 'not-yet' } },
      },
      {
        label: 'the last page',
        choices: { surgeon: 'chosen' },
        answer: { step: 'facility', values: { facility: 'unsure' } },
      },
    ])('a SUBMIT that opens no new follow-up returns to check-answers ($label)', ({ choices, answer }) => {
      const actor = onCheckAnswers(choices);
      actor.send({ type: 'CHANGE', step: answer.step });
      expect(stateOf(actor)).toBe(answer.step);
      submit(actor, answer);
      expect(stateOf(actor)).toBe('check-answers');
      expect(isChanging(actor)).toBe(false);
      expect(actor.getSnapshot().context.answers[answer.step]).toEqual(answer.values);
    });

    it('keeps the answers of closed follow-ups aside, out of the active answers', () => {
      const actor = onCheckAnswers({ surgeon: 'chosen' });
      actor.send({ type: 'CHANGE', step: 'surgeon' });
      submit(actor, { step: 'surgeon', values: { status: 'not-yet' } });
      const { answers } = actor.getSnapshot().context;
      expect(answers).toHaveProperty('surgeon-board');
      expect(activeAnswers(answers)).not.toHaveProperty('surgeon-board');
      expect(activeAnswers(answers)).not.toHaveProperty('facility');
    });

    it.each<{ label: string; choices: Partial<RouteChoices>; answer: StepAnswer; followUps: StepAnswer[] }>([
      {
        label: 'area calves → both',
        choices: { area: 'calves' },
        answer: { step: 'area', values: { area: 'both', legs: 'both-legs' } },
        followUps: [{ step: 'ankle-feel', values: { changes: 'changes' } }],
      },
      {
        label: 'area calves → ankles',
        choices: { area: 'calves' },
        answer: { step: 'area', values: { area: 'ankles', legs: 'both-legs' } },
        followUps: [{ step: 'ankle-feel', values: { changes: 'unsure' } }],
      },
      {
        label: 'area ankles → both',
        choices: { area: 'ankles' },
        answer: { step: 'area', values: { area: 'both', legs: 'both-legs' } },
        followUps: [{ step: 'calf-feel', values: { feel: 'mixed' } }],
      },
      {
        label: 'technique traditional → laser',
        choices: { technique: 'traditional' },
        answer: { step: 'technique', values: { technique: 'laser' } },
        followUps: [{ step: 'technique-appeal', values: { reasons: ['skin-tightening'] } }],
      },
      {
        label: 'diabetes ticked',
        choices: { conditions: ['none'] },
        answer: { step: 'conditions', values: { conditions: ['diabetes'] } },
        followUps: [{ step: 'diabetes-control', values: { control: 'not-well' } }],
      },
      {
        label: 'surgeon not yet → chosen',
        choices: { surgeon: 'not-yet' },
        answer: { step: 'surgeon', values: { status: 'chosen' } },
        followUps: [
          { step: 'surgeon-board', values: { board: 'other-board' } },
          { step: 'facility', values: { facility: 'office' } },
        ],
      },
    ])(
      'a SUBMIT that opens a new follow-up goes there first, then to check-answers ($label)',
      ({ choices, answer, followUps }) => {
        const actor = onCheckAnswers(choices);
        actor.send({ type: 'CHANGE', step: answer.step });
        submit(actor, answer);
        for (const followUp of followUps) {
          expect(stateOf(actor)).toBe(followUp.step);
          expect(isChanging(actor)).toBe(true);
          submit(actor, followUp);
        }
        expect(stateOf(actor)).toBe('check-answers');
        expect(isChanging(actor)).toBe(false);
        expect(actor.getSnapshot().context.answers).toEqual(
          answersOf([answer, ...followUps], answersOf(pathAnswers(choices))),
        );
      },
    );

    it('does not ask again a follow-up whose answer was kept aside', () => {
      const actor = onCheckAnswers({ area: 'both' });
      actor.send({ type: 'CHANGE', step: 'area' });
      submit(actor, { step: 'area', values: { area: 'ankles', legs: 'both-legs' } });
      expect(stateOf(actor)).toBe('check-answers');
      actor.send({ type: 'CHANGE', step: 'area' });
      submit(actor, { step: 'area', values: { area: 'both', legs: 'both-legs' } });
      expect(stateOf(actor)).toBe('check-answers');
      expect(activeAnswers(actor.getSnapshot().context.answers)['calf-feel']).toEqual({ feel: 'soft' });
    });

    it.each<{ label: string; choices: Partial<RouteChoices>; step: StepId }>([
      { label: 'the first page', choices: {}, step: 'area' },
      { label: 'a plain page', choices: {}, step: 'body-size' },
      { label: 'a follow-up page', choices: EVERY_FOLLOW_UP, step: 'ankle-feel' },
      { label: 'the last page', choices: { surgeon: 'chosen' }, step: 'facility' },
    ])('BACK while changing $label returns to check-answers, keeping the old answers', ({ choices, step }) => {
      const actor = onCheckAnswers(choices);
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'CHANGE', step });
      expect(stateOf(actor)).toBe(step);
      actor.send({ type: 'BACK' });
      expect(stateOf(actor)).toBe('check-answers');
      expect(isChanging(actor)).toBe(false);
      expect(actor.getSnapshot().context.answers).toEqual(before);
    });

    it('BACK from a newly opened follow-up goes to the page before it, still changing, until the route is complete', () => {
      const actor = onCheckAnswers({ area: 'calves' });
      actor.send({ type: 'CHANGE', step: 'area' });
      submit(actor, { step: 'area', values: { area: 'both', legs: 'both-legs' } });
      expect(stateOf(actor)).toBe('ankle-feel');
      actor.send({ type: 'BACK' });
      expect(stateOf(actor)).toBe('calf-feel');
      expect(isChanging(actor)).toBe(true);
      submit(actor, { step: 'calf-feel', values: { feel: 'firm' } });
      expect(stateOf(actor)).toBe('ankle-feel');
      submit(actor, { step: 'ankle-feel', values: { changes: 'same' } });
      expect(stateOf(actor)).toBe('check-answers');
      expect(isChanging(actor)).toBe(false);
    });

    it.each<{ label: string; choices: Partial<RouteChoices>; step: StepId }>([
      { label: 'ankles, on a calves route', choices: NO_FOLLOW_UP, step: 'ankle-feel' },
      { label: 'technique appeal, traditional', choices: NO_FOLLOW_UP, step: 'technique-appeal' },
      { label: 'diabetes control, no diabetes', choices: NO_FOLLOW_UP, step: 'diabetes-control' },
      { label: 'surgeon board, no surgeon yet', choices: NO_FOLLOW_UP, step: 'surgeon-board' },
      { label: 'facility, no surgeon yet', choices: NO_FOLLOW_UP, step: 'facility' },
    ])('CHANGE for a page not on the route is ignored ($label)', ({ choices, step }) => {
      const actor = onCheckAnswers(choices);
      actor.send({ type: 'CHANGE', step });
      expect(stateOf(actor)).toBe('check-answers');
      expect(isChanging(actor)).toBe(false);
    });

    it('CHANGE for a page whose answer is kept aside off the route is ignored', () => {
      const actor = onCheckAnswers({ area: 'calves' });
      actor.send({ type: 'CHANGE', step: 'area' });
      submit(actor, { step: 'area', values: { area: 'ankles', legs: 'both-legs' } });
      submit(actor, { step: 'ankle-feel', values: { changes: 'same' } });
      expect(stateOf(actor)).toBe('check-answers');
      expect(actor.getSnapshot().context.answers).toHaveProperty('calf-feel');
      actor.send({ type: 'CHANGE', step: 'calf-feel' });
      expect(stateOf(actor)).toBe('check-answers');
      expect(isChanging(actor)).toBe(false);
    });

    it('CHANGE is ignored on a question page and on the summary', () => {
      const actor = answeredThrough('concerns');
      actor.send({ type: 'CHANGE', step: 'area' });
      expect(stateOf(actor)).toBe('calf-feel');
      expect(isChanging(actor)).toBe(false);

      const done = onCheckAnswers();
      done.send({ type: 'CONFIRM' });
      done.send({ type: 'CHANGE', step: 'area' });
      expect(stateOf(done)).toBe('summary');
    });
  });

  describe('summary and restart', () => {
    it('goes from check-answers to the summary on CONFIRM', () => {
      const actor = onCheckAnswers();
      actor.send({ type: 'CONFIRM' });
      expect(stateOf(actor)).toBe('summary');
    });

    it('ignores CONFIRM on a question page', () => {
      const actor = answeredThrough('area');
      actor.send({ type: 'CONFIRM' });
      expect(stateOf(actor)).toBe('concerns');
    });

    it('clears every answer on RESTART and goes to the intro', () => {
      const actor = onCheckAnswers(EVERY_FOLLOW_UP);
      actor.send({ type: 'CONFIRM' });
      actor.send({ type: 'RESTART' });
      expect(stateOf(actor)).toBe('intro');
      expect(actor.getSnapshot().context.answers).toEqual({});
      expect(isChanging(actor)).toBe(false);
    });

    it('starts again from the first page, with nothing saved, after RESTART', () => {
      const actor = onCheckAnswers();
      actor.send({ type: 'CONFIRM' });
      actor.send({ type: 'RESTART' });
      actor.send({ type: 'START' });
      expect(stateOf(actor)).toBe('area');
      submit(actor, { step: 'area', values: { area: 'ankles', legs: 'one-leg' } });
      expect(stateOf(actor)).toBe('concerns');
      expect(actor.getSnapshot().context.answers).toEqual({ area: { area: 'ankles', legs: 'one-leg' } });
    });

    it('restarts from any page, even while changing an answer', () => {
      const fromPage = answeredThrough('technique', { technique: 'laser' });
      fromPage.send({ type: 'RESTART' });
      expect(stateOf(fromPage)).toBe('intro');
      expect(fromPage.getSnapshot().context.answers).toEqual({});

      const fromCheck = onCheckAnswers();
      fromCheck.send({ type: 'RESTART' });
      expect(stateOf(fromCheck)).toBe('intro');
      expect(fromCheck.getSnapshot().context.answers).toEqual({});

      const changing = onCheckAnswers();
      changing.send({ type: 'CHANGE', step: 'age' });
      changing.send({ type: 'RESTART' });
      expect(stateOf(changing)).toBe('intro');
      expect(changing.getSnapshot().context.answers).toEqual({});
      expect(isChanging(changing)).toBe(false);
    });
  });

  describe('opening at a place (reload or restored session)', () => {
    const complete = answersOf(pathAnswers({ surgeon: 'chosen' }));

    it.each<{ label: string; answers: Answers | undefined; place: Place | undefined; state: Place }>([
      { label: 'no place', answers: complete, place: undefined, state: 'intro' },
      { label: 'the intro', answers: complete, place: 'intro', state: 'intro' },
      { label: 'an answered page', answers: complete, place: 'veins', state: 'veins' },
      { label: 'a follow-up on the route', answers: complete, place: 'surgeon-board', state: 'surgeon-board' },
      { label: 'check-answers, route complete', answers: complete, place: 'check-answers', state: 'check-answers' },
      { label: 'the summary, route complete', answers: complete, place: 'summary', state: 'summary' },
      { label: 'the first gap', answers: without(complete, 'age'), place: 'age', state: 'age' },
      { label: 'a page beyond the first gap', answers: without(complete, 'age'), place: 'recovery', state: 'age' },
      {
        label: 'check-answers, route incomplete',
        answers: without(complete, 'age'),
        place: 'check-answers',
        state: 'age',
      },
      {
        label: 'the summary, route incomplete',
        answers: without(complete, 'facility'),
        place: 'summary',
        state: 'facility',
      },
      { label: 'a page off the route', answers: complete, place: 'diabetes-control', state: 'check-answers' },
      { label: 'any page, no answers', answers: undefined, place: 'surgeon', state: 'area' },
    ])('$label ($place) opens $state', ({ answers, place, state }) => {
      const actor = start(answers, place);
      expect(stateOf(actor)).toBe(state);
      expect(isChanging(actor)).toBe(false);
    });
  });

  describe('GO (browser history or URL)', () => {
    it.each<{ label: string; choices: Partial<RouteChoices>; place: Place; state: Place }>([
      { label: 'an answered page', choices: {}, place: 'concerns', state: 'concerns' },
      { label: 'the first page', choices: {}, place: 'area', state: 'area' },
      { label: 'the intro', choices: {}, place: 'intro', state: 'intro' },
      { label: 'the summary', choices: {}, place: 'summary', state: 'summary' },
      { label: 'check-answers', choices: {}, place: 'check-answers', state: 'check-answers' },
      { label: 'a page off the route', choices: { area: 'calves' }, place: 'ankle-feel', state: 'check-answers' },
    ])('from check-answers to $label lands on $state, answers kept', ({ choices, place, state }) => {
      const actor = onCheckAnswers(choices);
      const before = actor.getSnapshot().context.answers;
      actor.send({ type: 'GO', place });
      expect(stateOf(actor)).toBe(state);
      expect(actor.getSnapshot().context.answers).toEqual(before);
    });

    it.each<{ label: string; place: Place; state: Place }>([
      { label: 'an earlier page', place: 'area', state: 'area' },
      { label: 'the current page', place: 'calf-feel', state: 'calf-feel' },
      { label: 'a page beyond the first gap', place: 'veins', state: 'calf-feel' },
      { label: 'check-answers', place: 'check-answers', state: 'calf-feel' },
      { label: 'the summary', place: 'summary', state: 'calf-feel' },
    ])('part way through, $label lands on $state', ({ place, state }) => {
      const actor = answeredThrough('concerns', { area: 'calves' });
      actor.send({ type: 'GO', place });
      expect(stateOf(actor)).toBe(state);
    });

    it('to check-answers while changing lands there, no longer changing', () => {
      const actor = onCheckAnswers();
      actor.send({ type: 'CHANGE', step: 'age' });
      actor.send({ type: 'GO', place: 'check-answers' });
      expect(stateOf(actor)).toBe('check-answers');
      expect(isChanging(actor)).toBe(false);
    });

    it('lands on the first gap when a change has opened a follow-up', () => {
      const actor = onCheckAnswers({ area: 'calves' });
      actor.send({ type: 'CHANGE', step: 'area' });
      submit(actor, { step: 'area', values: { area: 'both', legs: 'both-legs' } });
      actor.send({ type: 'GO', place: 'check-answers' });
      expect(stateOf(actor)).toBe('ankle-feel');
    });
  });

  describe('placeOf', () => {
    it('names the page of each state: the step on a question page, during a Change too', () => {
      const actor = start();
      expect(stateOf(actor)).toBe('intro');
      actor.send({ type: 'START' });
      expect(actor.getSnapshot().value).toBe('question');
      expect(stateOf(actor)).toBe('area');
      walk(actor, pathAnswers());
      expect(actor.getSnapshot().value).toBe('checkAnswers');
      expect(stateOf(actor)).toBe('check-answers');
      actor.send({ type: 'CHANGE', step: 'veins' });
      expect(actor.getSnapshot().value).toBe('changing');
      expect(stateOf(actor)).toBe('veins');
      actor.send({ type: 'BACK' });
      actor.send({ type: 'CONFIRM' });
      expect(actor.getSnapshot().value).toBe('summary');
      expect(stateOf(actor)).toBe('summary');
    });
  });
});

describe('browser Back and Forward during a Change', () => {
  it('keeps the person in the Change, so the next Continue still leads back to check answers', () => {
    const actor = start(answersOf(pathAnswers({ area: 'calves' })), 'check-answers');
    actor.send({ type: 'CHANGE', step: 'area' });
    actor.send({ type: 'SUBMIT', answer: { step: 'area', values: { area: 'both', legs: 'both-legs' } } });
    expect(stateOf(actor)).toBe('ankle-feel');
    actor.send({ type: 'GO', place: 'area' }); // what the browser's Back sends
    expect(stateOf(actor)).toBe('area');
    expect(isChanging(actor)).toBe(true);
    actor.send({ type: 'SUBMIT', answer: { step: 'area', values: { area: 'both', legs: 'both-legs' } } });
    expect(stateOf(actor)).toBe('ankle-feel');
    actor.send({ type: 'SUBMIT', answer: { step: 'ankle-feel', values: { changes: 'same' } } });
    expect(stateOf(actor)).toBe('check-answers');
  });

  it('ends the Change when history leads back to check answers', () => {
    const actor = start(answersOf(pathAnswers()), 'check-answers');
    actor.send({ type: 'CHANGE', step: 'age' });
    actor.send({ type: 'GO', place: 'check-answers' });
    expect(stateOf(actor)).toBe('check-answers');
    expect(isChanging(actor)).toBe(false);
  });

  it('ends the Change when history leads to the start page, and Start then walks the route again', () => {
    const actor = start(answersOf(pathAnswers({ area: 'calves' })), 'check-answers');
    actor.send({ type: 'CHANGE', step: 'area' });
    actor.send({ type: 'SUBMIT', answer: { step: 'area', values: { area: 'both', legs: 'both-legs' } } });
    actor.send({ type: 'GO', place: 'intro' });
    expect(stateOf(actor)).toBe('intro');
    actor.send({ type: 'START' });
    expect(stateOf(actor)).toBe('area');
    expect(isChanging(actor)).toBe(false);
  });

  it('Back from the first page, reached by history while a new follow-up is open, goes to the start page and ends the Change', () => {
    const actor = start(answersOf(pathAnswers({ area: 'calves' })), 'check-answers');
    actor.send({ type: 'CHANGE', step: 'area' });
    actor.send({ type: 'SUBMIT', answer: { step: 'area', values: { area: 'ankles', legs: 'both-legs' } } });
    expect(stateOf(actor)).toBe('ankle-feel');
    actor.send({ type: 'GO', place: 'area' });
    expect(isChanging(actor)).toBe(true);
    actor.send({ type: 'BACK' });
    expect(stateOf(actor)).toBe('intro');
    expect(isChanging(actor)).toBe(false);
  });
});

describe('continuing from a saved file (LOAD)', () => {
  const complete = completeAnswers;

  it('lands on check-answers when the file answers the whole route, replacing every answer held', () => {
    const actor = start({ area: { area: 'ankles', legs: 'one-leg' } }, 'intro');
    actor.send({ type: 'LOAD', answers: complete });
    expect(stateOf(actor)).toBe('check-answers');
    expect(actor.getSnapshot().context.answers).toEqual(complete);
  });

  it('lands on the first page the file leaves unanswered', () => {
    const { technique: _left, ...gap } = complete;
    const actor = start(undefined, 'intro');
    actor.send({ type: 'LOAD', answers: gap });
    expect(stateOf(actor)).toBe('technique');
    expect(isChanging(actor)).toBe(false);
  });

  it('is offered only on the start page', () => {
    const actor = start(complete, 'check-answers');
    expect(actor.getSnapshot().can({ type: 'LOAD', answers: {} })).toBe(false);
    actor.send({ type: 'LOAD', answers: {} });
    expect(stateOf(actor)).toBe('check-answers');
    expect(actor.getSnapshot().context.answers).toEqual(complete);
  });
});
