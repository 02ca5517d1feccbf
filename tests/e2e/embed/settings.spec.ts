import { expect, test } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { HEADINGS, INTRO_HEADING, journey } from '../support/journeys';
import { STEADY_AND_LOW_RISK } from '../support/people';
import { confirmAnswers, walkJourney } from '../support/walk';
import {
  collectFrameConsole,
  collectPageErrors,
  contrastWithWhite,
  embeddedFrame,
  frameAsPage,
  hostUrl,
} from './support/embed-host';

/** The stylesheet's own button colour (#00703c), used when no accent is set. */
const DEFAULT_BUTTON = 'rgb(0, 112, 60)';

test.describe.configure({ mode: 'parallel' });

test('invalid settings are refused with a warning naming each, and the questionnaire still completes', async ({
  page,
}) => {
  const warnings = collectFrameConsole(page, 'warning');
  const consoleErrors = collectFrameConsole(page, 'error');
  const errors = collectPageErrors(page);
  let alerted = false;
  page.on('dialog', async (dialog) => {
    alerted = true;
    await dialog.dismiss();
  });
  await page.goto(hostUrl('invalid-settings.html'));
  const { iframe, frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);

  // The snippet passed the name and colour on as they were (the app is what refuses them), and
  // left out the javascript: contact itself, with a console error.
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect(src.searchParams.get('clinic')).toBe('<b>Bold</b> Clinic');
  expect(src.searchParams.get('accent')).toBe('notacolour');
  expect(src.searchParams.has('contact')).toBe(false);
  expect(consoleErrors).toEqual([
    'calf-ankle-prep: the contact "javascript:alert(1)" is neither a tel: number nor an https: address; it was left out.',
  ]);

  await expect.poll(() => warnings.length).toBe(2);
  expect(warnings).toEqual([
    '[calf-ankle-prep] Setting "clinic" was ignored: it contains < or >, which look like markup.',
    '[calf-ankle-prep] Setting "accent" was ignored: it is not a hex colour like #1d70b8.',
  ]);

  // The name is not shown at all: neither as markup nor as text.
  await expect(frame.locator('b')).toHaveCount(0);
  await expect(frame.locator('.header__clinic')).toHaveCount(0);
  await expect(frame.getByText('Bold', { exact: false })).toHaveCount(0);
  // No contact link, and no javascript: link anywhere.
  await expect(frame.locator('.header__contact')).toHaveCount(0);
  await expect(frame.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // The stylesheet's colours stay.
  const start = frame.getByRole('link', { name: 'Start now' });
  await expect(start).toHaveCSS('background-color', DEFAULT_BUTTON);

  await start.click();
  await expectHeading(app, HEADINGS.area);
  await walkJourney(app, journey(STEADY_AND_LOW_RISK), { axe: false });
  await confirmAnswers(app, { axe: false });
  await expect(frame.locator('.summary-meta')).not.toContainText('for your consultation at');
  expect(alerted, 'no dialog opened').toBe(false);
  expect(errors.map((error) => error.message)).toEqual([]);
});

test('a light accent is darkened until white text on it passes 4.5:1, and a name is shown as text', async ({
  page,
}) => {
  const warnings = collectFrameConsole(page, 'warning');
  await page.goto(hostUrl('light-accent.html'));
  const { frame } = await embeddedFrame(page);
  await expectHeading(frameAsPage(frame), INTRO_HEADING);

  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toMatch(
    /^\[calf-ankle-prep\] Setting "accent" was darkened from #ffff00 to #[0-9a-f]{6} so that text on it stays readable \(WCAG AA\)\.$/,
  );
  const adjusted = /to (#[0-9a-f]{6})/.exec(warnings[0] ?? '')?.[1] ?? '';

  const start = frame.getByRole('link', { name: 'Start now' });
  const colours = await start.evaluate((element) => {
    const style = getComputedStyle(element);
    const header = getComputedStyle(document.querySelector('.header') as Element);
    return { background: style.backgroundColor, text: style.color, stripe: header.borderBottomColor };
  });
  expect(colours.text).toBe('rgb(255, 255, 255)');
  expect(colours.background).not.toBe('rgb(255, 255, 0)');
  expect(contrastWithWhite(colours.background), `button ${colours.background}`).toBeGreaterThanOrEqual(4.5);
  expect(colours.stripe).toBe(colours.background);
  const [r, g, b] = [1, 3, 5].map((index) => parseInt(adjusted.slice(index, index + 2), 16));
  expect(colours.background).toBe(`rgb(${r}, ${g}, ${b})`);

  // On hover the button is darker still.
  await start.hover();
  await expect(start).not.toHaveCSS('background-color', colours.background);
  const hover = await start.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(contrastWithWhite(hover), `hovered button ${hover}`).toBeGreaterThanOrEqual(4.5);

  // Quotes, ampersands and escaped tags in the name are shown as written, never as markup.
  await expect(frame.locator('.header__clinic')).toHaveText('Sunny & Bright "Legs" &lt;i&gt;Clinic&lt;/i&gt;');
  await expect(frame.locator('header i')).toHaveCount(0);
});
