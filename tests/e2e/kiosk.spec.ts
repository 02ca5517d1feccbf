import { expect, test, type Page } from '@playwright/test';
import { choiceGroup, expectHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { expectNoAxeViolations } from './support/axe';
import { HEADINGS, INTRO_HEADING } from './support/journeys';
import { answerFirstPages } from './support/walk';

/*
 * Kiosk mode on a clinic tablet (decision 0026), in Chromium with Playwright's fake clock,
 * installed before the app loads: no test waits for real minutes.
 */

const STORAGE_KEY = 'calf-ankle-prep:v1';
const MINUTE = 60_000;
const STILL_HERE = "Yes, I'm still here";

/** This app's keys in the tab's sessionStorage. */
function appKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    (prefix) => Object.keys(window.sessionStorage).filter((key) => key.startsWith(prefix)),
    STORAGE_KEY,
  );
}

/** Every response in Cache Storage that holds any of these strings (the app never puts answers there). */
function cachedWith(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate(async (words) => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = (await (await cache.match(request))?.text()) ?? '';
        if (words.some((word) => body.includes(word))) found.push(`${name}: ${request.url}`);
      }
    }
    return found;
  }, needles);
}

async function answerTwoPages(page: Page) {
  await page.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(page, HEADINGS.area);
  await answerFirstPages(page);
}

test('idle in kiosk mode: warned, dismissed by keyboard, then everything cleared at zero', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?kiosk=true&idle=1');
  await expectHeading(page, INTRO_HEADING);
  await appStarted(page);
  await answerTwoPages(page);
  expect(await appKeys(page)).toEqual([STORAGE_KEY]);

  // The clock flows at the real pace since install: paused from here, the browser's own pace
  // takes none of the idle time or the countdown. Then focus somewhere on the page, to come back
  // to: a focus change is input, so the idle time counts from this moment exactly.
  await page.clock.pauseAt(new Date(Date.now() + 2000));
  const shape = choiceGroup(page, HEADINGS['ankle-feel']).getByRole('radio').first();
  await shape.focus();

  await page.clock.runFor(MINUTE - 1000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.runFor(1000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog).toHaveAccessibleDescription('To keep your answers private, we will clear them in 60 seconds.');
  await expect(dialog.getByRole('button', { name: STILL_HERE })).toBeFocused();
  await expect(page.locator('#root')).toHaveAttribute('inert', '');

  // Counted down; said again at 30 seconds, not every second.
  const live = dialog.locator('[aria-live="polite"]');
  await page.clock.runFor(25_000);
  await expect(dialog.getByText('35 seconds left')).toBeVisible();
  await expect(live).toHaveText('');
  await page.clock.runFor(5_000);
  await expect(live).toHaveText('Your answers will be cleared in 30 seconds.');
  // axe waits on timers of its own: the clock flows again from here (nothing below counts on
  // exact seconds: a few seconds of real time only shorten a countdown run forward by minutes).
  await page.clock.resume();
  await expectNoAxeViolations(page, 'the "Are you still there?" warning');

  // Tab stays in the warning; Escape closes it and focus goes back where it was.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: STILL_HERE })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(shape).toBeFocused();
  await expect(page.locator('#root')).not.toHaveAttribute('inert');

  // Again, closed with Enter on its button.
  await page.clock.runFor(MINUTE);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expectHeading(page, HEADINGS['ankle-feel']);
  expect(await appKeys(page)).toEqual([STORAGE_KEY]);

  // And left to run out.
  await page.clock.runFor(MINUTE);
  await expect(dialog).toBeVisible();
  await page.clock.runFor(MINUTE);
  await expectHeading(page, INTRO_HEADING);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/intro$/);
  expect(await appKeys(page)).toEqual([]);
  expect(await cachedWith(page, ['ankles', 'shape', STORAGE_KEY])).toEqual([]);

  // No way back to an earlier answer: Back and Forward lead to the start page.
  await page.goBack();
  await expectHeading(page, INTRO_HEADING);
  await page.goBack();
  await expectHeading(page, INTRO_HEADING);
  await page.goForward();
  await expectHeading(page, INTRO_HEADING);
  expect(await appKeys(page)).toEqual([]);
  await page.reload();
  await expectHeading(page, INTRO_HEADING);
  await appStarted(page);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(page, HEADINGS.area);
  await expect(page.getByRole('radio', { name: 'My ankles', exact: true })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Both legs', exact: true })).not.toBeChecked();
  expect(await appKeys(page)).toEqual([]);
});

test('kiosk mode never resumes: a session saved in the tab is cleared and the start page shown', async ({ page }) => {
  await page.goto('/');
  await appStarted(page);
  await page.evaluate(
    ([key, other]) => {
      const saved = JSON.stringify({
        version: 1,
        place: 'concerns',
        answers: { area: { area: 'ankles', legs: 'both-legs' } },
      });
      window.sessionStorage.setItem(key, saved);
      window.sessionStorage.setItem(other, saved);
    },
    [STORAGE_KEY, `${STORAGE_KEY}:https://clinic.example:`] as const,
  );
  await page.goto('/?kiosk=true#/concerns');
  await expectHeading(page, INTRO_HEADING);
  await appStarted(page);
  await expect(page).toHaveURL(/#\/intro$/);
  await expect.poll(() => appKeys(page)).toEqual([]);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(page, HEADINGS.area);
  await expect(page.getByRole('radio', { name: 'My ankles', exact: true })).not.toBeChecked();
});

test('without the kiosk setting no warning ever appears', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await appStarted(page);
  await page.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(page, HEADINGS.area);
  await page.clock.runFor(45 * MINUTE);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expectHeading(page, HEADINGS.area);
});
