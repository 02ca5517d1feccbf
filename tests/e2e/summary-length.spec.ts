import { expect, test } from '@playwright/test';
import { withheldTest } from '../../rules/withheld-points';
import { summaryPoints } from '../../rules/summary-points';
import { urgentPoints } from '../../rules/urgent-points';
import type { Answers } from '../../src/answers/answers';
import { ownQuestions } from '../../src/answers/own-questions';
import { INCLUDED_BY_DEFAULT } from '../../src/answers/sensitive-answers';
import { pageContent } from '../../src/content/page-content';
import { LOCALES } from '../../src/i18n/locales';
import { quiet } from '../support/answers/quiet-answers';
import { COMPLEX_PERSON } from './support/complex-person';
import { flattenText, occurrences, pdfPageCount, pdfText } from './support/pdf-text';
import { listedPoints, openSeededSummary, printToPdf, WORDS, type Paper } from './support/seeded-summary';
import { expectedLayout } from './support/summary';

/**
 * Issue 13: a summary a surgeon can use in a 30-minute consultation. However much a person has to
 * raise, the printout stays short enough to read, and every point on it is there once.
 */
interface Person {
  name: string;
  answers: Answers;
  maxPages: number;
  /** "Most important for you" says nothing needs special attention. */
  nothingPersonal: boolean;
  /** Points shown on screen only, by default (they rest on answers about body image alone). */
  withheld: readonly string[];
}

const FIVE_OWN_QUESTIONS = {
  question1: 'Can I see photos of calves you have treated?',
  question2: 'How soon can I drive?',
  question3: 'Who do I call at night if something is wrong?',
  question4: 'Will I need a second operation to even out the two legs?',
  // As long as the box allows (150 characters).
  question5:
    'My mother had a clot after a knee operation and I fly a lot for work: what would you do to keep me safe before and after, and for how many weeks then?',
};

const PEOPLE: readonly Person[] = [
  // Nothing personal to raise: the checklist everyone gets, on at most two sheets.
  { name: 'HEALTHY', answers: quiet(), maxPages: 2, nothingPersonal: true, withheld: [] },
  // The most complex realistic person: at most four.
  { name: 'COMPLEX', answers: COMPLEX_PERSON, maxPages: 4, nothingPersonal: false, withheld: ['talk-about-feelings'] },
  // Nothing personal, but all five questions of their own, one as long as a box takes: at most three.
  // (Even two short ones take the complex person's Spanish Letter printout to a fifth page.)
  {
    name: 'HEALTHY_OWN_QUESTIONS',
    answers: quiet({ 'own-questions': FIVE_OWN_QUESTIONS }),
    maxPages: 3,
    nothingPersonal: true,
    withheld: [],
  },
];
const PAPERS: readonly Paper[] = ['A4', 'Letter'];

test.describe.configure({ mode: 'parallel' });

for (const person of PEOPLE) {
  for (const locale of LOCALES) {
    for (const paper of PAPERS) {
      test(`${person.name} in ${locale} on ${paper}: at most ${person.maxPages} pages, every printed point once`, async ({
        page,
      }, testInfo) => {
        const words = WORDS[locale];
        await openSeededSummary(page, person.answers, locale);

        // The screen lists what the rules make of the answers, each point in this language's words.
        const points = summaryPoints(person.answers);
        const layout = expectedLayout(person.answers);
        const listed = await listedPoints(page);
        expect(listed.map((point) => point.id)).toEqual([
          ...layout.mostImportant,
          ...layout.more,
          ...layout.questions,
          ...layout.beforeYouDecide,
        ]);
        for (const point of listed) {
          const rule = points.find((candidate) => candidate.id === point.id);
          if (!rule) throw new Error(`${point.id} is on the summary but no rule called for it`);
          expect(point.action, `wording of ${point.id}`).toBe(words.points[rule.id].point);
          expect(point.withheld, `${point.id} left off paper`).toBe(withheldTest(INCLUDED_BY_DEFAULT)(rule));
        }
        const printed = listed.filter((point) => !point.withheld);
        const withheld = listed.filter((point) => point.withheld);
        // Body image is left off paper by default: a point that rests on it alone stays on screen.
        expect(withheld.map((point) => point.id)).toEqual(person.withheld);
        expect(layout.mostImportant.length === 0).toBe(person.nothingPersonal);
        // The feelings choice is there, and not ticked.
        await expect(page.getByRole('checkbox', { name: words.summaryPage.choices.feelings })).not.toBeChecked();

        const file = await printToPdf(
          page,
          testInfo,
          paper,
          `summary-${person.name.toLowerCase()}-${locale}-${paper.toLowerCase()}`,
        );
        const pages = pdfPageCount(file);
        const text = pdfText(file);

        // The measured length, for the README (and the report), whatever the outcome below.
        const measured = `${person.name} ${locale} ${paper}: ${pages} page${pages === 1 ? '' : 's'} (limit ${person.maxPages}), ${printed.length} points printed, ${withheld.length} on screen only, ${urgentPoints(person.answers).length} urgent, ${ownQuestions(person.answers).length} own questions`;
        testInfo.annotations.push({ type: 'measured', description: measured });
        console.log(`[summary length] ${measured}`);

        expect(text).toContain(flattenText(words.ui.summary.title));
        // Every printed point is on paper, once; no two say the same thing.
        for (const point of printed) {
          expect(occurrences(text, point.action), `printed ${point.id}: "${point.action}"`).toBe(1);
        }
        const actions = printed.map((point) => point.action);
        expect(new Set(actions).size, 'two printed points with the same words').toBe(actions.length);
        // The urgent notice is printed, with its own words.
        for (const point of urgentPoints(person.answers)) {
          expect(occurrences(text, words.points[point.id].point), `urgent ${point.id}`).toBe(1);
        }
        // What the person chose (by default) to keep off paper is not there.
        for (const point of withheld) {
          expect(occurrences(text, point.action), `withheld ${point.id} is printed`).toBe(0);
        }
        expect(occurrences(text, words.summaryPage.choices.withheld)).toBe(0);
        // The answers about how the person feels about their legs: neither the row nor a question.
        expect(occurrences(text, words.summaryPage.aboutMe.rows.feelings)).toBe(0);
        for (const question of pageContent('wellbeing', words).questions) {
          expect(occurrences(text, question.shortLabel), `"${question.shortLabel}" is printed`).toBe(0);
        }
        expect(occurrences(text, words.summaryPage.mostImportant.nothingPersonal)).toBe(person.nothingPersonal ? 1 : 0);
        // The person's own questions are printed, each once.
        for (const question of ownQuestions(person.answers)) {
          // (The label is in capitals on paper.)
          expect(occurrences(text, question), `own "${question}"`).toBe(1);
        }

        // Checked last, so the content checks above report first; the count is recorded either way.
        expect(pages, `${person.name} in ${locale} on ${paper} prints ${pages} pages`).toBeLessThanOrEqual(
          person.maxPages,
        );
      });
    }
  }
}
