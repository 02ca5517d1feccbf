// Lighthouse (mobile, default simulated throttling) on several pages of the app, each several
// times; medians kept next to every run's numbers. The runs go round the pages in turn, so a
// burst of load on the machine hits every page alike.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAverage } from './environment.mjs';
import { median } from './stats.mjs';

/** Newest 12.x (`npm view lighthouse@12 version`); Lighthouse 13 needs Node 22. */
export const LIGHTHOUSE_VERSION = '12.8.2';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

/**
 * The pages: the start page and the first question, in English and in Spanish (the `lang`
 * setting, src/embed/settings-schema.ts). Lighthouse keeps the URL's fragment: its report's
 * `finalDisplayedUrl` and final screenshot show the first question.
 */
export const LIGHTHOUSE_PAGES = [
  { id: 'start-en', label: 'start page, English', path: '/' },
  { id: 'start-es', label: 'start page, Spanish', path: '/?lang=es' },
  { id: 'area-en', label: 'first question, English', path: '/#/area' },
  { id: 'area-es', label: 'first question, Spanish', path: '/?lang=es#/area' },
];

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/** Runs a command, keeping its output for the error message; rejects on a non-zero exit. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-2000)}`)),
    );
  });
}

/** One Lighthouse run; returns its numbers. @param {string} url @param {string} outputPath */
async function lighthouseOnce(url, outputPath, chromePath) {
  const loadBefore = loadAverage();
  await run(
    'npx',
    [
      '--yes',
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${outputPath}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--quiet',
    ],
    { CHROME_PATH: chromePath },
  );
  const lhr = JSON.parse(readFileSync(outputPath, 'utf8'));
  if (lhr.runtimeError) throw new Error(`Lighthouse failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = lhr.categories?.performance?.score;
  if (typeof score !== 'number')
    throw new Error(`Lighthouse gave no performance score (${lhr.runWarnings?.join('; ')})`);
  const numbers = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue]));
  return {
    performance: Math.round(score * 100),
    ...numbers,
    // What Lighthouse ended on: a lost fragment would mean it measured the start page instead.
    finalDisplayedUrl: lhr.finalDisplayedUrl,
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    diagnostics: {
      mainThreadWorkMs: lhr.audits['mainthread-work-breakdown']?.numericValue,
      scriptBootupMs: lhr.audits['bootup-time']?.numericValue,
      longTasks: lhr.audits['long-tasks']?.details?.items?.map((t) => Math.round(t.duration)),
      unusedJavaScriptBytes: lhr.audits['unused-javascript']?.details?.overallSavingsBytes,
      renderBlockingSavingsMs: lhr.audits['render-blocking-resources']?.numericValue,
      transferBytes: lhr.audits['total-byte-weight']?.numericValue,
    },
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    loadAverageBefore: loadBefore,
    warnings: lhr.runWarnings ?? [],
    report: outputPath,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment?.hostUserAgent,
  };
}

/**
 * Lighthouse sometimes fails to record a trace ("NO_NAVSTART … Please run Lighthouse again"):
 * such a run is tried once more; a second failure fails the bench.
 */
async function withRetry(runOnce, log) {
  try {
    return { ...(await runOnce()), retried: false };
  } catch (error) {
    log(
      `  Lighthouse run failed, trying it once more: ${
        String(error)
          .split('\n')
          .find((l) => /error/i.test(l)) ?? error
      }`,
    );
    return { ...(await runOnce()), retried: true };
  }
}

/**
 * @param {{ baseUrl: string, pages?: typeof LIGHTHOUSE_PAGES, runs: number, outDir: string,
 *   chromePath: string, log?: (line: string) => void }} options
 */
export async function measureLighthouse({
  baseUrl,
  pages = LIGHTHOUSE_PAGES,
  runs,
  outDir,
  chromePath,
  log = () => {},
}) {
  /** @type {Map<string, Awaited<ReturnType<typeof lighthouseOnce>>[]>} */
  const results = new Map(pages.map((page) => [page.id, []]));
  for (let i = 1; i <= runs; i++) {
    for (const page of pages) {
      const dir = join(outDir, page.id);
      mkdirSync(dir, { recursive: true });
      const url = `${baseUrl}${page.path}`;
      const result = await withRetry(() => lighthouseOnce(url, join(dir, `run-${i}.json`), chromePath), log);
      // The app itself may add a fragment (#/intro on the start page); losing one is the problem.
      const wanted = new URL(url).hash;
      if (wanted && new URL(result.finalDisplayedUrl ?? url).hash !== wanted)
        result.warnings.push(`Lighthouse ended on ${result.finalDisplayedUrl}, not ${url}`);
      log(
        `  Lighthouse ${page.path} run ${i}/${runs}: Performance ${result.performance}, LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms`,
      );
      results.get(page.id)?.push(result);
    }
  }
  const first = results.get(pages[0].id)?.[0];
  return {
    version: first?.lighthouseVersion,
    formFactor: 'mobile',
    throttling: 'simulate (Lighthouse default)',
    pages: pages.map((page) => {
      const pageRuns = results.get(page.id) ?? [];
      return {
        ...page,
        url: `${baseUrl}${page.path}`,
        median: Object.fromEntries(
          ['performance', ...Object.keys(METRICS)].map((key) => [key, median(pageRuns.map((r) => r[key]))]),
        ),
        runs: pageRuns,
      };
    }),
  };
}
