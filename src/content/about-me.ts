import { ABOUT_ME_ROWS, type AboutMeRowId } from '../answers/about-me-rows';
import type { Answers } from '../answers/answers';
import type { Localised } from '../i18n/localised';
import { answerParts, type AnswerPart } from './answer-parts';

export interface AboutMeRow {
  id: AboutMeRowId;
  parts: AnswerPart[];
  /** The row holds several questions, so each answer needs its question's short label. */
  labelled: boolean;
}

/**
 * The rows these answers fill, in order. A "None of these" is shown only when it is all a row
 * has (no clot risks, no medicines: that tells the surgeon something; beside other answers it is
 * noise). A row with nothing to show (its pages skipped, or left out by the person's choice) is
 * not there. Pass the answers as they may be shared.
 */
export function aboutMe(answers: Answers, words: Localised): AboutMeRow[] {
  return ABOUT_ME_ROWS.map((row) => {
    const some = answerParts(row.answers, answers, words);
    const parts = some.length > 0 ? some : answerParts(row.answers, answers, words, { keepNone: true }).slice(0, 1);
    return { id: row.id, parts, labelled: row.answers.length > 1 && parts.length > 0 && some.length > 0 };
  }).filter((row) => row.parts.length > 0);
}
