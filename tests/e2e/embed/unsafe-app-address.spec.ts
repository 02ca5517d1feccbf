import { expect, test } from '@playwright/test';
import { expectHeading } from '../support/answer-page';
import { INTRO_HEADING } from '../support/journeys';
import { APP_ORIGIN, embeddedFrame, frameAsPage, hostUrl } from './support/embed-host';

// Markup sanitisers keep data-* attributes, so a clinic's CMS may pass on a `data-app` that was
// never meant as the questionnaire's address. The snippet loads only an absolute https: address
// (or http: on this machine): anything else is refused with a console error, and no frame is made.

/** The containers of tests/e2e/fixtures/host/unsafe-app-address.html, with the value each carries. */
const REFUSED = {
  'javascript-url': "javascript:parent.postMessage('javascript-ran','*')",
  'javascript-url-disguised': " JaVaScRiPt:parent.postMessage('javascript-ran','*')",
  'data-url': "data:text/html,<script>parent.postMessage('data-ran','*')</script>",
  relative: 'prep/',
  'root-relative': '/prep/',
  'protocol-relative': '//127.0.0.1:4180/',
} as const;

test('data-app values that are javascript:, data:, relative or protocol-relative are refused, each with a console error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as Window & { heard?: unknown[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(event.data));
  });

  await page.goto(hostUrl('unsafe-app-address.html'));
  // The snippet ran: the usable address got its frame, and the questionnaire opened in it.
  const { iframe, frame } = await embeddedFrame(page, '#usable iframe');
  await expectHeading(frameAsPage(frame), INTRO_HEADING);
  expect((await iframe.getAttribute('src'))?.startsWith(`${APP_ORIGIN}/?`)).toBe(true);

  for (const [id, value] of Object.entries(REFUSED)) {
    await expect(page.locator(`#${id}`).locator('*'), `no frame for ${id}`).toHaveCount(0);
    expect(errors, `the console error for ${id}`).toContain(
      `calf-ankle-prep: the app address "${value}" is not an https: address; the questionnaire was not embedded.`,
    );
  }
  expect(errors).toHaveLength(Object.keys(REFUSED).length);
  // Only the page's own frame and the usable one exist; nothing ran, nothing was fetched from the values.
  expect(page.frames()).toHaveLength(2);
  expect(dialogs).toBe(0);
  expect(requests.filter((url) => /^(javascript|data):/i.test(url) || url.startsWith(hostUrl('prep')))).toEqual([]);
  expect(
    await page.evaluate(() =>
      (window as Window & { heard?: unknown[] }).heard?.filter((data) => typeof data === 'string'),
    ),
  ).toEqual([]);
});
