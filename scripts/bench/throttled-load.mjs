// A cold load in real Chromium over an emulated slow phone line: what a patient's page does, as a
// check on Lighthouse's simulation (which models, rather than runs, the slow line). Chromium's
// DevTools throttling applies the latency and bandwidth per request, close to Lighthouse's
// "devtools" mode; the figures are for comparing builds, not for quoting as field data.
/* global window, document, getComputedStyle, MutationObserver -- these functions run in the page */
import { summarize } from './stats.mjs';
import { VIEWPORT } from './interaction.mjs';

/** Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbps down, 750 kbps up, 4x CPU. */
export const SLOW_PHONE = { latencyMs: 150, downloadKbps: 1638.4, uploadKbps: 750, cpuSlowdown: 4 };

/** Installed before any page script: paint entries, and when the app and the first question are there. */
function installProbe() {
  /** @type {Record<string, number>} */
  const marks = {};
  /** @type {any} */ (window).__loadMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver(() => {
    // The app sets the page's own title ("<page> – <app>"); the HTML's title has no dash.
    if (marks.appStarted === undefined && document.title.includes(' – ')) marks.appStarted = performance.now();
    const radio = document.querySelector('main input[type=radio]');
    const visible = radio && radio.getClientRects().length > 0 && getComputedStyle(radio).visibility === 'visible';
    if (marks.firstQuestion === undefined && visible) marks.firstQuestion = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {'/' | '/#/area'} path
 */
async function loadOnce(browser, url, path) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latencyMs,
      downloadThroughput: (SLOW_PHONE.downloadKbps * 1024) / 8,
      uploadThroughput: (SLOW_PHONE.uploadKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
    await page.goto(`${url}${path}`);
    await page.waitForFunction(
      (wantQuestion) => {
        const marks = /** @type {any} */ (window).__loadMarks;
        return marks.appStarted !== undefined && (!wantQuestion || marks.firstQuestion !== undefined);
      },
      path === '/#/area',
      { timeout: 30_000 },
    );
    // Let a late largest-contentful-paint candidate arrive.
    await page.waitForTimeout(300);
    return await page.evaluate(() => ({ .../** @type {any} */ (window).__loadMarks }));
  } finally {
    await context.close();
  }
}

/**
 * Median of `repeats` cold loads of the start page and of a page opened part-way (#/area, where
 * the prerendered page is hidden and the app paints).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measureThrottledLoad(browser, url, repeats = 5) {
  const result = { profile: SLOW_PHONE, repeats };
  for (const [key, path] of /** @type {const} */ ([
    ['start', '/'],
    ['area', '/#/area'],
  ])) {
    const runs = [];
    for (let i = 0; i < repeats; i++) runs.push(await loadOnce(browser, url, path));
    result[key] = {
      path,
      median: Object.fromEntries(
        ['fcp', 'lcp', 'appStarted', 'firstQuestion'].map((k) => [`${k}Ms`, summarize(runs.map((r) => r[k])).median]),
      ),
      runs,
    };
  }
  return result;
}
