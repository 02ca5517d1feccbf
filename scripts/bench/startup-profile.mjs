// Where the time goes before the first question is painted, on a cold visit at 4x CPU (no network
// throttling, localhost, a new browser context each time). Two kinds of load, each repeated:
//  - traced: a Chromium trace (DevTools' Performance categories) gives
//    the main thread's timeline: HTML parse, each chunk's compile and evaluation, the requests,
//    the first render, style, layout, paint, and the idle gaps;
//  - profiled: a V8 CPU profile sampled every 100 µs (CDP Profiler), mapped through the build's
//    source maps (cpu-profile.mjs), gives the CPU time by module: react-dom, zod, src/answers, …
// Kept apart because the profiler slows the page down: the timeline's figures come from loads
// without it, and the profile says only how the time divides.
//
// Runs from the bench (`npm run bench -- --profile`) or alone:
//   node scripts/bench/startup-profile.mjs [--runs N] [--page area-en|area-es|start-en|start-es] [--compile-events]
// which builds, prints the breakdown and writes bench-results/<date>-<sha>-startup-profile.json,
// with the median run's trace and CPU profile beside it (open them in DevTools' Performance panel).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appWords } from './app-words.mjs';
import { launchChromium } from './browser.mjs';
import { ROOT, buildSnapshot } from './build-snapshot.mjs';
import { attributeProfile, originLookup } from './cpu-profile.mjs';
import { environment, loadAverage } from './environment.mjs';
import { firstPaintRows } from './first-paint.mjs';
import { CPU_SLOWDOWN } from './journey.mjs';
import { probedPage, readMarks, waitForPainted } from './paint-probe.mjs';
import { formatStartupProfile } from './report.mjs';
import { sourceMapsOf } from './source-map.mjs';
import { startStaticServer } from './static-server.mjs';
import { median, medianByName } from './stats.mjs';
import { idleBetween, mainThreadTimeline, shortUrl } from './trace-timeline.mjs';

/** DevTools' Performance panel categories. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
];
/**
 * V8's compile events, for the time spent compiling functions lazily on the main thread. Off by
 * default: recording them slowed the load by 100–300 ms at 4x CPU (thousands of events).
 */
const COMPILE_CATEGORY = 'disabled-by-default-v8.compile';
const SAMPLING_INTERVAL_US = 100;
/** A same-origin page to stand on while the profiler starts (404 text; nothing of the app's). */
const BLANK = '/__bench-blank.txt';

/**
 * @typedef {ReturnType<typeof firstPaintRows>[number]} Row
 * @typedef {{ name: string, startMs: number, responseEndMs: number, transferBytes: number }} Resource
 */

/**
 * A new context with the paint probe in it, on a same-origin blank page: the load to measure then
 * stays in that renderer process, which the CPU profiler is attached to and the trace already
 * covers (a new process's first trace events can be lost while tracing reaches it). So unlike
 * first-paint.mjs, these loads do not include starting a renderer process.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base
 * @param {Row} row
 */
async function newPage(browser, base, row) {
  const opened = await probedPage(browser, row.expected);
  await opened.page.goto(`${base}${BLANK}`);
  return opened;
}

/** @param {import('@playwright/test').Page} page @returns {Promise<Resource[]>} */
function resources(page) {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => {
      const r = /** @type {PerformanceResourceTiming} */ (e);
      return { name: r.name, startMs: r.startTime, responseEndMs: r.responseEnd, transferBytes: r.transferSize };
    }),
  );
}

/**
 * One load with a trace.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base @param {string} url @param {Row} row @param {(fileName: string) => any} mapOf
 * @param {string[]} categories
 */
async function tracedLoad(browser, base, url, row, mapOf, categories) {
  const { context, page, cdp } = await newPage(browser, base, row);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories });
    let traceBuffer;
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await waitForPainted(page);
    } finally {
      traceBuffer = await browser.stopTracing();
    }
    const marks = await readMarks(page);
    const documentUrl = url;
    const origin = originLookup(mapOf, documentUrl);
    const trace = JSON.parse(traceBuffer.toString('utf8'));
    const timeline = mainThreadTimeline(trace.traceEvents ?? trace, {
      documentUrl,
      endMs: /** @type {number} */ (marks.painted),
      nameAt: (scriptUrl, line, column) => origin(scriptUrl, line, column)?.name,
    });
    const requests = (await resources(page)).map((r) => ({ ...r, name: shortUrl(r.name, documentUrl) }));
    const navigation = await page.evaluate(() => {
      const entry = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      return { htmlReceivedMs: entry?.responseEnd, domContentLoadedMs: entry?.domContentLoadedEventStart };
    });
    return { marks, timeline, requests, navigation, trace: traceBuffer };
  } finally {
    await context.close();
  }
}

/**
 * One load with the CPU profiler on.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base @param {string} url @param {Row} row @param {(fileName: string) => any} mapOf
 */
