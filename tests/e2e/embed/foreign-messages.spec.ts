import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { HEADINGS, INTRO_HEADING, SUMMARY_HEADING } from '../support/journeys';
import { STEADY_AND_LOW_RISK } from '../support/people';
import { seedSession } from '../support/seeded-summary';
import { answersOf } from '../support/stored-answers';
import {
  APP_ORIGIN,
  collectFrameConsole,
  collectPageErrors,
  embeddedFrame,
  expectWindowHeightFrame,
  FOREIGN_ORIGIN,
  frameAsPage,
  frameHeight,
  hostTraffic,
  hostUrl,
  HOST_ORIGIN,
  recordHostTraffic,
} from './support/embed-host';
import { pressSendNow } from './support/share';

/** Well-formed app messages (protocol version 3) that would announce progress or fake a shared summary. */
const FAKES = [
  { protocol: 'calf-ankle-prep', version: 3, type: 'ready', payload: {} },
  { protocol: 'calf-ankle-prep', version: 3, type: 'started', payload: {} },
  { protocol: 'calf-ankle-prep', version: 3, type: 'progress', payload: { part: 7, of: 8 } },
  { protocol: 'calf-ankle-prep', version: 3, type: 'completed', payload: {} },
  {
    protocol: 'calf-ankle-prep',
    version: 3,
    type: 'summary',
    payload: {
      id: '0123456789abcdef0123456789abcdef',
      preparedAt: '2026-01-01T00:00:00.000Z',
      language: 'en',
      points: [],
      answers: [{ page: 'x', question: 'y', answer: ['forged'] }],
      patient: {},
    },
  },
];

/** The clinic page with the snippet, on the start page; returns the frame and its height and style. */
async function openEmbed(page: Page): Promise<{ iframe: Locator; frame: Frame; height: number; style: string }> {
  await recordHostTraffic(page);
  await page.goto(hostUrl('share.html'));
  const { iframe, frame } = await embeddedFrame(page);
  await expectHeading(frameAsPage(frame), INTRO_HEADING);
  await expect
    .poll(async () => (await hostTraffic(page)).events.map((event) => event.type))
    .toEqual(['calf-ankle-prep:ready']);
  const height = await expectWindowHeightFrame(page, iframe, 'the start page');
  const style = await iframe.evaluate((element) => element.getAttribute('style') ?? '');
  return { iframe, frame, height, style };
}

/** Waits until the host window has received `count` messages from `origin`. */
async function expectMessagesFrom(page: Page, origin: string, count: number): Promise<void> {
  await expect
    .poll(async () => (await hostTraffic(page)).messages.filter((message) => message.origin === origin).length, {
      message: `messages from ${origin}`,
    })
    .toBe(count);
}

test.describe.configure({ mode: 'parallel' });

