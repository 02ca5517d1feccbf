import { expect, type Locator, type Page } from '@playwright/test';
import type { RuleId } from '../../../rules/all-rules';
import type { Point } from '../../../rules/fired-points';
import { summaryLayout, summaryPoints, type SummaryLayout } from '../../../rules/summary-points';
import { TIERS } from '../../../rules/tiers';
import { urgentPoints } from '../../../rules/urgent-points';
import type { Answers } from '../../../src/answers/answers';
import { fill } from '../../../src/i18n/fill';
import { allWordsEn } from '../../support/all-words';

const ruleTextEn = allWordsEn.points;
const summaryTextEn = allWordsEn.summaryPage;

/** The summary's section headings in English, from the text tables, as shown on screen. */
export const SUMMARY_SECTIONS = {
  urgent: allWordsEn.ui.urgent.title,
  /** The urgent notice's heading when the only urgent symptom is the leg: help today, not now. */
  urgentToday: allWordsEn.ui.urgent.titleToday,
  mostImportant: summaryTextEn.mostImportant.title,
  aboutMe: summaryTextEn.aboutMe.title,
  more: summaryTextEn.more.title,
  questions: summaryTextEn.questions.title,
  beforeYouDecide: summaryTextEn.beforeYouDecide.title,
} as const;

/** Each tier's name: the h3s under "More points from your answers", and the label before a most important point. */
export const TIER_TITLES = summaryTextEn.tiers;

/** The line "Most important for you" shows when no answer calls for a personal point. */
export const NOTHING_PERSONAL = summaryTextEn.mostImportant.nothingPersonal;

/** The summary's parts for these answers, as the rules lay them out: ids only, in summary order. */
export function expectedLayout(answers: Answers): Record<keyof SummaryLayout, RuleId[]> {
  const layout = summaryLayout(summaryPoints(answers));
  const ids = (points: readonly Point[]) => points.map((point) => point.id);
  return {
    mostImportant: ids(layout.mostImportant),
    more: ids(layout.more),
    questions: ids(layout.questions),
    beforeYouDecide: ids(layout.beforeYouDecide),
  };
}

/** The checklist these answers give (questions for the surgeon, then what to weigh up), in summary order. */
export function checklistPoints(answers: Answers): RuleId[] {
  const { questions, beforeYouDecide } = expectedLayout(answers);
  return [...questions, ...beforeYouDecide];
}

function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(ruleTextEn, id);
}

/** The English wording of a rule's point, from its text table: the one source of that wording. */
export function pointText(id: string): string {
  if (!isRuleId(id)) throw new Error(`No rule with id "${id}"`);
  // The browser in these tests is en-US, so an urgent point's number is 911.
  return fill(ruleTextEn[id].point, { number: fill(allWordsEn.ui.urgent.number, { number: '911' }) });
}

export function pointOnSummary(page: Page, id: string): Locator {
  return page.locator(`#point-${id}`);
}

/** A section of the summary, by its heading. */
export function summarySection(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each point is on the page (within `within` if given), with its own wording; a point under
 * "Most important for you" has its tier's name before it ("See a doctor first: …").
 */
export async function expectPoints(page: Page, ids: readonly string[], within?: Locator): Promise<void> {
  const tiers = Object.values(TIER_TITLES).map(escapeRegExp).join('|');
  for (const id of ids) {
    const point = (within ?? page).locator(`#point-${id}`);
    await expect(point, `point ${id}`).toBeVisible();
    await expect(point.locator('.point__action'), `wording of point ${id}`).toHaveText(
      new RegExp(`^(?:(?:${tiers}): )?${escapeRegExp(pointText(id))}$`),
    );
  }
}

/** None of these points is on the page, by id or by wording. */
export async function expectNoPoints(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await expect(pointOnSummary(page, id), `point ${id} should not be shown`).toHaveCount(0);
    await expect(page.getByText(pointText(id)), `wording of point ${id} should not be shown`).toHaveCount(0);
  }
}

/** The ids of every point on the summary (or in `within`), in page order. */
export async function pointIdsOnSummary(page: Page, within?: Locator): Promise<string[]> {
  return (within ?? page)
    .locator('li.point')
    .evaluateAll((items) => items.map((item) => item.id.replace(/^point-/, '')));
}

/** Exactly these points, in this order, are listed in `section`. */
export async function expectPointIds(section: Locator, ids: readonly string[], what: string): Promise<void> {
  await expect(section.locator('li.point'), what).toHaveCount(ids.length);
  expect(
    await section.locator('li.point').evaluateAll((items) => items.map((item) => item.id.replace(/^point-/, ''))),
    what,
  ).toEqual(ids);
}

/** The urgent notice ("Get medical help now" or "… today"), wherever it is shown (and not folded away). */
export function urgentNotice(page: Page): Locator {
  const title = new RegExp(`^(${SUMMARY_SECTIONS.urgent}|${SUMMARY_SECTIONS.urgentToday})$`);
  return page.locator('section', { has: page.getByRole('heading', { name: title }) });
}

/**
 * The English summary shows what the rules make of these answers, part by part and in order: the
 * urgent notice (or none), up to five personal points with their tiers' names (or the line saying
 * nothing needs special attention), the rest under a heading per tier, the questions for the
 * surgeon and what to weigh up; every point with its own wording, and no point anywhere else.
 */
export async function expectSummaryLayout(page: Page, answers: Answers): Promise<void> {
  const layout = expectedLayout(answers);
  const summary = summaryLayout(summaryPoints(answers));

  const urgent = urgentPoints(answers);
  if (urgent.length === 0) await expect(urgentNotice(page)).toHaveCount(0);
  for (const point of urgent) await expect(urgentNotice(page)).toContainText(pointText(point.id));

  const mostImportant = summarySection(page, SUMMARY_SECTIONS.mostImportant);
  await expectPointIds(mostImportant, layout.mostImportant, 'points under "Most important for you"');
  for (const point of summary.mostImportant) {
    await expect(pointOnSummary(page, point.id).locator('.point__tier'), `tier of ${point.id}`).toHaveText(
      `${TIER_TITLES[point.tier]}:`,
    );
  }
  await expect(mostImportant.getByText(NOTHING_PERSONAL, { exact: true })).toHaveCount(
    layout.mostImportant.length === 0 ? 1 : 0,
  );

  const more = summarySection(page, SUMMARY_SECTIONS.more);
  if (layout.more.length === 0) {
    await expect(more).toHaveCount(0);
  } else {
    await expectPointIds(more, layout.more, 'points under "More points from your answers"');
    const tiers = TIERS.filter((tier) => summary.more.some((point) => point.tier === tier));
    await expect(more.getByRole('heading', { level: 3 })).toHaveText(tiers.map((tier) => TIER_TITLES[tier]));
    for (const tier of tiers) {
      await expectPointIds(
        summarySection(page, TIER_TITLES[tier]),
        summary.more.filter((point) => point.tier === tier).map((point) => point.id),
        `points under "${TIER_TITLES[tier]}"`,
      );
    }
  }

  await expectPointIds(summarySection(page, SUMMARY_SECTIONS.questions), layout.questions, 'questions for the surgeon');
  await expectPointIds(
    summarySection(page, SUMMARY_SECTIONS.beforeYouDecide),
    layout.beforeYouDecide,
    'points under "Before you decide"',
  );
  const all = [...layout.mostImportant, ...layout.more, ...layout.questions, ...layout.beforeYouDecide];
  expect(await pointIdsOnSummary(page), 'every point on the summary, in page order').toEqual(all);
  await expectPoints(page, all);
}
