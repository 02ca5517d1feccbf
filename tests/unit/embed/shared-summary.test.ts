import { describe, expect, it } from 'vitest';
import { describeStep } from '../../../src/content/describe-answers';
import { pageContent } from '../../../src/content/page-content';
import { isAppMessage, makeMessage } from '../../../src/embed/protocol';
import { sharedSummary } from '../../../src/embed/shared-summary';
import { routeOf } from '../../../src/flow/route';
import { summaryPoints } from '../../../rules/summary-points';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';
import { english } from '../../support/english';
import { allWordsEn } from '../../support/all-words';
import { summaryCatalogEn } from '../../../src/i18n/en/summary-catalog-en';

const PREPARED_AT = new Date('2026-03-04T05:06:07.000Z');

describe('sharedSummary', () => {
  it('says which language its words are in', () => {
    expect(sharedSummary(quiet(), PREPARED_AT, english, summaryCatalogEn).language).toBe('en');
  });

  it('has the time it was prepared, as an ISO string', () => {
    expect(sharedSummary(quiet(), PREPARED_AT, english, summaryCatalogEn).preparedAt).toBe('2026-03-04T05:06:07.000Z');
  });

  it('has every point the summary shows, in the same order, with its wording, reason and sources', () => {
    const answers = loud();
    const summary = sharedSummary(answers, PREPARED_AT, english, summaryCatalogEn);
    const points = summaryPoints(answers);
    expect(points.length).toBeGreaterThan(0);
    expect(summary.points.map((point) => point.id)).toEqual(points.map((point) => point.id));
    for (const [index, point] of points.entries()) {
      expect(summary.points[index]).toStrictEqual({
        id: point.id,
        section: point.section,
        point: allWordsEn.points[point.id].point,
        why: allWordsEn.points[point.id].why,
        sources: [...point.sources],
      });
    }
  });

  it('has the answers in words: one entry per question on every answered page, by page title', () => {
    const answers = quiet({ age: { age: '41-60' } });
    const summary = sharedSummary(answers, PREPARED_AT, english, summaryCatalogEn);
    const expected = routeOf(answers).answered.flatMap((step) =>
      describeStep(step, answers, english).map((row) => ({
        page: pageContent(step, english.messages).title,
        question: row.label,
        answer: row.values,
      })),
    );
    expect(summary.answers).toEqual(expected);
    expect(summary.answers.length).toBeGreaterThanOrEqual(routeOf(answers).answered.length);
    // The answer the person chose, as they read it, not the stored code.
    const age = summary.answers.find((row) => row.page === pageContent('age', english.messages).title);
    expect(age?.answer).toEqual(['41 to 60']);
    expect(JSON.stringify(summary.answers)).not.toContain('41-60');
  });

  it('carries what the person typed', () => {
    const answers = quiet({ medicines: { items: ['other-prescribed'], details: 'Levothyroxine 50 micrograms' } });
    const summary = sharedSummary(answers, PREPARED_AT, english, summaryCatalogEn);
    expect(summary.answers.flatMap((row) => row.answer)).toContain('Levothyroxine 50 micrograms');
  });

  it('leaves out answers on pages the route no longer passes', () => {
    // Calves only: the ankle page is not on the route, so its stale answer is not shared.
    const answers = quiet({ area: { area: 'calves', legs: 'both-legs' }, 'ankle-feel': { changes: 'changes' } });
    const pages = sharedSummary(answers, PREPARED_AT, english, summaryCatalogEn).answers.map((row) => row.page);
    expect(pages).not.toContain(pageContent('ankle-feel', english.messages).title);
  });

  it('is plain data: a JSON round trip gives it back unchanged', () => {
    const summary = sharedSummary(loud(), PREPARED_AT, english, summaryCatalogEn);
    const json = JSON.stringify(summary);
    expect(JSON.parse(json)).toStrictEqual(summary);
    expect(structuredClone(summary)).toStrictEqual(summary);
  });

  it('makes a valid summary message', () => {
    expect(isAppMessage(makeMessage('summary', sharedSummary(quiet(), PREPARED_AT, english, summaryCatalogEn)))).toBe(
      true,
    );
    expect(
      isAppMessage(
        JSON.parse(
          JSON.stringify(makeMessage('summary', sharedSummary(loud(), PREPARED_AT, english, summaryCatalogEn))),
        ),
      ),
    ).toBe(true);
  });

  it('does not share the points array of the rules module (a change by the host cannot reach the rules)', () => {
    const answers = quiet();
    const summary = sharedSummary(answers, PREPARED_AT, english, summaryCatalogEn);
    const point = summary.points[0];
    expect(point).toBeDefined();
    expect(point?.sources).not.toBe(summaryPoints(answers)[0]?.sources);
  });
});
