import { expect, test, type Browser, type Frame, type Page } from '@playwright/test';
import { expectHeading, fillPage } from '../support/answer-page';
import {
  CHECK_ANSWERS_HEADING,
  CONTINUE_PREPARING,
  getHelpHeading,
  INTRO_HEADING,
  journey,
  SUMMARY_HEADING,
  type Person,
} from '../support/journeys';
import { EVERY_PAGE } from '../support/people';
import { APP_ORIGIN, embeddedFrame, flushAppMessages, frameAsPage, hostUrl } from './support/embed-host';

// The host page must not learn answers from what the questionnaire sends it when sharing is off
// (decision 0012). tests/e2e/fixtures/host/recorder.html writes down everything it hears (every
// message with its data, every calf-ankle-prep:* event with its detail, every size of the frame,
// and the frame's height at each message and event); two people on different routes must leave
// the same record, byte for byte, from the clinic's page opening to the summary (not sent), and
// the same length of the tab's history.

const SEND = 'Send my summary to Riverside Plastic Surgery';
/** The host's window: the frame is as tall as it (above the frame's 480 px minimum). */
const VIEWPORT = { width: 1280, height: 720 };

/** The shortest route: calves only, traditional liposuction, no diabetes, no surgeon yet; no urgent symptom. */
const SHORTEST_ROUTE: Person = {
  answers: { surgeon: { 'Have you chosen a surgeon?': 'Not yet' } },
  followUps: ['calf-feel'],
};

interface Recorded {
  /** The page's record, as JSON texts, without the markers the test itself posted. */
  log: string[];
  /** The pages the person saw, to show their routes really differ. */
  steps: string[];
  /** The host tab's `history.length` at the summary: pages in the frame must not add entries. */
  historyLength: number;
}

async function hostLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as Window & { hostLog?: string[] }).hostLog ?? []);
}

/** The data of every message in the record (for flushAppMessages). */
async function loggedData(page: Page): Promise<unknown[]> {
  return (await hostLog(page)).map((entry) => (JSON.parse(entry) as { data?: unknown }).data);
}

const isMarker = (entry: string) => /^test-marker-\d+$/.test(String((JSON.parse(entry) as { data?: unknown }).data));

/** Waits for everything the app has posted to arrive; returns the record without markers. */
async function settledLog(page: Page, frame: Frame): Promise<string[]> {
  await flushAppMessages(page, frame, loggedData);
  return (await hostLog(page)).filter((entry) => !isMarker(entry));
}

/**
 * One person, in a fresh browser context (nothing kept from another run), from the clinic's page
 * to the summary through the snippet's frame. On every question page, nothing may reach the host
 * between the page appearing and Continue: filling it in (ticking an urgent symptom, which shows
 * the urgent warning at once) says nothing.
 */
async function recordPerson(browser: Browser, person: Person): Promise<Recorded> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(hostUrl('recorder.html'));
    const { frame } = await embeddedFrame(page);
    const app = frameAsPage(frame);
    await expectHeading(app, INTRO_HEADING);
    await frame.getByRole('link', { name: 'Start now' }).click();

    const visits = journey(person);
    for (const [index, visit] of visits.entries()) {
      await expectHeading(app, visit.heading);
      const arrived = await settledLog(page, frame);
      await fillPage(app, visit.answers);
      if (visit.step === 'urgent-symptoms' && person.answers?.['urgent-symptoms']) {
        // The warning is on screen before Continue: the page inside the frame has grown.
        await expect(frame.getByRole('alert')).toBeVisible();
      }
      expect(await settledLog(page, frame), `nothing reached the host while "${visit.step}" was filled in`).toEqual(
        arrived,
      );
      await frame.getByRole('button', { name: 'Continue', exact: true }).click();
      const getHelp = getHelpHeading(visit);
      if (getHelp) {
        // The get-help page sends nothing of its own: the host hears on the next question what
        // it would have heard there anyway.
        await expectHeading(app, getHelp);
        expect(await settledLog(page, frame), 'nothing reached the host on the get-help page').toEqual(arrived);
        await frame.getByRole('button', { name: CONTINUE_PREPARING }).click();
      }
      await expectHeading(app, visits[index + 1]?.heading ?? CHECK_ANSWERS_HEADING);
    }
    await frame.getByRole('button', { name: 'See my list of points' }).click();
    await expectHeading(app, SUMMARY_HEADING);
    // Up to the point of sharing: the button is there, and not pressed.
    await expect(frame.getByRole('button', { name: SEND, exact: true })).toBeVisible();
    await expect
      .poll(async () => (await hostLog(page)).some((entry) => entry.includes('"calf-ankle-prep:completed"')))
      .toBe(true);
    const log = await settledLog(page, frame);
    const historyLength = await page.evaluate(() => window.history.length);
    return { log, steps: visits.map((visit) => visit.step), historyLength };
  } finally {
    await context.close();
  }
}

/** The record every patient leaves, built from the protocol (version 3) and the frame's one height. */
function expectedLog(frameHeight: number): unknown[] {
  const heard = (type: string, payload: object) => [
    {
      heard: 'message',
      origin: APP_ORIGIN,
      fromFrame: true,
      data: { protocol: 'calf-ankle-prep', version: 3, type, payload },
      frameHeight,
    },
    { heard: 'event', type: `calf-ankle-prep:${type}`, detail: payload, target: 'questionnaire', frameHeight },
  ];
  return [
    { heard: 'frame-size', height: frameHeight },
    ...heard('ready', {}),
    ...heard('started', {}),
    ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((part) => heard('progress', { part, of: 8 })),
    ...heard('completed', {}),
  ];
}

async function expectSameRecord(browser: Browser, first: Person, second: Person) {
  const one = await recordPerson(browser, first);
  const other = await recordPerson(browser, second);
  expect(one.steps, 'the two routes differ').not.toEqual(other.steps);

  expect(one.log.join('\n'), 'byte-identical records').toBe(other.log.join('\n'));
  // And it is what the protocol promises: the frame as tall as the window throughout.
  expect(one.log.map((entry) => JSON.parse(entry) as unknown)).toEqual(expectedLog(VIEWPORT.height));
  // The tab's history, which the host can count, does not grow with the pages either.
  expect(one.historyLength, "the host tab's history.length").toBe(other.historyLength);
}

test.describe.configure({ mode: 'parallel' });
test.setTimeout(180_000);

// The two extremes: every follow-up page and the get-help stop, against the fewest pages. Each
// record is also held to the one the protocol promises (expectedLog), so a route in between (laser
// or not, diabetes or not) cannot differ either without a page that these two routes also have;
// the unit tests of progress-parts check that every route reports the same eight parts.
test('an urgent symptom ticked or none (and every page or the fewest): the host hears exactly the same', async ({
  browser,
}) => {
  await expectSameRecord(browser, EVERY_PAGE, SHORTEST_ROUTE);
});