test('the snippet ignores messages from another origin, from the host page itself and from other frames', async ({
  page,
}) => {
  // A third origin: a page that posts forged app messages to whatever page frames it.
  await page.route(`${FOREIGN_ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Forger</title><script>
        for (const message of ${JSON.stringify(FAKES)}) parent.postMessage(message, '*');
      </script>`,
    }),
  );
  const { iframe, frame, height, style } = await openEmbed(page);
  const before = (await hostTraffic(page)).events.length;

  // 1. A frame from a foreign origin.
  await page.evaluate((src) => {
    const forger = document.createElement('iframe');
    forger.src = src;
    forger.title = 'forger';
    document.body.append(forger);
  }, `${FOREIGN_ORIGIN}/forge.html`);
  await expectMessagesFrom(page, FOREIGN_ORIGIN, FAKES.length);

  // 2. The host page itself (same origin as the page, but not the app).
  await page.evaluate((fakes) => {
    for (const message of fakes) window.postMessage(message, '*');
  }, FAKES);
  await expectMessagesFrom(page, HOST_ORIGIN, FAKES.length);

  // 3. Another frame from the app's own origin, which is not the snippet's iframe.
  await page.evaluate((src) => {
    const other = document.createElement('iframe');
    other.src = src;
    other.title = 'another frame from the app origin';
    other.id = 'other-app-frame';
    document.body.append(other);
  }, `${APP_ORIGIN}/robots.txt`);
  const otherHandle = await page.locator('#other-app-frame').elementHandle();
  const other = await otherHandle?.contentFrame();
  if (!other) throw new Error('no second frame');
  await other.waitForLoadState('load');
  await other.evaluate((fakes) => {
    for (const message of fakes) window.parent.postMessage(message, '*');
  }, FAKES);
  // The app's own frame sent `ready`; the second frame sent the fakes.
  await expectMessagesFrom(page, APP_ORIGIN, 1 + FAKES.length);

  // 4. The app's own frame, with messages that are not the protocol's (another version, type or
  // shape), version 1's among them (a height, a page id, a count of points).
  const malformed = [
    { protocol: 'calf-ankle-prep', version: 1, type: 'resize', payload: { height: 77 } },
    { protocol: 'calf-ankle-prep', version: 1, type: 'step', payload: { step: 'summary', position: 9, count: 9 } },
    { protocol: 'calf-ankle-prep', version: 1, type: 'complete', payload: { pointCount: 3 } },
    { ...FAKES[0], version: 1 },
    { ...FAKES[0], protocol: 'other' },
    { ...FAKES[0], type: 'shrink' },
    { ...FAKES[0], payload: { height: 5000 } },
    { ...FAKES[2], payload: { part: 5, of: 8, step: 'diabetes-control' } },
    JSON.stringify(FAKES[0]),
  ];
  await frame.evaluate((messages) => {
    for (const message of messages) window.parent.postMessage(message, '*');
  }, malformed);
  await expectMessagesFrom(page, APP_ORIGIN, 1 + FAKES.length + malformed.length);

  // None of it changed the frame or reached the page as an event.
  const { events } = await hostTraffic(page);
  expect(
    events.slice(before).map((event) => event.type),
    'no event re-emitted',
  ).toEqual([]);
  expect(await iframe.evaluate((element) => element.getAttribute('style') ?? '')).toBe(style);
  expect(await frameHeight(iframe)).toBe(height);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(INTRO_HEADING);
});

test('with two embeds on one page, each container hears only its own frame', async ({ page }) => {
  const { iframe, frame, height } = await openEmbed(page);
  const firstEvents = (await hostTraffic(page)).events.length;

  await page.evaluate(() => {
    const second = document.createElement('div');
    second.id = 'second';
    document.querySelector('main')?.append(second);
    window.CalfAnklePrep?.embed(second, { clinic: 'Second Clinic', intro: false });
  });
  const { iframe: secondIframe, frame: secondFrame } = await embeddedFrame(page, '#second iframe');
  await expectHeading(frameAsPage(secondFrame), HEADINGS.area);
  await secondFrame.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(secondFrame.getByText('There is a problem')).toBeVisible();
  await expectWindowHeightFrame(page, secondIframe, 'the second embed');

  // With no start page, the second frame opens on the first question: ready, started, part 1.
  await expect
    .poll(async () => (await hostTraffic(page)).events.slice(firstEvents).map((event) => event.type))
    .toEqual(['calf-ankle-prep:ready', 'calf-ankle-prep:started', 'calf-ankle-prep:progress']);
  const events = (await hostTraffic(page)).events.slice(firstEvents);
  expect(
    events.every((event) => event.target === 'second'),
    JSON.stringify(events),
  ).toBe(true);
  expect(await frameHeight(iframe), 'the first frame kept its height').toBe(height);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(INTRO_HEADING);
});

