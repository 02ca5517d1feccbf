import { expect, test, type Frame } from '@playwright/test';
import { answerPage, expectHeading } from '../support/answer-page';
import { CHECK_ANSWERS_HEADING, HEADINGS, INTRO_HEADING, journey } from '../support/journeys';
import { EVERY_PAGE } from '../support/people';
import { confirmAnswers, walkJourney } from '../support/walk';
import {
  blockStorageInAppFrames,
  collectPageErrors,
  embeddedFrame,
  eventTypes,
  expectWindowHeightFrame,
  frameAsPage,
  hostTraffic,
  hostUrl,
  recordHostTraffic,
} from './support/embed-host';

/** The sandbox the docs and the snippet give the app. */
const SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads';

/** What touching each storage inside the frame does: 'ok', or the name of the error thrown. */
function probeStorage(frame: Frame) {
  return frame.evaluate(() => {
    const probe = (read: () => Storage) => {
      try {
        read().getItem('probe');
        return 'ok';
      } catch (error) {
        return error instanceof DOMException ? error.name : String(error);
      }
    };
    return { session: probe(() => window.sessionStorage), local: probe(() => window.localStorage) };
  });
}

test.describe.configure({ mode: 'parallel' });

test('in a sandboxed plain iframe with storage blocked, the whole questionnaire works in memory', async ({ page }) => {
  const errors = collectPageErrors(page);
  await blockStorageInAppFrames(page);
  await page.goto(hostUrl('plain-iframe.html'));
  const { iframe, frame } = await embeddedFrame(page, 'iframe#questionnaire');
  expect(await iframe.getAttribute('sandbox')).toBe(SANDBOX);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);

  // Storage really is out of reach inside the frame (and only there).
  expect(await probeStorage(frame)).toEqual({ session: 'SecurityError', local: 'SecurityError' });
  expect(await page.evaluate(() => typeof window.sessionStorage.getItem)).toBe('function');

  // Without `host`, the app sends nothing and scrolls inside its fixed-height frame.
  await expect(frame.locator('.header__clinic')).toHaveText('Plain Frame Clinic');
  expect(await frame.evaluate(() => document.documentElement.classList.contains('is-embedded'))).toBe(false);

  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  await walkJourney(app, journey(EVERY_PAGE), { axe: false });
  await confirmAnswers(app, { axe: false });
  expect(
    await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight),
  ).toBe(true);

  // The answers are kept in memory: back to check-answers, they are all there.
  await frame.getByRole('button', { name: 'Back to your answers' }).click();
  await expectHeading(app, CHECK_ANSWERS_HEADING);
  await expect(frame.getByText('Amlodipine 5 mg each morning; levothyroxine 50 micrograms')).toBeVisible();
  await frame.getByRole('button', { name: 'See my list of points' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Points to raise at your consultation');

  // Nothing was saved, so a reload starts afresh, without a "could not restore" notice.
  await frame.evaluate(() => window.location.reload());
  await frame.waitForLoadState('load');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/./);
  await expect(frame.getByText('We could not restore your earlier answers')).toHaveCount(0);
  expect(await probeStorage(frame)).toEqual({ session: 'SecurityError', local: 'SecurityError' });
  expect(errors.map((error) => error.message)).toEqual([]);
});

test('control: the same frame without blocking saves progress to sessionStorage', async ({ page }) => {
  await page.goto(hostUrl('plain-iframe.html'));
  const { frame } = await embeddedFrame(page, 'iframe#questionnaire');
  await expectHeading(frameAsPage(frame), INTRO_HEADING);
  expect(await probeStorage(frame)).toEqual({ session: 'ok', local: 'ok' });
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(frameAsPage(frame), HEADINGS.area);
  // Progress is saved once there is something answered.
  await answerPage(
    frameAsPage(frame),
    { 'Which area would you like to change?': 'My ankles', 'Is it one leg or both?': 'Both legs' },
    HEADINGS.concerns,
    { axe: false },
  );
  await expect.poll(() => frame.evaluate(() => Object.keys(window.sessionStorage))).toContain('calf-ankle-prep:v1');
});

test('the snippet with storage blocked: the frame still loads, has its height and tells the host the patient started', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await blockStorageInAppFrames(page);
  await recordHostTraffic(page);
  await page.goto(hostUrl('share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  expect(await iframe.getAttribute('sandbox')).toBe(SANDBOX);
  expect(await probeStorage(frame)).toEqual({ session: 'SecurityError', local: 'SecurityError' });
  await expectHeading(frameAsPage(frame), INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(frameAsPage(frame), HEADINGS.area);
  await expectWindowHeightFrame(page, iframe, 'the first question, storage blocked');
  await expect.poll(() => eventTypes(page)).toEqual(['ready', 'started', 'progress']);
  expect(errors.map((error) => error.message)).toEqual([]);
});

// The other way to block storage, a sandbox without allow-same-origin, gives the frame an opaque
// origin ("null"). Storage throws there, as it should; but the app's module script and stylesheet
// are then cross-origin requests, and the app's server sends no Access-Control-Allow-Origin, so
// the frame stays blank. With that header added (here by the test), the app works in memory, and
// its messages still reach the host (the target origin is the host's), but they come from
// origin "null", which the snippet, rightly, ignores.
test('sandboxed without allow-same-origin: storage throws, and the app runs only if its files allow CORS', async ({
  page,
}) => {
  await recordHostTraffic(page);
  await page.goto(hostUrl('opaque-sandbox.html'));
  let { frame } = await embeddedFrame(page, 'iframe#questionnaire');
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  expect(await probeStorage(frame)).toEqual({ session: 'SecurityError', local: 'SecurityError' });
  // The app cannot load; the prerendered start page stays hidden (its inline gate hides it where
  // storage throws), so the patient sees no dead Start button.
  await expect(frame.getByRole('link', { name: 'Start now' })).toBeHidden();

  await page.route('http://127.0.0.1:4180/assets/**', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
  });
  await page.reload();
  ({ frame } = await embeddedFrame(page, 'iframe#questionnaire'));
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  const { messages } = await hostTraffic(page);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.every((message) => message.origin === 'null')).toBe(true);
  // The app fetches its later chunks (end pages, get-help page) when idle: some may still be in
  // the route above as the test ends, which Playwright reports as an error outside any test.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
