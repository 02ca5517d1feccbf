// A cold load in real Chromium over an emulated slow phone line: what a patient's page does, as a
// check on Lighthouse's simulation (which models, rather than runs, the slow line). Chromium's
// DevTools throttling applies the latency and bandwidth per request, close to Lighthouse's
// "devtools" mode; the figures are for comparing builds, not for quoting as field data.
/* global window -- these functions run in the page */
import { firstPaintRows } from './first-paint.mjs';
import { probedPage, readMarks, waitForPainted } from './paint-probe.mjs';
import { summarize } from './stats.mjs';

/** Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4x CPU. */
export const SLOW_PHONE = { latencyMs: 150, downloadKbps: 1638.4, uploadKbps: 750, cpuSlowdown: 4 };

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {import('./first-paint.mjs').Row} row
 */
async function loadOnce(browser, url, row) {
  const { context, page, cdp } = await probedPage(browser, row.expected);
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latencyMs,
      downloadThroughput: (SLOW_PHONE.downloadKbps * 1024) / 8,
      uploadThroughput: (SLOW_PHONE.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
    await page.goto(`${url}${row.path}`, { waitUntil: 'commit' });
    await waitForPainted(page);
    await page.waitForFunction(() => /** @type {any} */ (window).__benchProbe.appStarted !== undefined, null, {
      timeout: 30_000,
    });
    // Let a late largest-contentful-paint candidate arrive.
    await page.waitForTimeout(300);
    const marks = await readMarks(page);
    return {
      fcp: marks.fcp,
      lcp: marks.lcp,
      appStarted: marks.appStarted,
      painted: marks.painted,
      firstQuestion: row.expected.kind === 'question' ? marks.painted : undefined,
    };
  } finally {
    await context.close();
  }
}

/**
 * Median of `repeats` cold loads of the start page and of a page opened part-way (#/area, where
 * the prerendered page is hidden and the app paints), in English.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {Parameters<typeof firstPaintRows>[0]} words
 */
export async function measureThrottledLoad(browser, url, words, repeats = 5) {
  const rows = firstPaintRows(words);
  const result = { profile: SLOW_PHONE, repeats };
  for (const [key, id] of /** @type {const} */ ([
    ['start', 'start-en'],
    ['area', 'area-en'],
  ])) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new Error(`No first-paint row ${id}`);
    const runs = [];
    for (let i = 0; i < repeats; i++) runs.push(await loadOnce(browser, url, row));
    result[key] = {
      path: row.path,
      median: Object.fromEntries(
        ['fcp', 'lcp', 'appStarted', 'painted', 'firstQuestion'].map((k) => [
          `${k}Ms`,
          summarize(runs.map((r) => r[k])).median,
        ]),
      ),
      runs,
    };
  }
  return result;
}
