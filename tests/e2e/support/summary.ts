import { expect, type Locator, type Page } from '@playwright/test';
import type { RuleId } from '../../../rules/all-rules';
import { allWordsEn } from '../../support/all-words';

const ruleTextEn = allWordsEn.points;
const sectionTextEn = allWordsEn.summarySections;

/** The points every summary carries, whatever the answers (rules whose `when` is always true). */
export const ALWAYS_ON_POINTS = [
  'ask-board-certification',
  'ask-hospital-privileges',
  'ask-lower-leg-experience',
  'ask-facility-accreditation',
  'ask-anesthesia',
  'ask-complications-and-costs',
  'ask-lymph-protection',
  'ask-lasting-swelling-and-numbness',
  'ask-clot-risk-score',
  'bring-medicine-list',
  'tell-alcohol',
  'lower-leg-is-demanding',
  'skill-over-device',
  'keep-weight-steady',
  'realistic-benefit',
  'risks-to-ask-about',
  'recovery-swelling',
  'recovery-compression',
  'recovery-walking',
  'recovery-bruise-staining',
  'no-surgery-is-an-option',
] as const;

/** The summary's section headings in English, from the text table, as shown on screen. */
export const SUMMARY_SECTIONS = {
  urgent: sectionTextEn.urgent.title,
  doctorFirst: sectionTextEn['doctor-first'].title,
  askSurgeon: sectionTextEn['ask-surgeon'].title,
  tellSurgeon: sectionTextEn['tell-surgeon'].title,
  beforeYouDecide: sectionTextEn['before-you-decide'].title,
} as const;

function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(ruleTextEn, id);
}

/** The English wording of a rule's point, from its text table: the one source of that wording. */
export function pointText(id: string): string {
  if (!isRuleId(id)) throw new Error(`No rule with id "${id}"`);
  return ruleTextEn[id].point;
}

export function pointOnSummary(page: Page, id: string): Locator {
  return page.locator(`#point-${id}`);
}

/** A section of the summary, by its heading. */
export function summarySection(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** Each point is on the page (within `within` if given), with its own wording. */
export async function expectPoints(page: Page, ids: readonly string[], within?: Locator): Promise<void> {
  for (const id of ids) {
    const point = (within ?? page).locator(`#point-${id}`);
    await expect(point, `point ${id}`).toBeVisible();
    await expect(point.locator('.point__action'), `wording of point ${id}`).toHaveText(pointText(id));
  }
}

/** None of these points is on the page, by id or by wording. */
export async function expectNoPoints(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await expect(pointOnSummary(page, id), `point ${id} should not be shown`).toHaveCount(0);
    await expect(
      page.getByText(pointText(id), { exact: true }),
      `wording of point ${id} should not be shown`,
    ).toHaveCount(0);
  }
}

/** The ids of every point on the summary, in page order. */
export async function pointIdsOnSummary(page: Page): Promise<string[]> {
  return page.locator('li.point').evaluateAll((items) => items.map((item) => item.id.replace(/^point-/, '')));
}

/** The urgent notice ("Get medical help now"), wherever it is shown. */
export function urgentNotice(page: Page): Locator {
  return page.locator('section', { has: page.getByRole('heading', { name: SUMMARY_SECTIONS.urgent, exact: true }) });
}
