import { expect, test, type Frame, type Page } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { HEADINGS, INTRO_HEADING, journey, type PageVisit } from '../support/journeys';
import { EVERY_PAGE, STEADY_AND_LOW_RISK } from '../support/people';
import { pointIdsOnSummary } from '../support/summary';
import { confirmAnswers, walkJourney } from '../support/walk';
import {
  allPostedMessagesArrived,
  answerTexts,
  APP_ORIGIN,
  embeddedFrame,
  eventsOfType,
  eventTypes,
  frameAsPage,
  hostTraffic,
  hostUrl,
  keysDeep,
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

/** Typed numbers (height and weight) would match heights and counts; everything else must not appear. */
function privateTexts(visits: readonly PageVisit[]): string[] {
  return answerTexts(visits).filter((text) => !/^\d+$/.test(text));
}

test.describe.configure({ mode: 'parallel' });

test('the host hears ready, then each page, then complete, and never an answer', async ({ page }) => {
  const visits = journey(EVERY_PAGE);
  const frame = await runToSummary(page, 'share.html', visits);
  await expect.poll(() => eventTypes(page)).toContain('complete');

  const types = await eventTypes(page);
  expect(types[0]).toBe('ready');
  expect(types.at(-1)).toBe('complete');
  expect(types.filter((type) => type === 'ready')).toHaveLength(1);
  expect(types.filter((type) => type === 'complete')).toHaveLength(1);
  expect(types.slice(1, -1).every((type) => type === 'step'), `only steps between ready and complete: ${types.join(', ')}`).toBe(true);

  // One step per page, in the order shown, with the position among the question pages.
  const steps = (await eventsOfType(page, 'step')).map((event) => event.detail as { step: string; position: number; count: number });
  expect(steps.map((step) => step.step)).toEqual(['intro', ...visits.map((visit) => visit.step), 'check-answers', 'summary']);
  expect(steps[0]).toEqual({ step: 'intro', position: 0, count: expect.any(Number) });
  visits.forEach((visit, index) => expect(steps[index + 1], visit.step).toMatchObject({ step: visit.step, position: index + 1 }));
  expect(steps.at(-2)).toEqual({ step: 'check-answers', position: visits.length, count: visits.length });
  expect(steps.at(-1)).toEqual({ step: 'summary', position: visits.length, count: visits.length });
  for (const event of await hostTraffic(page).then((traffic) => traffic.events)) expect(event.target).toBe('questionnaire');

  const complete = (await eventsOfType(page, 'complete'))[0]?.detail as { pointCount: number };
  const shown = await pointIdsOnSummary(frameAsPage(frame));
  expect(complete.pointCount).toBeGreaterThanOrEqual(shown.length);
  expect(complete.pointCount).toBeGreaterThan(0);

  // Nothing the person chose or typed is in any event or any message the host received.
  const { events, messages } = await hostTraffic(page);
  expect(messages.every((message) => message.origin === APP_ORIGIN && message.fromEmbed)).toBe(true);
  expect(messages.map((message) => (message.data as { type: string }).type)).toEqual(
    events.map((event) => event.type.replace('calf-ankle-prep:', '')),
  );
  const sent = JSON.stringify({ events, messages });
  const texts = privateTexts(visits);
  expect(texts.length).toBeGreaterThan(25);
  for (const text of texts) expect(sent, `the answer "${text}" was sent to the host`).not.toContain(text);
  expect(keysDeep(events.map((event) => event.detail))).not.toContain('answers');
  expect(keysDeep(messages.map((message) => message.data))).not.toContain('answers');
});

test('sharing enabled: the summary goes to the clinic only when the patient presses the button, once', async ({ page }) => {
  const visits = journey(EVERY_PAGE);
  const frame = await runToSummary(page, 'share.html', visits);
  await expect.poll(() => eventTypes(page)).toContain('complete');

  await expect(frame.getByText('Nothing has been sent.', { exact: false })).toBeVisible();
  expect(await eventsOfType(page, 'summary'), 'no summary before the button press').toHaveLength(0);
  const send = frame.getByRole('button', { name: SEND, exact: true });
  await expect(send).toBeVisible();
  // Let any summary message the app has sent unasked arrive before looking for one.
  await allPostedMessagesArrived(page, frame);
  expect(await eventsOfType(page, 'summary'), 'no summary before the button press').toHaveLength(0);

  await send.click();
  await expect(frame.getByRole('status').filter({ hasText: 'were sent' })).toHaveText(
    `Your list and answers were sent to ${CLINIC}.`,
  );
  await expect.poll(async () => (await eventsOfType(page, 'summary')).length).toBe(1);
  // A second summary for the same press would have been posted by now: let it arrive, if any.
  await allPostedMessagesArrived(page, frame);
  const summaries = await eventsOfType(page, 'summary');
  expect(summaries, 'exactly one summary for one press').toHaveLength(1);
  expect(summaries[0]?.target).toBe('questionnaire');

  const summary = summaries[0]?.detail as {
    preparedAt: string;
    points: { id: string; point: string }[];
    answers: { page: string; question: string; answer: string[] }[];
  };
  expect(Date.parse(summary.preparedAt)).not.toBeNaN();
  const complete = (await eventsOfType(page, 'complete'))[0]?.detail as { pointCount: number };
  expect(summary.points).toHaveLength(complete.pointCount);
  const ids = summary.points.map((point) => point.id);
  for (const id of await pointIdsOnSummary(frameAsPage(frame))) expect(ids, `point ${id} on screen`).toContain(id);
  // The answers, as the person gave them: a choice and the text they typed.
  const given = summary.answers.flatMap((row) => row.answer);
  expect(given).toContain('Another energy-based method');
  expect(given).toContain('Amlodipine 5 mg each morning; levothyroxine 50 micrograms');
  expect(summary.answers.length).toBeGreaterThanOrEqual(visits.length);

  const messages = (await hostTraffic(page)).messages.filter((message) => (message.data as { type: string }).type === 'summary');
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ origin: APP_ORIGIN, fromEmbed: true });
});

test('sharing not enabled by the clinic: no send button and no summary message, ever', async ({ page }) => {
  const frame = await runToSummary(page, 'no-share.html', journey(STEADY_AND_LOW_RISK));
  await expect.poll(() => eventTypes(page)).toContain('complete');

  await expect(frame.getByRole('button', { name: /^Send my summary/ })).toHaveCount(0);
  await expect(frame.getByText('Nothing has been sent.', { exact: false })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Print or save as PDF' }).first()).toBeVisible();
  await allPostedMessagesArrived(page, frame);
  expect(await eventsOfType(page, 'summary')).toHaveLength(0);
  const { messages } = await hostTraffic(page);
  expect(messages.some((message) => (message.data as { type: string }).type === 'summary')).toBe(false);
  expect(keysDeep(messages.map((message) => message.data))).not.toContain('answers');
});
