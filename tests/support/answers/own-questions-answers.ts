import type { StepValues } from '../../../src/answers/answers';

/** The own-questions page left empty, as most people will: it is optional. */
export const NO_OWN_QUESTIONS: StepValues<'own-questions'> = {
  question1: undefined,
  question2: undefined,
  question3: undefined,
  question4: undefined,
  question5: undefined,
};