test('the app accepts no messages but a reply to its summary: whatever the host posts into the frame changes nothing', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const consoleErrors = collectFrameConsole(page, 'error');
  const { iframe, frame } = await openEmbed(page);
  const app = frameAsPage(frame);
  await frame.getByRole('link', { name: 'Start now' }).click();
  await expectHeading(app, HEADINGS.area);
  await frame
    .getByRole('group', { name: 'Which area would you like to change?', exact: true })
    .getByRole('radio', { name: 'My calves', exact: true })
    .check();
  const url = frame.url();
  const height = await expectWindowHeightFrame(page, iframe, 'the first question');
  const before = (await hostTraffic(page)).events.length;

  // Count what reaches the app's window, so the test knows every message was delivered.
  await frame.evaluate(() => {
    const counter = window as Window & { __received?: number };
    counter.__received = 0;
    window.addEventListener('message', () => {
      counter.__received = (counter.__received ?? 0) + 1;
    });
  });
  const attempts: unknown[] = [
    ...FAKES,
    { protocol: 'calf-ankle-prep', version: 3, type: 'go', payload: { place: 'summary' } },
    // The one message the app accepts, with nothing sent to acknowledge: it too changes nothing.
    {
      protocol: 'calf-ankle-prep',
      version: 3,
      type: 'summary-received',
      payload: { id: '0123456789abcdef0123456789abcdef' },
    },
    { type: 'GO', place: 'summary' },
    { type: 'RESTART' },
    { answers: { area: { area: 'ankles', legs: 'one-leg' } } },
    { settings: { clinicName: 'Evil', accent: '#ff0000', allowSharing: true } },
    'reset',
    null,
  ];
  await iframe.evaluate((element, messages) => {
    const target = (element as HTMLIFrameElement).contentWindow;
    for (const message of messages) target?.postMessage(message, '*');
  }, attempts);
  await expect
    .poll(() => frame.evaluate(() => (window as Window & { __received?: number }).__received))
    .toBe(attempts.length);
  // Let anything the messages might have set off run: two animation frames.
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  await expectHeading(app, HEADINGS.area);
  expect(frame.url()).toBe(url);
  await expect(frame.getByRole('radio', { name: 'My calves', exact: true })).toBeChecked();
  await expect(frame.locator('.header__clinic')).toHaveText('Riverside Plastic Surgery');
  await expect(frame.getByText('There is a problem')).toHaveCount(0);
  expect(await frameHeight(iframe)).toBe(height);
  expect((await hostTraffic(page)).events.slice(before), 'the app answered nothing').toEqual([]);
  expect(errors.map((error) => error.message)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

/**
 * A forger's page: when told to, it posts the reply it is given into the first frame of the page
 * that holds it (the app's frame, which comes first on the page), as any frame on a clinic's page
 * could.
 */
const FORGER = `addEventListener('message', (event) => {
  if (event.data && event.data.forge) parent.frames[0].postMessage(event.data.forge, '*');
});`;

declare global {
  interface Window {
    __repliesHeard?: { sending: boolean; sent: boolean }[];
    __replyForReal?: boolean;
  }
}

test('forged replies never say "sent": from another origin, another frame of the page\'s origin, or the page with the wrong id or version', async ({
  page,
}) => {
  const CLINIC = 'Riverside Plastic Surgery';
  const SENDING = `Sending your summary to ${CLINIC}…`;
  const SENT = `Your list and answers were sent to ${CLINIC}.`;
  const UNCONFIRMED = `No reply came from ${CLINIC} to say that your summary arrived.`;
  for (const origin of [FOREIGN_ORIGIN, APP_ORIGIN]) {
    await page.route(`${origin}/forger.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Forger</title><script>${FORGER}</script>`,
      }),
    );
  }
  await recordHostTraffic(page);
  await seedSession(page, answersOf(STEADY_AND_LOW_RISK), 'en');
  // A page that frames the app itself and never replies of its own accord.
  await page.goto(hostUrl('share-no-ack.html'));
  const { frame } = await embeddedFrame(page, '#questionnaire');
  await expectHeading(frameAsPage(frame), SUMMARY_HEADING);

  // Three forgers on the clinic's page: a frame of another origin, a frame of the app's origin, and
  // a frame of the page's own origin (srcdoc), which has the right origin but is not the page's window.
  await page.evaluate(
    ({ sources, forger }) => {
      const frames = [...sources.map((src) => ({ src })), { srcdoc: `<script>${forger}</script>` }];
      return Promise.all(
        frames.map(
          (attributes) =>
            new Promise((resolve) => {
              const iframe = Object.assign(document.createElement('iframe'), attributes, { className: 'forger' });
              iframe.addEventListener('load', resolve, { once: true });
              document.body.append(iframe);
            }),
        ),
      );
    },
    { sources: [`${FOREIGN_ORIGIN}/forger.html`, `${APP_ORIGIN}/forger.html`], forger: FORGER },
  );
  // The moment the summary arrives, the page has every forger post a reply with its id, and itself
  // posts replies that are wrong in one way each. All within milliseconds of the send, while the
  // app still waits (5 s).
  const wrongFromPage = await page.evaluate((appOrigin) => {
    const app = (document.getElementById('questionnaire') as HTMLIFrameElement).contentWindow;
    const wrong = (id: string) => {
      const reply = { protocol: 'calf-ankle-prep', version: 3, type: 'summary-received', payload: { id } };
      const otherId = id.replace(/^./, id.startsWith('a') ? 'b' : 'a');
      return [
        { ...reply, payload: { id: otherId } },
        { ...reply, version: 2 },
        { ...reply, type: 'summary' },
        { ...reply, payload: { id, points: [] } },
        JSON.stringify(reply),
      ];
    };
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: string; payload?: { id?: string } } | null;
      if (event.source !== app || data?.type !== 'summary' || typeof data.payload?.id !== 'string') return;
      const { id } = data.payload;
      const reply = { protocol: 'calf-ankle-prep', version: 3, type: 'summary-received', payload: { id } };
      for (const forger of document.querySelectorAll<HTMLIFrameElement>('iframe.forger'))
        forger.contentWindow?.postMessage({ forge: reply }, '*');
      for (const message of wrong(id)) app?.postMessage(message, appOrigin);
      if (window.__replyForReal) app?.postMessage(reply, appOrigin);
    });
    return wrong('0'.repeat(32)).length;
  }, APP_ORIGIN);
  const forgeries = 3 + wrongFromPage;

  // What the app's window hears, and what it showed when each message arrived.
  await frame.evaluate(
    ({ sending, sent }) => {
      const heard: { sending: boolean; sent: boolean }[] = [];
      window.__repliesHeard = heard;
      window.addEventListener('message', () => {
        const text = document.body.textContent ?? '';
        heard.push({ sending: text.includes(sending), sent: text.includes(sent) });
      });
    },
    { sending: SENDING, sent: SENT },
  );

  await frame.getByRole('button', { name: `Send my summary to ${CLINIC}`, exact: true }).click();
  await pressSendNow(page, frame);
  await expect
    .poll(() => frame.evaluate(() => window.__repliesHeard?.length), { message: 'every forged reply delivered' })
    .toBe(forgeries);
  expect(await frame.evaluate(() => window.__repliesHeard), 'each forged reply arrived while the app waited').toEqual(
    Array.from({ length: forgeries }, () => ({ sending: true, sent: false })),
  );

  // How the send ended: the app's own wait ran out (5 s), or a forged reply was taken.
  const outcome = frame.getByRole('status').filter({ hasText: /No reply came|were sent/ });
  await expect(outcome).toBeVisible({ timeout: 15_000 });
  expect(await outcome.textContent(), 'a forged reply made the app say "sent"').toContain(UNCONFIRMED);
  await expect(frame.getByText(SENT)).toHaveCount(0);

  // Control: the same page's real reply, from its own window with the id, is heard and counts.
  await page.evaluate(() => (window.__replyForReal = true));
  await frame.getByRole('button', { name: 'Try sending again', exact: true }).click();
  await pressSendNow(page, frame);
  await expect(frame.getByRole('status').filter({ hasText: SENT })).toHaveText(SENT);
});
