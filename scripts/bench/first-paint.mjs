// "First question painted at 4x CPU": cold loads (a new browser context each, so nothing cached)
// on localhost with no network throttling, so what is left is the work the page does before its
// content is on screen. Rows: the plain-HTML reference (plain-reference.mjs), the app opened at
// its first question in English and in Spanish, and its start page in both. The loads go round
// the rows in turn, so that a burst of load on the machine hits every row alike.
/* global window -- the functions passed to page.waitForFunction run in the page */
import { FIRST_PAGE } from './app-words.mjs';
import { VIEWPORT } from './interaction.mjs';
import { CPU_SLOWDOWN } from './journey.mjs';
import { probedPage, readMarks, waitForPainted } from './paint-probe.mjs';
import { summarize } from './stats.mjs';

/**
 * @typedef {{ id: string, label: string, site: 'plain' | 'app', path: string,
 *   expected: import('./paint-probe.mjs').Expectation }} Row
 */

/**
 * @param {{ en: import('./app-words.mjs').AppWords, es: import('./app-words.mjs').AppWords }} words
 * @returns {Row[]}
 */
export function firstPaintRows(words) {
  /** @returns {import('./paint-probe.mjs').Expectation} */
  const question = (/** @type {'en' | 'es'} */ locale) => ({ kind: 'question', heading: words[locale].firstPageTitle });
  /** @returns {import('./paint-probe.mjs').Expectation} */
  const start = (/** @type {'en' | 'es'} */ locale) => ({ kind: 'start', heading: words[locale].startTitle });
  return [
    { id: 'plain', label: 'plain HTML reference', site: 'plain', path: '/', expected: question('en') },
    {
      id: 'area-en',
      label: 'first question, English',
      site: 'app',
      path: `/#/${FIRST_PAGE}`,
      expected: question('en'),
    },
    {
      id: 'area-es',
      label: 'first question, Spanish',
      site: 'app',
      path: `/?lang=es#/${FIRST_PAGE}`,
      expected: question('es'),
    },
    { id: 'start-en', label: 'start page, English', site: 'app', path: '/', expected: start('en') },
    { id: 'start-es', label: 'start page, Spanish', site: 'app', path: '/?lang=es', expected: start('es') },
  ];
}

/**
 * One cold load; resolves once the expected content is painted (and, for the app, it has started).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {Row} row
 */
async function loadOnce(browser, url, row) {
  const { context, page, cdp } = await probedPage(browser, row.expected);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    await waitForPainted(page);
    if (row.site === 'app')
      await page.waitForFunction(() => /** @type {any} */ (window).__benchProbe.appStarted !== undefined, null, {
        timeout: 30_000,
        polling: 50,
      });
    // Lets the largest-contentful-paint entry for that frame arrive.
    await page.waitForTimeout(100);
    const marks = await readMarks(page);
    const nav = await page.evaluate(() => {
      const entry = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      return { htmlReceived: entry?.responseEnd, domContentLoaded: entry?.domContentLoadedEventEnd };
    });
    return {
      fcpMs: marks.fcp,
      lcpMs: marks.lcp,
      htmlReceivedMs: nav.htmlReceived,
      domContentLoadedMs: nav.domContentLoaded,
      appStartedMs: marks.appStarted,
      insertedMs: marks.inserted,
      shownMs: marks.shown,
      paintedMs: marks.painted,
      // More than one heading means another page was on screen first.
      headings: marks.headings.map((h) => h.text),
    };
  } finally {
    await context.close();
  }
}

const KEYS = [
  'fcpMs',
  'lcpMs',
  'htmlReceivedMs',
  'domContentLoadedMs',
  'appStartedMs',
  'insertedMs',
  'shownMs',
  'paintedMs',
];

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appUrl: string, plainUrl: string, rows: Row[], loads: number, log?: (line: string) => void }} options
 */
export async function measureFirstPaint(browser, { appUrl, plainUrl, rows, loads, log = () => {} }) {
  /** @type {Map<string, Awaited<ReturnType<typeof loadOnce>>[]>} */
  const runs = new Map(rows.map((row) => [row.id, []]));
  for (let i = 0; i < loads; i++) {
    for (const row of rows) {
      const base = row.site === 'plain' ? plainUrl : appUrl;
      runs.get(row.id)?.push(await loadOnce(browser, `${base}${row.path}`, row));
    }
    log(`  first paint at ${CPU_SLOWDOWN}x CPU: round ${i + 1}/${loads} done`);
  }
  const result = rows.map((row) => {
    const rowRuns = runs.get(row.id) ?? [];
    return {
      id: row.id,
      label: row.label,
      path: row.path,
      site: row.site,
      expectedHeading: row.expected.heading,
      median: Object.fromEntries(KEYS.map((key) => [key, summarize(rowRuns.map((r) => r[key])).median])),
      painted: summarize(rowRuns.map((r) => r.paintedMs)),
      otherPageFirst: rowRuns.filter((r) => r.headings.length > 1).length,
      runs: rowRuns,
    };
  });
  const plain = result.find((r) => r.site === 'plain')?.median.paintedMs;
  return {
    cpuSlowdown: CPU_SLOWDOWN,
    network: 'none (localhost)',
    viewport: VIEWPORT,
    loads,
    method:
      'new context per load; content on screen (expected h1, legend and radio laid out, visible) at an animation frame, then setTimeout 0 = painted; ms from navigation start',
    rows: result.map((r) => ({
      ...r,
      ratioToPlain: plain && r.median.paintedMs !== undefined ? r.median.paintedMs / plain : undefined,
    })),
  };
}
