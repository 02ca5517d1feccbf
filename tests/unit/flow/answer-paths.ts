import type { Answers, StepAnswer, StepValues } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { NO_OWN_QUESTIONS } from '../../support/answers/own-questions-answers';

/** The answers that choose a route: which follow-up pages a person sees. */
export interface RouteChoices {
  area: StepValues<'area'>['area'];
  technique: StepValues<'technique'>['technique'];
  weightChange: StepValues<'weight-history'>['change'];
  conditions: StepValues<'conditions'>['conditions'];
  surgeon: StepValues<'surgeon'>['status'];
}

const DEFAULT_CHOICES: RouteChoices = {
  area: 'calves',
  technique: 'traditional',
  weightChange: 'stable',
  conditions: ['none'],
  surgeon: 'not-yet',
};

/**
 * One valid answer per page on the route the choices imply, in the order a person meets
 * them. Each entry is a StepAnswer literal, so a misspelt page or option does not compile.
 */
export function pathAnswers(overrides: Partial<RouteChoices> = {}): StepAnswer[] {
  const choices = { ...DEFAULT_CHOICES, ...overrides };
  const path: StepAnswer[] = [
    { step: 'area', values: { area: choices.area, legs: 'both-legs' } },
    { step: 'concerns', values: { concerns: ['size'] } },
  ];
  if (choices.area !== 'ankles') path.push({ step: 'calf-feel', values: { feel: 'soft' } });
  if (choices.area !== 'calves') path.push({ step: 'ankle-feel', values: { changes: 'same' } });
  path.push(
    { step: 'urgent-symptoms', values: { symptoms: ['none'] } },
    { step: 'fat-pattern', values: { signs: ['none'] } },
    { step: 'swelling', values: { signs: ['none'] } },
    { step: 'veins', values: { signs: ['none'] } },
    { step: 'technique', values: { technique: choices.technique } },
  );
  if (choices.technique === 'laser' || choices.technique === 'other-energy') {
    path.push({ step: 'technique-appeal', values: { reasons: ['less-pain'] } });
  }
  path.push(
    { step: 'other-procedures', values: { sameDay: 'no' } },
    { step: 'body-size', values: { units: 'metric', centimetres: 170, kilograms: 72 } },
    { step: 'weight-history', values: { change: choices.weightChange, plans: 'none' } },
  );
  if (choices.weightChange !== 'stable') {
    path.push({ step: 'weight-change-amount', values: { amount: '5-to-10-percent' } });
  }
  path.push(
    { step: 'weight-medicine', values: { glp1: 'no' } },
    { step: 'age', values: { age: '18-40' } },
    { step: 'nicotine', values: { nicotine: 'no' } },
    { step: 'pregnancy', values: { pregnancy: 'no' } },
    { step: 'clot-risk', values: { factors: ['none'] } },
    { step: 'medicines', values: { items: ['none'], details: undefined } },
    { step: 'conditions', values: { conditions: choices.conditions } },
  );
  if (choices.conditions.includes('diabetes')) path.push({ step: 'diabetes-control', values: { control: 'well' } });
  path.push(
    { step: 'leg-history', values: { history: ['none'] } },
    { step: 'expectations', values: { change: 'subtle' } },
    { step: 'recovery', values: { timeOff: 'over-2-weeks', support: 'yes' } },
    { step: 'wellbeing', values: { worry: 'not-at-all', thinkingTime: 'under-1-hour', holdsBack: 'never' } },
    {
      step: 'priorities',
      values: {
        shortRecovery: 'a-lot',
        lowRisk: 'a-lot',
        noticeableChange: 'a-little',
        lowCost: 'not-much',
        lastingResult: 'a-little',
        noOperation: 'not-much',
      },
    },
    { step: 'options', values: {} },
    { step: 'sure', values: { sureOfChoice: 'yes', knowsOptions: 'yes', clearOnValues: 'no', enoughSupport: 'yes' } },
    { step: 'surgeon', values: { status: choices.surgeon } },
  );
  if (choices.surgeon !== 'not-yet') {
    path.push(
      { step: 'surgeon-board', values: { board: 'plastic-surgery' } },
      { step: 'facility', values: { facility: 'hospital' } },
    );
  }
  path.push({ step: 'own-questions', values: NO_OWN_QUESTIONS });
  return path;
}

/** The pages of a path, in order. */
export function stepsOf(path: readonly StepAnswer[]): StepId[] {
  return path.map((answer) => answer.step);
}

/** The saved answers after submitting the path (later entries win). */
export function answersOf(path: readonly StepAnswer[], start: Answers = {}): Answers {
  return path.reduce<Answers>((answers, answer) => ({ ...answers, [answer.step]: answer.values }), start);
}

/** The path's answers up to, but not including, the given page. */
export function answersBefore(step: StepId, path: readonly StepAnswer[]): Answers {
  const index = path.findIndex((answer) => answer.step === step);
  if (index < 0) throw new Error(`"${step}" is not on this path`);
  return answersOf(path.slice(0, index));
}

/** The answers with some pages removed. */
export function without(answers: Answers, ...steps: StepId[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([step]) => !(steps as string[]).includes(step))) as Answers;
}