async function profiledLoad(browser, base, url, row, mapOf) {
  const { context, page, cdp } = await newPage(browser, base, row);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // Only for the navigation's start on the profile's clock (trace and profile share it).
    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    let traceBuffer;
    /** @type {any} */
    let profile;
    await cdp.send('Profiler.start');
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await waitForPainted(page);
    } finally {
      profile = (await cdp.send('Profiler.stop')).profile;
      traceBuffer = await browser.stopTracing();
    }
    const marks = await readMarks(page);
    const trace = JSON.parse(traceBuffer.toString('utf8'));
    const start = (trace.traceEvents ?? trace).findLast(
      (/** @type {any} */ e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
    );
    if (!start) throw new Error(`No navigationStart for ${url} in the profiled load's trace`);
    const attribution = attributeProfile(profile, {
      startTs: start.ts,
      endMs: /** @type {number} */ (marks.painted),
      documentUrl: url,
      origin: originLookup(mapOf, url),
    });
    return { marks, attribution, profile };
  } finally {
    await context.close();
  }
}

/**
 * The critical path of one traced load, in ms since navigation start.
 * @param {Awaited<ReturnType<typeof tracedLoad>>} run
 * @param {string} entryFile e.g. "assets/index-XYZ.js"
 */
function criticalPath(run, entryFile) {
  const { timeline, requests, marks, navigation } = run;
  const request = (test) => requests.find((r) => test(r.name));
  const evaluation = (file) => timeline.slices.find((s) => s.what === `evaluate module: ${file}`);
  const entry = request((name) => name === entryFile);
  const catalog = request((name) => /^assets\/catalog-[a-z]+-/.test(name));
  const entryEval = evaluation(entryFile);
  const catalogEval = catalog && evaluation(catalog.name);
  const entryEvalEnd = entryEval && entryEval.startMs + entryEval.durMs;
  const afterCatalog = catalogEval ? catalogEval.startMs + catalogEval.durMs : entryEvalEnd;
  const longestTaskAfter =
    afterCatalog === undefined
      ? undefined
      : timeline.slices
          .filter((s) => s.startMs >= afterCatalog && s.what.startsWith('JS callback'))
          .sort((a, b) => b.durMs - a.durMs)[0];
  const parse = timeline.slices.filter((s) => s.what === 'parse HTML');
  return {
    paintedMs: marks.painted,
    fcpMs: marks.fcp,
    htmlReceivedMs: navigation.htmlReceivedMs,
    parseHtmlStartMs: parse[0]?.startMs,
    parseHtmlMs: parse.reduce((total, s) => total + s.durMs, 0),
    domContentLoadedMs: navigation.domContentLoadedMs,
    entryRequestedMs: entry?.startMs,
    entryReceivedMs: entry?.responseEndMs,
    entryEvaluateStartMs: entryEval?.startMs,
    entryEvaluateMs: entryEval?.durMs,
    catalog: catalog?.name,
    catalogRequestedMs: catalog?.startMs,
    catalogReceivedMs: catalog?.responseEndMs,
    catalogEvaluateStartMs: catalogEval?.startMs,
    catalogEvaluateMs: catalogEval?.durMs,
    // From the entry's evaluation to the catalog's: the round trip the app waits for.
    catalogWaitMs: catalogEval && entryEvalEnd !== undefined ? catalogEval.startMs - entryEvalEnd : undefined,
    catalogWaitIdleMs:
      catalogEval && entryEvalEnd !== undefined
        ? idleBetween(timeline.busy, entryEvalEnd, catalogEval.startMs)
        : undefined,
    firstRenderTask: longestTaskAfter && {
      what: longestTaskAfter.what,
      startMs: longestTaskAfter.startMs,
      durMs: longestTaskAfter.durMs,
    },
    fromCatalogToPaintedMs:
      afterCatalog === undefined ? undefined : /** @type {number} */ (marks.painted) - afterCatalog,
    mainThreadBusyMs: timeline.busyMs,
    mainThreadIdleMs: timeline.idleMs,
  };
}

/** Medians of each numeric field over several objects of the same shape. */
function medians(objects) {
  const keys = Object.keys(objects[0] ?? {}).filter((k) => typeof objects[0][k] === 'number');
  return Object.fromEntries(keys.map((k) => [k, median(objects.map((o) => o[k]))]));
}

