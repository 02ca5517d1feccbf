import type { Answers } from '../answers/answers';
import { bodySizeSchema } from '../answers/body-size-schema';
import { PAGE_SECTIONS } from '../answers/page-sections';
import type { QuestionDeclaration } from '../answers/question-kinds';
import { QUESTION_PAGES } from '../answers/question-pages';
import type { StepId } from '../answers/step-ids';
import type { Localised } from '../i18n/localised';
import { describeStep } from './describe-answers';
import { pageContent } from './page-content';
import type { OptionGridTexts } from '../i18n/point-text-types';

/**
 * How long the questionnaire takes, worked out from what it asks rather than guessed, so the start
 * page's "It takes about …" can be checked (issue 13, "honest time"): a test fails when pages are
 * added and the start page still promises the old time. Counted from "Start now" to the list of
 * points appearing; reading the list itself is not counted.
 *
 * The figures are stated, not measured on people:
 * - Reading at 200 words a minute. Brysbaert's meta-analysis (2019, "How many words do we read per
 *   minute?") puts adults' silent reading of non-fiction in English at about 238; 200 is slower, to
 *   allow for a phone screen and medical words. The same figure is used for Spanish: a Spanish page
 *   has more words for the same content, and the count already includes them. Everything on a page
 *   is taken as read, every word of every option.
 * - 8 seconds for each radio group or checkbox list, to decide and click once it has been read.
 * - 15 seconds for each number box (height, weight), to recall a number and type it.
 * - 60 seconds for the free-text note on medicines: a few names and doses, about 15 words, at the
 *   36 words a minute people type on phones (Palin et al., MobileHCI 2019), plus finding the packets.
 * - 30 seconds for the line of their own words under "Something else": up to 100 characters, about
 *   15 words at the same typing speed, plus a moment to put it in words. Only the slowest pace
 *   ticks "Something else"; the quickest never sees the box.
 * - No time for writing the person's own questions for the surgeon: the page is optional and
 *   open-ended (up to five questions could add two or three minutes), so the start page states
 *   the time without it and says "plus any questions of your own". Reading the page is counted.
 * - 2 seconds for each page turn (pressing Continue and finding the next question).
 * - Check-answers is read like any page: its headings, every answer row and its button.
 * - The options page is read whole: every row's name, and each option's name and cell in it. The
 *   quickest pace reads the options the route's answers show; the slowest, every option there is.
 */
export const READING_WORDS_PER_MINUTE = 200;
export const SECONDS_PER_CHOICE = 8;
export const SECONDS_PER_NUMBER_BOX = 15;
export const SECONDS_PER_FREE_TEXT = 60;
export const SECONDS_PER_OWN_WORDS = 30;
export const SECONDS_PER_PAGE_TURN = 2;

/**
 * The quickest way through leaves the optional boxes (height, weight, the note on medicines, their
 * own questions) empty
 * and picks the unit system with the fewest boxes; the slowest fills every box of the system with
 * the most.
 */
export type Pace = 'quickest' | 'slowest';

export interface RouteToTime {
  steps: readonly StepId[];
  /** Answers that lead along the route; check-answers shows them. */
  answers: Answers;
}

export interface RouteEstimate {
  steps: readonly StepId[];
  /** Question pages, not counting the start page and check-answers. */
  pages: number;
  /** Questions and boxes a person sees on those pages. */
  fields: number;
  /** Words read on those pages and on check-answers. */
  words: number;
  seconds: number;
}

export interface TimeToComplete {
  /** The quickest way along the route that takes least time. */
  shortest: RouteEstimate;
  /** The slowest way along the route that takes most time. */
  longest: RouteEstimate;
}

