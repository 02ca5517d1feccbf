import { expect, test, type Frame, type Page } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { HEADINGS, INTRO_HEADING, journey, SUMMARY_HEADING, type PageVisit } from '../support/journeys';
import { EVERY_PAGE, STEADY_AND_LOW_RISK } from '../support/people';
import { seedSession } from '../support/seeded-summary';
import { storedAnswers } from '../support/stored-answers';
import { pointIdsOnSummary } from '../support/summary';
import { pressSendNow } from './support/share';
import { confirmAnswers, walkJourney } from '../support/walk';
import {
  answerTexts,
  APP_ORIGIN,
  embeddedFrame,
  eventsOfType,
  eventTypes,
  flushAppMessages,
  frameAsPage,
  hostTraffic,
  hostUrl,
  keysDeep,
  receivedData,
  recordHostTraffic,
} from './support/embed-host';

const CLINIC = 'Riverside Plastic Surgery';
const SEND = `Send my summary to ${CLINIC}`;

/** From the host page's start to the summary inside the snippet's frame. */
async function runToSummary(page: Page, file: string, visits: readonly PageVisit[]): Promise<Frame> {
  await recordHostTraffic(page);
  await page.goto(hostUrl(file));
  const { frame } = await embeddedFrame(page);
  const app = frameAsPage(frame);
  await expectHeading(app, INTRO_HEADING);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  await walkJourney(app, visits, { axe: false });
  await confirmAnswers(app, { axe: false });
  return frame;
}

/**
 * The clinic's page with the summary open inside the frame, from answers saved in the frame as
 * after a reload: for the tests about what happens on the summary (the walk is the first test's).
 */
async function openSummaryInFrame(page: Page, file: string, visits: readonly PageVisit[]): Promise<Frame> {
  await recordHostTraffic(page);
  await seedSession(page, storedAnswers(visits), 'en');
  await page.goto(hostUrl(file));
  const { frame } = await embeddedFrame(page);
  await expectHeading(frameAsPage(frame), SUMMARY_HEADING);
  return frame;
}

const isMarker = (data: unknown) => typeof data === 'string' && data.startsWith('test-marker-');

/** Typed numbers (height and weight) would match the parts' numbers; everything else must not appear. */
function privateTexts(visits: readonly PageVisit[]): string[] {
  return answerTexts(visits).filter((text) => !/^\d+$/.test(text));
}

test.describe.configure({ mode: 'parallel' });

test('the host hears ready, started, the eight parts and completed, and never a page or an answer', async ({
  page,
}) => {
  const visits = journey(EVERY_PAGE);
  const frame = await runToSummary(page, 'share.html', visits);
  await expect.poll(() => eventTypes(page)).toContain('completed');
  await flushAppMessages(page, frame, receivedData);

  const { events, messages } = await hostTraffic(page);
  const fromApp = messages.filter((message) => !isMarker(message.data));
  expect(events.map((event) => [event.type.replace('calf-ankle-prep:', ''), event.detail])).toEqual([
    ['ready', {}],
    ['started', {}],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((part) => ['progress', { part, of: 8 }]),
    ['completed', {}],
  ]);
  for (const event of events) expect(event.target).toBe('questionnaire');
  expect(await pointIdsOnSummary(frameAsPage(frame))).not.toHaveLength(0);

  // Each event is a message from the app's own frame, of protocol version 3, passed on as it came.
  expect(fromApp.every((message) => message.origin === APP_ORIGIN && message.fromEmbed)).toBe(true);
  expect(fromApp.map((message) => message.data)).toEqual(
    events.map((event) => ({
      protocol: 'calf-ankle-prep',
      version: 3,
      type: event.type.replace('calf-ankle-prep:', ''),
      payload: event.detail,
    })),
  );

  // Nothing the person chose or typed, no page id and no count of points is in anything the host received.
  const sent = JSON.stringify({ events, fromApp });
  const texts = privateTexts(visits);
  expect(texts.length).toBeGreaterThan(25);
  for (const text of texts) expect(sent, `the answer "${text}" was sent to the host`).not.toContain(text);
  for (const visit of visits)
    expect(sent, `the page id "${visit.step}" was sent to the host`).not.toContain(`"${visit.step}"`);
  expect(keysDeep(fromApp.map((message) => message.data))).not.toContain('answers');
  expect(new Set(keysDeep(events.map((event) => event.detail)))).toEqual(new Set(['part', 'of']));
});

test('sharing enabled: the summary goes to the clinic only when the patient presses the button, once', async ({
  page,
}) => {
  const visits = journey(EVERY_PAGE);
  const frame = await openSummaryInFrame(page, 'share.html', visits);

  await expect(frame.getByText('Nothing has been sent.', { exact: false })).toBeVisible();
  const send = frame.getByRole('button', { name: SEND, exact: true });
  await expect(send).toBeVisible();
  // Everything the app has posted so far has arrived: no summary among it.
  await flushAppMessages(page, frame, receivedData);
  expect(await eventsOfType(page, 'summary'), 'no summary before the button press').toHaveLength(0);

  // The first button opens a preview; only "Send now" under it sends (a visible, deliberate press).
  await send.click();
  await pressSendNow(page, frame);
  await expect(frame.getByRole('status').filter({ hasText: 'were sent' })).toHaveText(
    `Your list and answers were sent to ${CLINIC}.`,
  );
  await expect.poll(async () => (await eventsOfType(page, 'summary')).length).toBe(1);
  await flushAppMessages(page, frame, receivedData);
  const summaries = await eventsOfType(page, 'summary');
  expect(summaries, 'exactly one summary for one press').toHaveLength(1);
  expect(summaries[0]?.target).toBe('questionnaire');

  const summary = summaries[0]?.detail as {
    preparedAt: string;
    points: { id: string; point: string }[];
    answers: { page: string; question: string; answer: string[] }[];
  };
  expect(Date.parse(summary.preparedAt)).not.toBeNaN();
  const ids = summary.points.map((point) => point.id);
  for (const id of await pointIdsOnSummary(frameAsPage(frame))) expect(ids, `point ${id} on screen`).toContain(id);
  // The answers, as the person gave them: a choice and the text they typed.
  const given = summary.answers.flatMap((row) => row.answer);
  expect(given).toContain('Another energy-based method');
  expect(given).toContain('Amlodipine 5 mg each morning; levothyroxine 50 micrograms');
  expect(summary.answers.length).toBeGreaterThanOrEqual(visits.length);

  const messages = (await hostTraffic(page)).messages.filter(
    (message) => (message.data as { type?: string }).type === 'summary',
  );
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ origin: APP_ORIGIN, fromEmbed: true });
});

test('sharing not enabled by the clinic: no send button and no summary message, ever', async ({ page }) => {
  const frame = await openSummaryInFrame(page, 'no-share.html', journey(STEADY_AND_LOW_RISK));

  await expect(frame.getByRole('button', { name: /^Send my summary/ })).toHaveCount(0);
  await expect(frame.getByText('Nothing has been sent.', { exact: false })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Print or save as PDF' }).first()).toBeVisible();
  await flushAppMessages(page, frame, receivedData);
  expect(await eventsOfType(page, 'summary')).toHaveLength(0);
  const { messages } = await hostTraffic(page);
  expect(messages.some((message) => (message.data as { type?: string }).type === 'summary')).toBe(false);
  expect(keysDeep(messages.map((message) => message.data))).not.toContain('answers');
});
