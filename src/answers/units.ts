import type { QUESTION_PAGES } from './question-pages';

/** The unit systems the height and weight page offers. */
export type UnitSystem = (typeof QUESTION_PAGES)['body-size']['fields']['units']['values'][number];
