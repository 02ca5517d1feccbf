import { expect, test, type Frame, type Page } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { expectNoAxeViolations } from '../support/axe';
import { SUMMARY_HEADING } from '../support/journeys';
import { STEADY_AND_LOW_RISK } from '../support/people';
import { seedSession } from '../support/seeded-summary';
import { answersOf } from '../support/stored-answers';
import {
  APP_ORIGIN,
  embeddedFrame,
  eventsOfType,
  flushAppMessages,
  frameAsPage,
  hostTraffic,
  hostUrl,
  HOST_ORIGIN,
  receivedData,
  recordHostTraffic,
} from './support/embed-host';
import { pressSendNow } from './support/share';

// "Sent" is said only once the clinic's page replies `summary-received` with the id of the send
// (protocol version 3, decision 0020). The snippet replies by itself; a page that frames the app
// without it and never replies (tests/e2e/fixtures/host/share-no-ack.html) leaves the patient told
// to print their list instead. Forged replies are in foreign-messages.spec.ts.

const CLINIC = 'Riverside Plastic Surgery';
const OFFER = `Send my summary to ${CLINIC}`;
const PREVIEW = `Check what will be sent to ${CLINIC}`;
const SENT = `Your list and answers were sent to ${CLINIC}.`;
const UNCONFIRMED = `No reply came from ${CLINIC} to say that your summary arrived. It may not have reached them. Print it or save it as a PDF instead, and bring it to your appointment.`;
/** The app waits 5 s for the reply (RECEIPT_TIMEOUT_MS); the rest is room for a loaded machine. */
const UNCONFIRMED_WITHIN = 15_000;

/** A message the app's window received. */
interface HeardInFrame {
  origin: string;
  fromParent: boolean;
  data: unknown;
}

declare global {
  interface Window {
    __heardInFrame?: HeardInFrame[];
    summariesHeard?: unknown[];
  }
}

/** The clinic's page with the summary open in its frame, from answers saved in the frame (as after a reload). */
async function openSummary(page: Page, file: string, selector?: string): Promise<Frame> {
  await recordHostTraffic(page);
  await seedSession(page, answersOf(STEADY_AND_LOW_RISK), 'en');
  await page.goto(hostUrl(file));
  const { frame } = await embeddedFrame(page, selector);
  await expectHeading(frameAsPage(frame), SUMMARY_HEADING);
  return frame;
}

/** Records, in the app's window, every message it receives from now on. */
async function recordInFrame(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const heard: HeardInFrame[] = [];
    window.__heardInFrame = heard;
    window.addEventListener('message', (event) => {
      heard.push({ origin: event.origin, fromParent: event.source === window.parent, data: event.data });
    });
  });
}

/** The preview's points and answers, as the patient read them. */
async function previewed(frame: Frame): Promise<{ points: string[]; answers: string[][] }> {
  const preview = frame.getByRole('region', { name: PREVIEW });
  const points = await preview.getByRole('listitem').allTextContents();
  const answers = await preview
    .locator('.summary-list__row')
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']),
    );
  return { points, answers };
}

test.describe.configure({ mode: 'parallel' });

