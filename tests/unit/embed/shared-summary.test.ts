import { describe, expect, it } from 'vitest';
import { describeStep } from '../../../src/content/describe-answers';
import { pageContent } from '../../../src/content/page-content';
import { isAppMessage, makeMessage } from '../../../src/embed/protocol';
import { newSendId } from '../../../src/embed/send-id';
import { sharedSummary } from '../../../src/embed/shared-summary';
import { routeOf } from '../../../src/flow/route';
import { summaryPoints } from '../../../rules/summary-points';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { english } from '../../support/english';
import { allWordsEn } from '../../support/all-words';
import { summaryCatalogEn } from '../../../src/i18n/en/summary-catalog-en';
import { NO_DETAILS } from '../../../src/answers/consultation-details';
import { NO_OWN_QUESTIONS } from '../../support/answers/own-questions-answers';
import { fill } from '../../../src/i18n/fill';

const PREPARED_AT = new Date('2026-03-04T05:06:07.000Z');
const FEELINGS = { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' } as const;

describe('sharedSummary', () => {
  it('says which language its words are in', () => {
    expect(sharedSummary(quiet(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn).language).toBe('en');
  });

  it('has the time it was prepared, as an ISO string', () => {
    expect(sharedSummary(quiet(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn).preparedAt).toBe(
      '2026-03-04T05:06:07.000Z',
    );
  });

  it('has every point the summary shows, in the same order, with its wording, reason and sources', () => {
    const answers = loud();
    const everything = { ...NO_DETAILS, included: { pregnancy: true, feelings: true } };
    const summary = sharedSummary(answers, everything, PREPARED_AT, english, summaryCatalogEn);
    const points = summaryPoints(answers);
    expect(points.length).toBeGreaterThan(0);
    expect(summary.points.map((point) => point.id)).toEqual(points.map((point) => point.id));
    for (const [index, point] of points.entries()) {
      expect(summary.points[index]).toStrictEqual({
        id: point.id,
        section: point.section,
        tier: point.tier,
        // The clinic's copy cannot know the patient's emergency number: the generic wording.
        point: fill(allWordsEn.points[point.id].point, { number: allWordsEn.ui.urgent.localNumber }),
        why: allWordsEn.points[point.id].why,
        sources: [...point.sources],
      });
    }
  });

  it('has the answers in words: one entry per question on every answered page, by page title', () => {
    const answers = quiet({ age: { age: '41-60' } });
    const summary = sharedSummary(answers, NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    // Every page but the body-image one, which is left out unless the person includes it.
    const expected = routeOf(answers)
      .answered.filter((step) => step !== 'wellbeing')
      .flatMap((step) =>
        describeStep(step, answers, english).map((row) => ({
          page: pageContent(step, english.messages).title,
          question: row.label,
          answer: row.values,
        })),
      );
    expect(summary.answers).toEqual(expected);
    expect(summary.answers.length).toBeGreaterThanOrEqual(routeOf(answers).answered.length - 1);
    // The answer the person chose, as they read it, not the stored code.
    const age = summary.answers.find((row) => row.page === pageContent('age', english.messages).title);
    expect(age?.answer).toEqual(['41 to 60']);
    expect(JSON.stringify(summary.answers)).not.toContain('41-60');
  });

  it('carries what the person typed', () => {
    const answers = quiet({ medicines: { items: ['other-prescribed'], details: 'Levothyroxine 50 micrograms' } });
    const summary = sharedSummary(answers, NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    expect(summary.answers.flatMap((row) => row.answer)).toContain('Levothyroxine 50 micrograms');
  });

  it("carries the person's own questions as one entry, in their words and order, empty boxes left out", () => {
    const answers = quiet({
      'own-questions': { ...NO_OWN_QUESTIONS, question1: 'Can I see photos?', question3: 'Who do I call at night?' },
    });
    const summary = sharedSummary(answers, NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    const page = pageContent('own-questions', english.messages).title;
    expect(summary.answers.filter((row) => row.page === page)).toEqual([
      { page, question: 'Your questions', answer: ['Can I see photos?', 'Who do I call at night?'] },
    ]);
    // Questions are not points: the points are those of the same answers without them.
    expect(summary.points.map((point) => point.id)).toEqual(
      sharedSummary(quiet(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn).points.map((point) => point.id),
    );
  });

  it('leaves out answers on pages the route no longer passes', () => {
    // Calves only: the ankle page is not on the route, so its stale answer is not shared.
    const answers = quiet({ area: { area: 'calves', legs: 'both-legs' }, 'ankle-feel': { changes: 'changes' } });
    const pages = sharedSummary(answers, NO_DETAILS, PREPARED_AT, english, summaryCatalogEn).answers.map(
      (row) => row.page,
    );
    expect(pages).not.toContain(pageContent('ankle-feel', english.messages).title);
  });

  it('is plain data: a JSON round trip gives it back unchanged', () => {
    const summary = sharedSummary(loud(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    const json = JSON.stringify(summary);
    expect(JSON.parse(json)).toStrictEqual(summary);
    expect(structuredClone(summary)).toStrictEqual(summary);
  });

  it('makes a valid summary message, with the id of the send added', () => {
    const id = newSendId();
    const quietSummary = sharedSummary(quiet(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    expect(isAppMessage(makeMessage('summary', { ...quietSummary, id }))).toBe(true);
    const loudSummary = sharedSummary(loud(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    expect(isAppMessage(JSON.parse(JSON.stringify(makeMessage('summary', { ...loudSummary, id }))))).toBe(true);
  });

  it('does not share the points array of the rules module (a change by the host cannot reach the rules)', () => {
    const answers = quiet();
    const summary = sharedSummary(answers, NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    const point = summary.points[0];
    expect(point).toBeDefined();
    expect(point?.sources).not.toBe(summaryPoints(answers)[0]?.sources);
  });

  it('leaves out what the person chose not to share: body-image answers by default, and the points that rest on them', () => {
    const answers = quiet({ wellbeing: FEELINGS });
    const summary = sharedSummary(answers, NO_DETAILS, PREPARED_AT, english, summaryCatalogEn);
    expect(summaryPoints(answers).map((point) => point.id)).toContain('talk-about-feelings');
    expect(summary.points.map((point) => point.id)).not.toContain('talk-about-feelings');
    const pages = summary.answers.map((row) => row.page);
    expect(pages).not.toContain(pageContent('wellbeing', english.messages).title);
    expect(pages).toContain(pageContent('pregnancy', english.messages).title);

    const shared = sharedSummary(
      answers,
      { ...NO_DETAILS, included: { pregnancy: true, feelings: true } },
      PREPARED_AT,
      english,
      summaryCatalogEn,
    );
    expect(shared.points.map((point) => point.id)).toContain('talk-about-feelings');
    expect(shared.answers.map((row) => row.page)).toContain(pageContent('wellbeing', english.messages).title);
  });

  it('leaves out pregnancy answers, and a recent birth ticked as a clot risk, when the person chooses', () => {
    const answers = quiet({
      pregnancy: { pregnancy: 'within-2-years' },
      'clot-risk': { factors: ['recent-pregnancy', 'long-travel'] },
    });
    const noPregnancy = { ...NO_DETAILS, included: { pregnancy: false, feelings: false } };
    const summary = sharedSummary(answers, noPregnancy, PREPARED_AT, english, summaryCatalogEn);
    const text = JSON.stringify(summary);
    expect(text).not.toContain(pageContent('pregnancy', english.messages).title);
    expect(text).not.toMatch(/had a baby/);
    expect(summary.points.map((point) => point.id)).not.toContain('pregnancy-later');
    // The clot point stays: it rests on the long trip too.
    expect(summary.points.map((point) => point.id)).toContain('clot-risk-factors');
    expect(text).toMatch(/trip of more than 4 hours/);
  });

  it('carries the name, date of birth and appointment only when typed, trimmed', () => {
    expect(sharedSummary(quiet(), NO_DETAILS, PREPARED_AT, english, summaryCatalogEn).patient).toEqual({});
    const details = { ...NO_DETAILS, name: '  Ana López ', dateOfBirth: '', appointment: '8 Dec, 2:30 pm' };
    expect(sharedSummary(quiet(), details, PREPARED_AT, english, summaryCatalogEn).patient).toEqual({
      name: 'Ana López',
      appointment: '8 Dec, 2:30 pm',
    });
  });
});
