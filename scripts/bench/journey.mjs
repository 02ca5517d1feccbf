// A full run from the start page to the summary at 4x CPU slowdown, answering every page with
// the first option of each radio and checkbox group. Each step transition is timed from the
// click's dispatch to the first animation frame after the new h1 appears; the JS heap is read
// (after a forced garbage collection) on the start page and on the summary. The first option of
// the urgent-symptoms question leads to the get-help page (issue 15), which has no Continue: the
// run leaves it by "I have got help – continue preparing", and those two steps are reported
// apart from the question-to-question ones.
/* global window, document, requestAnimationFrame, MutationObserver -- these functions run in the page */
import { VIEWPORT } from './interaction.mjs';
import { summarize } from './stats.mjs';

export const CPU_SLOWDOWN = 4;
const CHECK_ANSWERS = 'Check your answers';
const GOT_HELP = 'I have got help – continue preparing';
const MAX_STEPS = 60;

/** In the page: arms a MutationObserver that resolves when the h1 text changes. */
function armTransition() {
  const before = document.querySelector('h1')?.textContent ?? '';
  /** @type {Record<string, number>} */
  const marks = {};
  window.addEventListener('click', () => (marks.click ??= performance.now()), { capture: true, once: true });
  /** @type {any} */ (window).__benchTransition = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent ?? '';
      if (!text || text === before || marks.heading !== undefined) return;
      marks.heading = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        marks.frame = performance.now();
        // A task queued from the frame callback runs once that frame's style, layout and paint are done.
        setTimeout(() => {
          marks.afterPaint = performance.now();
          clearTimeout(timer);
          resolve({ from: before, to: text, ...marks });
        }, 0);
      });
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`After the click the heading stayed "${before}"`));
    }, 20_000);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} control
 */
async function timedClick(page, control) {
  await page.evaluate(armTransition);
  await control.click();
  const marks = await page.evaluate(() => /** @type {any} */ (window).__benchTransition);
  return {
    from: marks.from,
    to: marks.to,
    clickToHeadingMs: marks.heading - marks.click,
    clickToFrameMs: marks.frame - marks.click,
    clickToAfterPaintMs: marks.afterPaint - marks.click,
  };
}

/** Ticks the first option of every radio and checkbox group on the page that has none chosen. */
async function answerWithFirstOptions(page) {
  const names = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('main input[type=radio], main input[type=checkbox]')].map(
        (i) => /** @type {HTMLInputElement} */ (i).name,
      ),
    ),
  ]);
  for (const name of names) {
    const inputs = page.locator(`main input[name="${name}"]`);
    if (!(await inputs.evaluateAll((els) => els.some((el) => /** @type {HTMLInputElement} */ (el).checked)))) {
      await inputs.first().check();
    }
  }
}

/** @param {import('@playwright/test').CDPSession} cdp */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  return {
    usedBytes: usedSize,
    totalBytes: totalSize,
    domNodes: metric('Nodes'),
    eventListeners: metric('JSEventListeners'),
  };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measureJourney(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await page.goto(`${url}/`);
    const heading = page.locator('h1');
    // "Start now" is a link that works before the app has loaded; wait for the app (it sets the
    // page's own title) so the first timed click is a step the app makes, not the app loading.
    await page.waitForFunction(() => document.title.includes(' – '));
    // The offline worker (decision 0025) downloads every chunk once the page is idle. A patient
    // spends far longer than that on the first page; the bench would otherwise time its first steps
    // against that download. So the steps start once the worker is active, its cache filled.
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 20_000))]),
    );
    const heapAtStart = await heapAfterGc(cdp);

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const transitions = [await timedClick(page, page.getByRole('link', { name: 'Start now' }))];
    /** @type {Set<string | null>} */
    const getHelpPages = new Set();
    while ((await heading.textContent()) !== CHECK_ANSWERS) {
      if (transitions.length > MAX_STEPS) throw new Error(`No "${CHECK_ANSWERS}" page after ${MAX_STEPS} steps`);
      const gotHelp = page.getByRole('button', { name: GOT_HELP });
      if ((await gotHelp.count()) > 0) {
        getHelpPages.add(await heading.textContent());
        transitions.push(await timedClick(page, gotHelp));
        continue;
      }
      await answerWithFirstOptions(page);
      transitions.push(await timedClick(page, page.getByRole('button', { name: 'Continue', exact: true })));
    }
    transitions.push(await timedClick(page, page.getByRole('button', { name: 'See my list of points' })));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const summaryHeading = await heading.textContent();
    const heapAtSummary = await heapAfterGc(cdp);

    // Question to question only: the start page and the summary are different kinds of page.
    const questionSteps = transitions.filter(
      (t, i) =>
        i > 0 &&
        t.to !== CHECK_ANSWERS &&
        i < transitions.length - 1 &&
        !getHelpPages.has(t.from) &&
        !getHelpPages.has(t.to),
    );
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      viewport: VIEWPORT,
      summaryHeading,
      stepTransition: summarize(questionSteps.map((t) => t.clickToFrameMs)),
      stepTransitionAfterPaint: summarize(questionSteps.map((t) => t.clickToAfterPaintMs)),
      toCheckAnswersMs: transitions.find((t) => t.to === CHECK_ANSWERS)?.clickToFrameMs,
      toSummaryMs: transitions.at(-1)?.clickToFrameMs,
      startToFirstQuestionMs: transitions[0]?.clickToFrameMs,
      toGetHelpMs: transitions.find((t) => getHelpPages.has(t.to))?.clickToFrameMs,
      fromGetHelpMs: transitions.find((t) => getHelpPages.has(t.from))?.clickToFrameMs,
      transitions,
      heap: { atStart: heapAtStart, atSummary: heapAtSummary },
    };
  } finally {
    await context.close();
  }
}