/** The run whose `paintedMs` is the median (the lower middle one for an even count). */
function medianRun(runs, paintedOf) {
  const sorted = [...runs].sort((a, b) => paintedOf(a) - paintedOf(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {{ appUrl: string, dist: string, row: Row, runs: number, rawDir?: string, compileEvents?: boolean,
 *   log?: (line: string) => void }} options  rawDir: where to keep the median runs' trace and profile
 */
export async function measureStartupProfile(
  browser,
  { appUrl, dist, row, runs, rawDir, compileEvents = false, log = () => {} },
) {
  const categories = compileEvents ? [...TRACE_CATEGORIES, COMPILE_CATEGORY] : TRACE_CATEGORIES;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryFile =
    /<meta name="app-entry" content="\.?\/?([^"]+)"/.exec(html)?.[1] ??
    /<script type="module"[^>]* src="\.?\/?([^"]+)"/.exec(html)?.[1] ??
    '';
  const mapOf = sourceMapsOf(dist);
  const url = `${appUrl}${row.path}`;
  const traced = [];
  const profiled = [];
  for (let i = 0; i < runs; i++) {
    traced.push(await tracedLoad(browser, appUrl, url, row, mapOf, categories));
    profiled.push(await profiledLoad(browser, appUrl, url, row, mapOf));
    log(`  start-up profile of ${row.path}: run ${i + 1}/${runs} done`);
  }
  const paths = traced.map((run) => criticalPath(run, entryFile));
  const middle = medianRun(traced, (r) => r.marks.painted);
  const middleProfile = medianRun(profiled, (r) => r.marks.painted);
  if (rawDir) {
    mkdirSync(rawDir, { recursive: true });
    writeFileSync(join(rawDir, 'trace.json'), middle.trace);
    writeFileSync(join(rawDir, 'profile.cpuprofile'), JSON.stringify(middleProfile.profile));
  }
  const attributions = profiled.map((r) => r.attribution);
  const phases = [...new Set(attributions.flatMap((a) => a.byPhase.map((p) => p.phase)))].map((phase) => {
    const of = attributions.map((a) => a.byPhase.find((p) => p.phase === phase));
    return {
      phase,
      ms: median(of.map((p) => p?.ms ?? 0)) ?? 0,
      groups: medianByName(of.map((p) => p?.groups ?? [])).slice(0, 8),
    };
  });
  return {
    page: { id: row.id, label: row.label, path: row.path },
    cpuSlowdown: CPU_SLOWDOWN,
    network: 'none (localhost)',
    runs,
    entryFile,
    traced: {
      categories,
      paintedMs: paths.map((p) => p.paintedMs),
      median: medians(paths),
      byKindMedian: medianByName(
        traced.map((r) => Object.entries(r.timeline.byKind).map(([name, ms]) => ({ name, ms }))),
      ),
      mainThreadCompileMs: median(traced.map((r) => r.timeline.mainThreadCompileMs)),
      backgroundParseMs: medianByName(
        traced.map((r) => Object.entries(r.timeline.backgroundParseMs).map(([name, ms]) => ({ name, ms }))),
      ),
      // The median run, in full: what ran when, and the requests.
      medianRun: {
        criticalPath: criticalPath(middle, entryFile),
        slices: middle.timeline.slices,
        requests: middle.requests,
      },
    },
    profiled: {
      samplingIntervalUs: SAMPLING_INTERVAL_US,
      paintedMs: profiled.map((r) => r.marks.painted),
      selfByGroup: medianByName(attributions.map((a) => a.selfByGroup)),
      byPhase: phases.sort((a, b) => b.ms - a.ms),
      topFunctions: medianByName(attributions.map((a) => a.topFunctions)).slice(0, 25),
      inclusiveByAppFile: medianByName(attributions.map((a) => a.inclusiveByAppFile)).slice(0, 20),
      calledFromTopLevel: medianByName(attributions.map((a) => a.calledFromTopLevel)).slice(0, 20),
    },
  };
}

function parseArgs(argv) {
  const options = { runs: 5, page: 'area-en', compileEvents: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--page') options.page = value();
    else if (flag === '--compile-events') options.compileEvents = true;
    else
      throw new Error(
        `Unknown option ${argv[i]} (use --runs N, --page area-en|area-es|start-en|start-es, --compile-events)`,
      );
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a whole number of at least 1');
  return options;
}

/** Alone: build, serve, profile, print, write the JSON. */
async function main() {
  const options = parseArgs(process.argv.slice(2));
  const words = { en: appWords(ROOT, 'en'), es: appWords(ROOT, 'es') };
  const row = firstPaintRows(words).find((r) => r.id === options.page && r.site === 'app');
  if (!row) throw new Error(`--page must be one of area-en, area-es, start-en, start-es`);
  const env = environment(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const started = new Date();
  const stamp = `${started
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}-${env.git.sha}-startup-profile`;
  const loadAtStart = loadAverage();
  console.log('Building (npm run build)…');
  const dist = buildSnapshot((line) => console.log(line));
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    const resultsDir = join(ROOT, 'bench-results');
    const profile = await measureStartupProfile(browser, {
      appUrl: server.url,
      dist,
      row,
      runs: options.runs,
      compileEvents: options.compileEvents,
      rawDir: join(resultsDir, stamp),
      log: (line) => console.log(line),
    });
    const result = {
      date: started.toISOString(),
      git: env.git,
      versions: { ...env.versions, chromiumPlaywright: browser.version() },
      machine: env.machine,
      loadAverage: { start: loadAtStart, end: loadAverage() },
      startupProfile: profile,
    };
    console.log('');
    console.log(formatStartupProfile(profile));
    console.log(`\nLoad average ${loadAtStart.join(' ')} → ${result.loadAverage.end.join(' ')}`);
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `${stamp}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    console.log(`Wrote ${file} (the median runs' trace and CPU profile are in ${stamp}/)`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(`\nStart-up profile failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exitCode = 1;
  });
}
