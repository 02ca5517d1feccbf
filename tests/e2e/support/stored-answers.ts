import { stepSchemas, type Answers, type StepValues } from '../../../src/answers/answers';
import type { StepId } from '../../../src/answers/step-ids';
import { pageContent } from '../../../src/content/page-content';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import type { PageAnswer, PageAnswers } from './answer-page';
import { journey, type PageVisit, type Person } from './journeys';

/** The height and weight boxes, by their English labels. */
const MEASURE_BOXES: Readonly<Record<string, string>> = {
  [catalogEn.ui.bodySize.feet]: 'feet',
  [catalogEn.ui.bodySize.inches]: 'inches',
  [catalogEn.ui.bodySize.pounds]: 'pounds',
  [catalogEn.ui.bodySize.centimetres]: 'centimetres',
  [catalogEn.ui.bodySize.kilograms]: 'kilograms',
};

/**
 * What the app keeps for one page a person answered on screen: each label they pick or type into
 * is found in the English words of that page and turned into its stored value, then read through
 * the page's own schema (as the app does on Continue). A label the page does not have, or answers
 * the page would refuse, throw: the person is then misdescribed, and a test built on it would be
 * wrong in a way no assertion shows.
 */
export function storedPage<K extends StepId>(step: K, answers: PageAnswers): StepValues<K> {
  const content = pageContent(step, catalogEn);
  const input: Record<string, unknown> = {};
  for (const [asked, answer] of Object.entries(answers)) {
    const question = content.questions.find((candidate) =>
      candidate.kind === 'text' ? candidate.label === asked : candidate.legend === asked,
    );
    if (question?.kind === 'text' || (!question && step === 'body-size' && MEASURE_BOXES[asked])) {
      const name = question?.name ?? MEASURE_BOXES[asked] ?? asked;
      input[name] = typedText(step, asked, answer);
      continue;
    }
    if (!question) throw new Error(`The page "${step}" asks no question "${asked}"`);
    const valueOf = (label: string) => {
      const option = question.options.find((candidate) => candidate.label === label);
      if (!option) throw new Error(`"${asked}" on the page "${step}" has no option "${label}"`);
      return option.value;
    };
    if (question.kind === 'radio') {
      if (typeof answer !== 'string') throw new Error(`"${asked}" on "${step}" takes one label`);
      input[question.name] = valueOf(answer);
    } else {
      if (!Array.isArray(answer)) throw new Error(`"${asked}" on "${step}" takes a list of labels`);
      input[question.name] = (answer as readonly string[]).map(valueOf);
    }
  }
  const result = stepSchemas[step].safeParse(input);
  if (!result.success) throw new Error(`The page "${step}" would refuse ${JSON.stringify(input)}`);
  // Read through this very page's schema, whose output is StepValues<K>.
  return result.data as StepValues<K>;
}

function typedText(step: StepId, asked: string, answer: PageAnswer): string {
  if (typeof answer === 'object' && 'text' in answer) return answer.text;
  throw new Error(`"${asked}" on "${step}" is a box to type into`);
}

/** The answers the app holds once a person has walked these pages: what the rules are given. */
export function storedAnswers(visits: readonly PageVisit[]): Answers {
  const answers: Record<string, unknown> = {};
  for (const visit of visits) answers[visit.step] = storedPage(visit.step, visit.answers);
  // Each page's values were read through that page's schema just above.
  return answers as Answers;
}

/** The answers a person of the people list ends up with: their journey, as stored. */
export function answersOf(person: Person): Answers {
  return storedAnswers(journey(person));
}
