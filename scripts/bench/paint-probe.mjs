// An init script that notes, in the page, when a page's content is first on screen, and the
// paint entries: FCP, LCP, and when the app started (it sets the page's own title). Used by the
// cold loads at 4x CPU (first-paint.mjs), over a slow line (throttled-load.mjs) and by the
// start-up profile.
//
// "Painted" uses the step transitions' method (journey.mjs): the content is there, then the next
// requestAnimationFrame, then a setTimeout(0) queued from that frame, which runs once the frame's
// style, layout and paint are done. What counts as "there" must hold for any way of getting the
// page on screen: rendered by the app after its JavaScript, or prerendered in the HTML, with
// several variants of which an inline script shows one and maybe hides the whole document
// (`visibility: hidden` on <html>) until the app has run. So the check is made after animation
// frames, which a browser runs only once the render-blocking stylesheets are in, and needs the
// expected heading (in the expected language) and, for a question, a legend and a radio in the
// same <main>, each laid out (client rects), with computed visibility "visible" and nothing around
// them hidden or transparent (checkVisibility). The radio may be transparent: GOV.UK-style
// radios draw their circle on the label.
/* global window, document, requestAnimationFrame, getComputedStyle, MutationObserver -- this runs in the page */
import { VIEWPORT } from './interaction.mjs';

/**
 * @typedef {{ kind: 'question' | 'start', heading: string }} Expectation the h1's text, exactly
 * @typedef {{ fcp?: number, lcp?: number, appStarted?: number, inserted?: number, shown?: number,
 *   painted?: number, headings: { text: string, at: number }[] }} ProbeMarks
 * ms since navigation start (performance.now()). `inserted`: the expected heading is in the DOM,
 * shown or not; `shown`: the first animation frame at which the content is on screen; `headings`:
 * each different h1 seen on screen, in order (a page that flashes another page first shows here).
 */

/**
 * Runs in the page before any of its scripts (Playwright's addInitScript). Exposes its marks as
 * `window.__benchProbe` and a promise of them, settled once painted, as `window.__benchPainted`.
 * @param {Expectation} expected
 */
export function installPaintProbe(expected) {
  /** @type {ProbeMarks} */
  const marks = { headings: [] };
  const probe = /** @type {any} */ (window);
  probe.__benchProbe = marks;
  /** @type {(marks: ProbeMarks) => void} */
  let settle = () => {};
  probe.__benchPainted = new Promise((resolve) => (settle = resolve));

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  const text = (/** @type {Element} */ el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const onScreen = (/** @type {Element} */ el, opaque = true) =>
    el.getClientRects().length > 0 &&
    getComputedStyle(el).visibility === 'visible' &&
    (typeof el.checkVisibility !== 'function' ||
      el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true, opacityProperty: opaque }));

  /** The expected content, if it is on screen now; undefined if not. */
  const find = () => {
    const headings = [...document.querySelectorAll('h1')].filter((h) => onScreen(h));
    for (const h of headings)
      if (marks.headings.at(-1)?.text !== text(h)) marks.headings.push({ text: text(h), at: performance.now() });
    const heading = headings.find((h) => text(h) === expected.heading);
    if (!heading || expected.kind === 'start') return heading;
    const main = heading.closest('main') ?? document;
    const legend = [...main.querySelectorAll('fieldset legend')].some((l) => onScreen(l));
    const radio = [...main.querySelectorAll('fieldset input[type=radio]')].some((r) => onScreen(r, false));
    return legend && radio ? heading : undefined;
  };

  // Each frame after a DOM change is looked at once it has been painted (a setTimeout queued from
  // its animation frame callback), when style and layout are up to date: looking inside the
  // callback would force them early, which costs the page nothing overall but moves that work
  // into the probe. If the DOM changed between the frame and the look, the look is for the next
  // frame instead.
  let mutations = 0;
  let frameRequested = false;
  let done = false;
  const present = () => [...document.querySelectorAll('h1')].some((h) => text(h) === expected.heading);
  const afterFrame = (/** @type {number} */ frameAt, /** @type {number} */ seen) => {
    if (done) return;
    if (mutations !== seen) return requestCheck();
    if (find()) {
      done = true;
      observer.disconnect();
      marks.shown = frameAt;
      marks.painted = performance.now();
      settle(marks);
    } else if (present()) {
      // In the DOM but not on screen (hidden, or its stylesheet still coming): look again at the
      // next frame, since a style can change without a DOM mutation.
      marks.inserted ??= frameAt;
      requestCheck();
    }
  };
  const onFrame = () => {
    frameRequested = false;
    const frameAt = performance.now();
    const seen = mutations;
    setTimeout(() => afterFrame(frameAt, seen), 0);
  };
  function requestCheck() {
    if (frameRequested || done) return;
    frameRequested = true;
    requestAnimationFrame(onFrame);
  }
  const observer = new MutationObserver(() => {
    mutations++;
    requestCheck();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The app sets the page's own title ("<page> – <app>"); the HTML's title has no dash. Watched on
  // its own: the start page paints before the app has even loaded.
  new MutationObserver((_, titleObserver) => {
    if (marks.appStarted === undefined && document.title.includes(' – ')) {
      marks.appStarted = performance.now();
      titleObserver.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Waits in the page until the expected content is painted and returns the marks.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<ProbeMarks>}
 */
export async function waitForPainted(page, timeoutMs = 30_000) {
  return page.evaluate(
    (timeout) =>
      Promise.race([
        /** @type {any} */ (window).__benchPainted,
        new Promise((_, reject) =>
          setTimeout(
            () =>
              reject(
                new Error(
                  `Not painted after ${timeout} ms; headings on screen: ${JSON.stringify(/** @type {any} */ (window).__benchProbe.headings)}`,
                ),
              ),
            timeout,
          ),
        ),
      ]),
    timeoutMs,
  );
}

/**
 * The marks as they are now (after waitForPainted: the app may have started since).
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<ProbeMarks>}
 */
export function readMarks(page) {
  return page.evaluate(() => ({ .../** @type {any} */ (window).__benchProbe }));
}

/**
 * A cold load's start: a new browser context at the bench's viewport with the probe installed for
 * `expected`, its page and a DevTools session for the throttling. Close the context when done.
 * @param {import('@playwright/test').Browser} browser
 * @param {Parameters<typeof installPaintProbe>[0]} expected
 */
export async function probedPage(browser, expected) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installPaintProbe, expected);
  const page = await context.newPage();
  return { context, page, cdp: await context.newCDPSession(page) };
}