test('with the snippet: "Send now" says sent once the page has the summary, the one the preview showed', async ({
  page,
}) => {
  const frame = await openSummary(page, 'share.html');
  await recordInFrame(frame);
  await frame.getByRole('button', { name: OFFER, exact: true }).click();
  await expect(frame.getByRole('heading', { level: 2, name: PREVIEW })).toBeFocused();
  const shown = await previewed(frame);
  expect(shown.points.length).toBeGreaterThan(0);
  // The preview, its boxes for sensitive answers included, is as accessible as the pages.
  await expect(frame.getByRole('group', { name: 'Sensitive answers' })).toBeVisible();
  await expectNoAxeViolations(page, 'the clinic page with the share preview open in the frame');

  await pressSendNow(page, frame);
  await expect(frame.getByRole('status').filter({ hasText: SENT })).toHaveText(SENT);
  await expect(frame.getByText(SENT)).toBeFocused();
  await expect(frame.getByText(UNCONFIRMED)).toHaveCount(0);

  // The page heard the summary once, and it is what the preview showed.
  await flushAppMessages(page, frame, receivedData);
  const events = await eventsOfType(page, 'summary');
  expect(events, 'exactly one summary for one press').toHaveLength(1);
  const detail = events[0]?.detail as {
    id: string;
    points: { point: string }[];
    answers: { page: string; question: string; answer: string[] }[];
    questionnaireResponse: {
      resourceType: string;
      questionnaire: string;
      item: { linkId: string; text: string; item?: unknown[] }[];
    };
  };
  expect(detail.points.map((point) => point.point)).toEqual(shown.points);
  // The same answers as FHIR: the pages the preview listed, and no others (sensitive answers are
  // left out unless ticked in the preview).
  const fhir = detail.questionnaireResponse;
  expect(fhir.resourceType).toBe('QuestionnaireResponse');
  expect(fhir.questionnaire).toMatch(/^https:\/\/w3id\.org\/calf-ankle-prep\/fhir\/Questionnaire\/calf-ankle-prep\|/);
  // (A page with nothing given, such as the options read or no questions of one's own, is an empty
  // group, where the rows may say "Not given".)
  const rowPages = new Set(detail.answers.map((row) => row.page));
  const groups = fhir.item.map((item) => item.text);
  expect(groups).toEqual(expect.arrayContaining([...rowPages]));
  for (const item of fhir.item) if (item.item !== undefined) expect(rowPages).toContain(item.text);
  expect(fhir.item.map((item) => item.linkId)).not.toContain('wellbeing');
  expect(fhir.item.map((item) => item.linkId)).not.toContain('pregnancy');
  expect(detail.answers.map((row) => [row.question, row.answer.join('; ')])).toEqual(shown.answers);
  expect(detail.id).toMatch(/^[0-9a-f]{32}$/);
  const summaryMessages = (await hostTraffic(page)).messages.filter(
    (message) => (message.data as { type?: string } | null)?.type === 'summary',
  );
  expect(summaryMessages).toHaveLength(1);
  expect(summaryMessages[0]).toMatchObject({
    origin: APP_ORIGIN,
    fromEmbed: true,
    data: { protocol: 'calf-ankle-prep', version: 3 },
  });

  // The snippet's reply: once, from the clinic's page itself, with that send's id.
  const heard = await frame.evaluate(() => window.__heardInFrame ?? []);
  expect(heard).toEqual([
    {
      origin: HOST_ORIGIN,
      fromParent: true,
      data: { protocol: 'calf-ankle-prep', version: 3, type: 'summary-received', payload: { id: detail.id } },
    },
  ]);
});

test('a page that frames the app itself and never replies: told to print instead, never "sent"', async ({ page }) => {
  const frame = await openSummary(page, 'share-no-ack.html', '#questionnaire');
  await frame.getByRole('button', { name: OFFER, exact: true }).click();
  await expect(frame.getByRole('heading', { level: 2, name: PREVIEW })).toBeFocused();
  await pressSendNow(page, frame);

  // The app's own wait (5 s) runs out: a condition to wait for, not a pause.
  const unconfirmed = frame.getByRole('status').filter({ hasText: UNCONFIRMED });
  await expect(unconfirmed).toHaveText(UNCONFIRMED, { timeout: UNCONFIRMED_WITHIN });
  await expect(frame.getByText(UNCONFIRMED)).toBeFocused();
  await expect(frame.getByText(SENT)).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Try sending again', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the clinic page with the "no reply" message in the frame');

  // The page did get the summary; it only never said so.
  await expect.poll(() => page.evaluate(() => window.summariesHeard?.length)).toBe(1);
  // Trying again goes back to the preview, not straight to another send.
  await frame.getByRole('button', { name: 'Try sending again', exact: true }).click();
  await expect(frame.getByRole('heading', { level: 2, name: PREVIEW })).toBeFocused();
  expect(await page.evaluate(() => window.summariesHeard?.length)).toBe(1);
});
