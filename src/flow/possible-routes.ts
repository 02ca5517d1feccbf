import type { Answers } from '../answers/answers';
import type { QuestionDeclaration } from '../answers/question-kinds';
import { QUESTION_PAGES } from '../answers/question-pages';
import { STEP_IDS, type StepId } from '../answers/step-ids';
import { routeOf } from './route';

/** One way through the questionnaire: its pages in order, and answers that lead a person along it. */
export interface PossibleRoute {
  steps: readonly StepId[];
  answers: Answers;
}

/** The answers a choice field can give, one at a time: each option of a radio group, each box of a checkbox list alone. */
function choicesOf(question: QuestionDeclaration): unknown[] {
  if (question.kind === 'radio') return [...question.values];
  if (question.kind === 'checkbox') return question.values.map((value) => [value]);
  return [];
}

type RawAnswers = Record<string, Record<string, unknown>>;

/** Every page answered with its first choice; optional boxes left empty. */
function firstChoices(): RawAnswers {
  const raw: RawAnswers = {};
  for (const step of STEP_IDS) {
    const values: Record<string, unknown> = {};
    for (const [name, question] of Object.entries(QUESTION_PAGES[step].fields)) {
      const [first] = choicesOf(question);
      if (first !== undefined) values[name] = first;
    }
    raw[step] = values;
  }
  return raw;
}

function withChoice(raw: RawAnswers, step: string, field: string, value: unknown): RawAnswers {
  return { ...raw, [step]: { ...raw[step], [field]: value } };
}

// Built from the declarations in a loop, which TypeScript cannot follow page by page; every value
// is one the page's schema accepts (a test parses them).
function asAnswers(raw: RawAnswers): Answers {
  return raw as Answers;
}

function stepsOf(raw: RawAnswers): string {
  return routeOf(asAnswers(raw)).answered.join(' ');
}

/**
 * Every distinct route through the questionnaire, found by asking the route itself (`routeOf`)
 * rather than by a second description of it. A field steers the route when changing it alone
 * changes the pages a person sees; every combination of the steering fields' choices is then
 * walked. A guard that only a combination of choices opens (two boxes ticked together, say) is not
 * found this way; a test checks that the routes found take every transition of the flow table.
 */
export function possibleRoutes(): PossibleRoute[] {
  const base = firstChoices();
  const baseSteps = stepsOf(base);
  const steering: { step: string; field: string; choices: unknown[] }[] = [];
  for (const step of STEP_IDS) {
    for (const [field, question] of Object.entries(QUESTION_PAGES[step].fields)) {
      const choices = choicesOf(question);
      if (choices.some((choice) => stepsOf(withChoice(base, step, field, choice)) !== baseSteps)) {
        steering.push({ step, field, choices });
      }
    }
  }

  let combinations: RawAnswers[] = [base];
  for (const { step, field, choices } of steering) {
    combinations = combinations.flatMap((raw) => choices.map((choice) => withChoice(raw, step, field, choice)));
  }

  const routes = new Map<string, PossibleRoute>();
  for (const raw of combinations) {
    const answers = asAnswers(raw);
    const steps = routeOf(answers).answered;
    const key = steps.join(' ');
    if (!routes.has(key)) routes.set(key, { steps, answers });
  }
  return [...routes.values()];
}
