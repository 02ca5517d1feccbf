import { expect, type Locator, type Page } from '@playwright/test';
import { choiceGroup, pageHeading, type PageAnswers } from './answer-page';

/** More Tab presses than any page has stops: beyond this the target is not reachable. */
const MAX_TABS = 60;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never gets it. */
export async function tabTo(page: Page, target: Locator, direction: 'forward' | 'backward' = 'forward'): Promise<void> {
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reachable with ${key}`).toBeFocused({ timeout: 1 });
}

/** Presses Tab until one of `targets` has focus (a radio group is a single tab stop). */
async function tabToAny(page: Page, targets: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await targets.evaluateAll((elements) => elements.some((element) => element === document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the radio group with Tab');
}

/**
 * Selects a radio the way a keyboard user does: Tab into the group (one tab stop), then the
 * arrow keys, which move and select together; Space selects the focused radio if needed.
 */
export async function chooseRadio(page: Page, legend: string, label: string): Promise<void> {
  const radios = choiceGroup(page, legend).getByRole('radio');
  await tabToAny(page, radios);
  const labels = await radios.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  );
  const target = labels.indexOf(label);
  if (target < 0) throw new Error(`No radio "${label}" in "${legend}"`);
  const focused = await radios.evaluateAll((inputs) => inputs.findIndex((input) => input === document.activeElement));
  const key = target > focused ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(target - focused); step += 1) await page.keyboard.press(key);
  const radio = radios.nth(target);
  await expect(radio).toBeFocused();
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** Ticks a checkbox: Tab to it, then Space. */
export async function tickCheckbox(page: Page, legend: string, label: string): Promise<void> {
  const box = choiceGroup(page, legend).getByRole('checkbox', { name: label, exact: true });
  await tabTo(page, box);
  if (!(await box.isChecked())) await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/** Types into a text box: Tab to it, clear it with the keyboard, type. */
export async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await tabTo(page, box);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect(box).toHaveValue(text);
}

/** Answers a page with the keyboard alone (radios, ticked boxes and typed text, in page order). */
export async function answerByKeyboard(page: Page, answers: PageAnswers): Promise<void> {
  for (const [question, answer] of Object.entries(answers)) {
    if (typeof answer === 'string') await chooseRadio(page, question, answer);
    else if ('text' in answer) await typeInto(page, question, answer.text);
    else for (const label of answer) await tickCheckbox(page, question, label);
  }
}

/** Tab to a button and press Enter. */
export async function pressButton(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** Tab to a link and press Enter, as a keyboard user follows one. */
export async function followLink(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('link', { name, exact: true }));
  await page.keyboard.press('Enter');
}

/** The new page's h1 has the keyboard focus (document.activeElement is the h1). */
export async function expectFocusOnHeading(page: Page, heading: string): Promise<void> {
  await expect(pageHeading(page)).toHaveText(heading);
  await expect(pageHeading(page)).toBeFocused();
  const active = await page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName ?? '', text: element?.textContent?.trim() ?? '' };
  });
  expect(active).toEqual({ tag: 'H1', text: heading });
}