/** Words as a reader counts them: runs of text with a letter or digit in them (not a lone dash). */
export function wordCount(...texts: readonly (string | undefined)[]): number {
  return texts.flatMap((text) => (text ?? '').split(/\s+/)).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The number boxes the height and weight page shows: one unit system's at a time, as its schema
 * has them (the fewest for the quickest pace, the most for the slowest).
 */
function numberBoxes(step: StepId, pace: Pace): string[] {
  const fields: Readonly<Record<string, QuestionDeclaration>> = QUESTION_PAGES[step].fields;
  const measured = (names: readonly string[]) => names.filter((name) => fields[name]?.kind === 'measure');
  if (step !== 'body-size') return measured(Object.keys(fields));
  const systems = bodySizeSchema.def.options.map((system) => measured(Object.keys(system.shape)));
  systems.sort((a, b) => a.length - b.length);
  return (pace === 'quickest' ? systems[0] : systems.at(-1)) ?? [];
}

interface PageCost {
  fields: number;
  words: number;
  answerSeconds: number;
}

function pageCost(step: StepId, pace: Pace, { messages }: Localised, grid: GridToRead): PageCost {
  const content = pageContent(step, messages);
  const declared = Object.keys(QUESTION_PAGES[step].fields).length;
  // A page of one question shows its legend as the heading; a page of several shows its title too.
  let words = wordCount(declared > 1 ? content.title : undefined, content.lead);
  if (step === 'options') words += wordCount(content.title) + gridWords(grid, pace);
  let answerSeconds = 0;
  let fields = 0;
  for (const question of content.questions) {
    if (question.kind === 'text' && question.revealedBy) {
      if (pace === 'quickest') continue;
      words += wordCount(question.label, question.hint);
      answerSeconds += SECONDS_PER_OWN_WORDS;
      fields += 1;
      continue;
    }
    fields += 1;
    if (question.kind === 'text') {
      words += wordCount(question.label, question.hint);
      if (pace === 'slowest' && step !== 'own-questions') answerSeconds += SECONDS_PER_FREE_TEXT;
      continue;
    }
    words += wordCount(question.legend, question.hint);
    for (const option of question.options) words += wordCount(option.label, option.hint);
    answerSeconds += SECONDS_PER_CHOICE;
  }
  const boxes = numberBoxes(step, pace);
  const boxLabels: Readonly<Record<string, string>> = messages.ui.bodySize;
  for (const box of boxes) {
    words += wordCount(boxLabels[box]);
    if (pace === 'slowest') answerSeconds += SECONDS_PER_NUMBER_BOX;
  }
  return { fields: fields + boxes.length, words, answerSeconds };
}

/** The words of check-answers for this route: its headings, one row per question and its button. */
function checkAnswersWords(route: RouteToTime, words: Localised): number {
  const ui = words.messages.ui;
  const sections = PAGE_SECTIONS.filter((section) =>
    route.steps.some((step) => QUESTION_PAGES[step].section === section),
  );
  const rows = route.steps.flatMap((step) => describeStep(step, route.answers, words));
  return (
    wordCount(ui.checkAnswers.title, ui.checkAnswers.lead, ui.checkAnswers.nextTitle, ui.checkAnswers.nextText) +
    wordCount(ui.checkAnswers.confirm, ...sections.map((section) => ui.sections[section])) +
    rows.reduce((sum, row) => sum + wordCount(row.label, ...row.values), 0)
  );
}

type OptionColumnId = keyof OptionGridTexts['columns'];
type OptionRowId = keyof OptionGridTexts['rows'];

/**
 * The options grid to read: its words, and which options a route's answers show (the rules decide
 * that; they are handed in, as this module reads only the answers and the words).
 */
export interface OptionGridToRead {
  texts: OptionGridTexts;
  columnsFor: (answers: Answers) => readonly OptionColumnId[];
}

interface GridToRead {
  texts: OptionGridTexts;
  shown: readonly OptionColumnId[];
}

function gridWords({ texts, shown }: GridToRead, pace: Pace): number {
  const columns = pace === 'quickest' ? shown : (Object.keys(texts.columns) as OptionColumnId[]);
  return (Object.keys(texts.rows) as OptionRowId[]).reduce(
    (sum, row) =>
      sum +
      wordCount(texts.rows[row]) +
      columns.reduce(
        (cells, column) => cells + wordCount(texts.columns[column].name, texts.columns[column].cells[row]),
        0,
      ),
    0,
  );
}

/** The estimate for one route at one pace. */
export function estimateRoute(
  route: RouteToTime,
  pace: Pace,
  words: Localised,
  optionGrid: OptionGridToRead,
): RouteEstimate {
  const grid = { texts: optionGrid.texts, shown: optionGrid.columnsFor(route.answers) };
  const pages = route.steps.map((step) => pageCost(step, pace, words, grid));
  const wordsRead = pages.reduce((sum, page) => sum + page.words, 0) + checkAnswersWords(route, words);
  const seconds =
    (wordsRead / READING_WORDS_PER_MINUTE) * 60 +
    pages.reduce((sum, page) => sum + page.answerSeconds, 0) +
    // Every question page is left by Continue, and so is check-answers.
    (route.steps.length + 1) * SECONDS_PER_PAGE_TURN;
  return {
    steps: route.steps,
    pages: route.steps.length,
    fields: pages.reduce((sum, page) => sum + page.fields, 0),
    words: wordsRead,
    seconds,
  };
}

/** The quickest estimate over every route and the slowest, in one language. */
export function timeToComplete(
  routes: readonly RouteToTime[],
  words: Localised,
  optionGrid: OptionGridToRead,
): TimeToComplete {
  const quickest = routes.map((route) => estimateRoute(route, 'quickest', words, optionGrid));
  const slowest = routes.map((route) => estimateRoute(route, 'slowest', words, optionGrid));
  const [firstQuick, firstSlow] = [quickest[0], slowest[0]];
  if (!firstQuick || !firstSlow) throw new Error('No route to time');
  return {
    shortest: quickest.reduce((best, estimate) => (estimate.seconds < best.seconds ? estimate : best), firstQuick),
    longest: slowest.reduce((worst, estimate) => (estimate.seconds > worst.seconds ? estimate : worst), firstSlow),
  };
}
