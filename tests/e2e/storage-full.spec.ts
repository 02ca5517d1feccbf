import { expect, test, type Page } from '@playwright/test';
import { answerPage, expectHeading, pageHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { HEADINGS, journey } from './support/journeys';
import { STEADY_AND_LOW_RISK } from './support/people';
import { startQuestionnaire, walkJourney } from './support/walk';

const STORAGE_KEY = 'calf-ankle-prep:v1';
const NOT_KEPT =
  "Your progress can't be kept on this device. Before you close this page, print your list or save your answers to a file.";

function savedSession(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.sessionStorage.getItem(key), STORAGE_KEY);
}

/**
 * Fills the tab's sessionStorage with junk under keys of its own until not one more character
 * fits: big pieces first, then ever smaller ones. Returns the name of the error the browser threw.
 */
function fillSessionStorage(page: Page): Promise<{ pieces: number; error: string }> {
  return page.evaluate(() => {
    let size = 1 << 20;
    let pieces = 0;
    let error = '';
    while (size >= 1) {
      try {
        window.sessionStorage.setItem(`junk-${pieces}`, 'x'.repeat(size));
        pieces += 1;
      } catch (thrown) {
        error = thrown instanceof DOMException ? thrown.name : String(thrown);
        size = Math.floor(size / 2);
      }
    }
    return { pieces, error };
  });
}

test('storage filled to quota mid-way: the notice shows; reload never opens an older page', async ({ page }) => {
  const visits = journey(STEADY_AND_LOW_RISK);
  const [, , , fourth, fifth, sixth, seventh] = visits;
  if (!fourth || !fifth || !sixth || !seventh) throw new Error('the route is shorter than expected');

  // A few pages answered and kept.
  await startQuestionnaire(page, { axe: false });
  await walkJourney(page, visits, { axe: false, stopAt: fourth.step });
  await expectHeading(page, fourth.heading);
  await expect.poll(() => savedSession(page)).not.toBeNull();
  const older = await savedSession(page);
  expect(older).toContain(`"place":"${fourth.step}"`);
  await expect(page.getByText(NOT_KEPT)).toHaveCount(0);

  // Something else on the site fills the tab's storage.
  const filled = await fillSessionStorage(page);
  expect(filled.error).toBe('QuotaExceededError');
  expect(filled.pieces).toBeGreaterThan(0);

  // The next save fails: the patient is told, and the older session is gone.
  await answerPage(page, fourth.answers, fifth.heading, { axe: false });
  await expect(page.getByRole('status').filter({ hasText: NOT_KEPT })).toHaveText(NOT_KEPT);
  await expect.poll(() => savedSession(page)).toBeNull();
  // Going on, it stays so.
  await answerPage(page, fifth.answers, sixth.heading, { axe: false });
  await expect(page.getByRole('status').filter({ hasText: NOT_KEPT })).toHaveText(NOT_KEPT);
  expect(await savedSession(page)).toBeNull();

  // A reload cannot bring back the answers, and must not open an older page with older answers
  // (the fourth page, as last kept): it starts afresh at the first question, nothing chosen.
  await page.reload();
  await appStarted(page);
  await expectHeading(page, HEADINGS.area);
  await expect(page.locator('main input:checked')).toHaveCount(0);
  expect(await savedSession(page)).toBeNull();
  for (const visit of visits.slice(1, 7)) await expect(pageHeading(page)).not.toHaveText(visit.heading);
});
