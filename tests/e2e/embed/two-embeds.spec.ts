import { expect, test, type Frame, type Page } from '@playwright/test';
import { answerPage, choiceGroup, expectHeading } from '../support/answer-page';
import { HEADINGS, INTRO_HEADING } from '../support/journeys';
import { embeddedFrame, frameAsPage, HOST_ORIGIN, hostUrl } from './support/embed-host';

// Two embeds on one clinic page share the app's origin, so they share its sessionStorage; the
// snippet gives each an embed id (the container's id, else its place among the page's embeds)
// and the app keeps each embed's progress under its own key (sessionKey in
// src/persistence/session-store.ts).

const CALF = '#calf-prep iframe';
const ANKLE = '[data-clinic="Riverside Ankle Clinic"] iframe';
const CALF_KEY = `calf-ankle-prep:v1:${HOST_ORIGIN}:calf-prep`;
const ANKLE_KEY = `calf-ankle-prep:v1:${HOST_ORIGIN}:embed-2`;

async function frames(page: Page): Promise<{ calf: Frame; ankle: Frame }> {
  const { frame: calf } = await embeddedFrame(page, CALF);
  const { frame: ankle } = await embeddedFrame(page, ANKLE);
  return { calf, ankle };
}

/** The place each embed has saved, as the app's origin stores it. */
function savedPlaces(frame: Frame) {
  return frame.evaluate(
    (keys) =>
      keys.map((key) => {
        const saved = window.sessionStorage.getItem(key);
        return saved ? (JSON.parse(saved) as { place: string }).place : null;
      }),
    [CALF_KEY, ANKLE_KEY],
  );
}

function radio(frame: Frame, legend: string, label: string) {
  return choiceGroup(frameAsPage(frame), legend).getByRole('radio', { name: label, exact: true });
}

test('two embeds on one page, both answered, then a reload: each frame has its own answers', async ({ page }) => {
  await page.goto(hostUrl('two-embeds.html'));
  let { calf, ankle } = await frames(page);
  expect(new URL(calf.url()).searchParams.get('embed')).toBe('calf-prep');
  expect(new URL(ankle.url()).searchParams.get('embed')).toBe('embed-2');

  // The calf embed: from its start page, two pages answered.
  await expectHeading(frameAsPage(calf), INTRO_HEADING);
  await calf.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(frameAsPage(calf), HEADINGS.area);
  await answerPage(
    frameAsPage(calf),
    { 'Which area would you like to change?': 'My calves', 'Is it one leg or both?': 'Both legs' },
    HEADINGS.concerns,
    { axe: false },
  );
  await answerPage(
    frameAsPage(calf),
    { 'What bothers you about them?': ['They look too big'] },
    HEADINGS['calf-feel'],
    { axe: false },
  );

  // The ankle embed (no start page): other answers on the same first page.
  await expectHeading(frameAsPage(ankle), HEADINGS.area);
  await answerPage(
    frameAsPage(ankle),
    { 'Which area would you like to change?': 'My ankles', 'Is it one leg or both?': 'One leg only' },
    HEADINGS.concerns,
    { axe: false },
  );
  await expect.poll(() => savedPlaces(calf)).toEqual(['calf-feel', 'concerns']);

  await page.reload();
  ({ calf, ankle } = await frames(page));
  // Each frame reopens where it was, with its own clinic.
  await expectHeading(frameAsPage(calf), HEADINGS['calf-feel']);
  await expectHeading(frameAsPage(ankle), HEADINGS.concerns);
  await expect(calf.locator('.header__clinic')).toHaveText('Riverside Calf Clinic');
  await expect(ankle.locator('.header__clinic')).toHaveText('Riverside Ankle Clinic');

  // The ankle frame's first page has the ankle answers, and nothing from the calf frame.
  await ankle.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(frameAsPage(ankle), HEADINGS.area);
  await expect(radio(ankle, 'Which area would you like to change?', 'My ankles')).toBeChecked();
  await expect(radio(ankle, 'Is it one leg or both?', 'One leg only')).toBeChecked();
  await expect(radio(ankle, 'Which area would you like to change?', 'My calves')).not.toBeChecked();

  // The calf frame's pages have the calf answers.
  await calf.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(frameAsPage(calf), HEADINGS.concerns);
  await expect(
    choiceGroup(frameAsPage(calf), 'What bothers you about them?').getByRole('checkbox', {
      name: 'They look too big',
      exact: true,
    }),
  ).toBeChecked();
  await calf.getByRole('button', { name: 'Back', exact: true }).click();
  await expectHeading(frameAsPage(calf), HEADINGS.area);
  await expect(radio(calf, 'Which area would you like to change?', 'My calves')).toBeChecked();
  await expect(radio(calf, 'Is it one leg or both?', 'Both legs')).toBeChecked();
  await expect(radio(calf, 'Is it one leg or both?', 'One leg only')).not.toBeChecked();
});
