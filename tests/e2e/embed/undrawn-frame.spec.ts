import { expect, test } from '@playwright/test';
import { APP_ORIGIN, hostTraffic, hostUrl, recordHostTraffic } from './support/embed-host';

// On a plain first visit the app's code is fetched once the start page has painted (decision
// 0008). A frame the browser does not draw (here in a closed `display: none` panel of the clinic's
// page) reports no paint, so the loader's fallback must load the app anyway, or the host page
// would never hear from it.

test('an embed the browser does not draw still loads the app and tells the host page it is ready', async ({ page }) => {
  await recordHostTraffic(page);
  const opened = Date.now();
  await page.goto(hostUrl('closed-panel.html'));
  await expect
    .poll(
      async () =>
        (await hostTraffic(page)).messages
          .filter((m) => m.origin === APP_ORIGIN)
          .map((m) => (m.data as { type?: string }).type),
      {
        timeout: 10_000,
      },
    )
    .toContain('ready');
  // Through the fallback, not a paint: it took the 3 seconds, and the frame has painted nothing.
  expect(Date.now() - opened).toBeGreaterThan(2_500);
  const frame = page.frame({ url: (url) => url.origin === APP_ORIGIN });
  expect(await frame?.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(0);
});
