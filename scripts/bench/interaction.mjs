// Time from navigation start to the first control being usable, in an unthrottled Chromium:
// the intro page's "Start now" link, and (opened directly) the first radio of #/area.
// Times are performance.now() in the page, i.e. milliseconds since navigation start.
/* global window, document, requestAnimationFrame, MutationObserver, HTMLInputElement -- these functions run in the page */
import { summarize } from './stats.mjs';

export const VIEWPORT = { width: 412, height: 823 }; // Lighthouse's mobile screen size

/**
 * Installed before any page script: a MutationObserver notes when the control first exists,
 * is enabled and has a layout box, and when the page's h1 or the radio changes after a click.
 */
function installProbe() {
  /** @type {Record<string, number | string | boolean>} */
  const marks = {};
  /** @type {any} */ (window).__benchMarks = marks;
  const frame = (key) => requestAnimationFrame(() => (marks[key] ??= performance.now()));
  let firstHeading;
  const check = () => {
    // The app sets the page's own title ("<page> – <app>") once it has started; the HTML's title has no dash.
    if (marks.appStarted === undefined && document.title.includes(' – ')) marks.appStarted = performance.now();
    const start = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim().startsWith('Start now'));
    if (start && marks.startReady === undefined && start.getClientRects().length > 0) {
      marks.startReady = performance.now();
      frame('startPainted');
    }
    const radio = document.querySelector('main input[type=radio]');
    if (
      radio instanceof HTMLInputElement &&
      marks.radioReady === undefined &&
      !radio.disabled &&
      radio.getClientRects().length > 0
    ) {
      marks.radioReady = performance.now();
      frame('radioPainted');
    }
    if (
      radio instanceof HTMLInputElement &&
      radio.checked &&
      marks.radioChecked === undefined &&
      marks.click !== undefined
    ) {
      marks.radioChecked = performance.now();
      marks.radioFocused = document.activeElement === radio;
      frame('handledPainted');
    }
    const heading = document.querySelector('h1')?.textContent ?? '';
    if (heading && firstHeading === undefined) firstHeading = heading;
    // Only a change the click caused: opened at #/area, the app replaces the hidden start page's h1 on its own.
    if (heading && heading !== firstHeading && marks.click !== undefined && marks.nextHeading === undefined) {
      marks.nextHeading = performance.now();
      frame('handledPainted');
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  document.addEventListener('change', check, true);
  window.addEventListener('click', () => (marks.click ??= performance.now()), true);
}

/** @param {import('@playwright/test').Page} page */
async function navigationTimes(page) {
  return page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    return { fcpMs: fcp, domContentLoadedMs: nav?.domContentLoadedEventEnd };
  });
}

/**
 * One cold load (fresh context, empty cache) of `path`, clicking `control` as soon as it is visible.
 * @param {import('@playwright/test').Browser} browser
 */
async function loadAndClick(browser, url, kind) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const control =
      kind === 'start' ? page.getByRole('link', { name: 'Start now' }) : page.locator('main input[type=radio]').first();
    await page.goto(kind === 'start' ? `${url}/` : `${url}/#/area`);
    await control.waitFor({ state: 'visible' });
    await control.click();
    await page.waitForFunction(() => /** @type {any} */ (window).__benchMarks.handledPainted !== undefined, null, {
      timeout: 10_000,
    });
    const marks = await page.evaluate(() => /** @type {any} */ (window).__benchMarks);
    if (kind === 'area' && !marks.radioFocused)
      throw new Error('The first radio on #/area did not take focus when clicked');
    const ready = kind === 'start' ? marks.startReady : marks.radioReady;
    const painted = kind === 'start' ? marks.startPainted : marks.radioPainted;
    return {
      readyMs: ready,
      readyPaintedMs: painted,
      appStartedMs: marks.appStarted,
      clickMs: marks.click,
      handledMs: kind === 'start' ? marks.nextHeading : marks.radioChecked,
      handledPaintedMs: marks.handledPainted,
      clickToPaintMs: marks.handledPainted - marks.click,
      ...(await navigationTimes(page)),
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} repeats
 */
export async function measureFirstInteractive(browser, url, repeats = 5) {
  const result = {};
  for (const kind of /** @type {const} */ (['start', 'area'])) {
    const runs = [];
    for (let i = 0; i < repeats; i++) runs.push(await loadAndClick(browser, url, kind));
    const keys = Object.keys(runs[0]);
    result[kind] = {
      median: Object.fromEntries(keys.map((key) => [key, summarize(runs.map((r) => r[key])).median])),
      runs,
    };
  }
  return {
    viewport: VIEWPORT,
    cpuThrottling: 1,
    start: {
      description:
        'navigation to / → "Start now" visible (a link, usable before the app has loaded); click → #/area heading painted',
      ...result.start,
    },
    area: {
      description:
        'navigation to /#/area → first radio visible and enabled; click → radio checked and focused, painted',
      ...result.area,
    },
  };
}
