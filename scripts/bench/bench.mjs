// `npm run bench`: builds the app, serves dist/ as a static host would and measures bytes,
// Lighthouse (mobile) on four pages, the first question painted at 4x CPU next to a plain-HTML
// page, first interaction, step transitions and heap. Prints a table and writes
// bench-results/<date>-<sha>.json. Missed targets still exit 0; a failed measurement exits 1.
//   --quick     skip Lighthouse and the throttled loads
//   --runs N    Lighthouse runs per page (default 3)
//   --loads N   cold loads per row of "first question painted" (default 5)
//   --profile   also the start-up profile of /#/area (startup-profile.mjs)
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { appWords } from './app-words.mjs';
import { CHROMIUM, launchChromium } from './browser.mjs';
import { ROOT, buildSnapshot } from './build-snapshot.mjs';
import { measureBytes } from './bytes.mjs';
import { measureComposition } from './composition.mjs';
import { environment, loadAverage } from './environment.mjs';
import { firstPaintRows, measureFirstPaint } from './first-paint.mjs';
import { measureFirstInteractive } from './interaction.mjs';
import { measureJourney } from './journey.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { writePlainReference } from './plain-reference.mjs';
import { formatReport, writeResults } from './report.mjs';
import { measureStartupProfile } from './startup-profile.mjs';
import { startStaticServer } from './static-server.mjs';
import { checkTargets } from './targets.mjs';
import { measureThrottledLoad } from './throttled-load.mjs';

const FIRST_VIEW_LOADS = 5;
const PROFILE_RUNS = 5;

function parseArgs(argv) {
  const options = { quick: false, runs: 3, loads: 5, profile: false };
  const count = (flag, value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number of at least 1`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    if (flag === '--quick') options.quick = true;
    else if (flag === '--profile') options.profile = true;
    else if (flag === '--runs') options.runs = count(flag, inline ?? argv[++i]);
    else if (flag === '--loads') options.loads = count(flag, inline ?? argv[++i]);
    else throw new Error(`Unknown option ${argv[i]} (use --quick, --runs N, --loads N, --profile)`);
  }
  return options;
}

const log = (line) => console.log(line);

/** Says so when other work is loading the machine: the timings will be noisier. */
function noteLoad(phase) {
  const [oneMinute] = loadAverage();
  if (oneMinute > 0.7)
    log(`  (load average ${oneMinute} before ${phase}: the machine is busy or just was; timings may be noisy)`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = new Date();
  const env = environment(CHROMIUM);
  const stamp = `${started
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}-${env.git.sha}${options.quick ? '-quick' : ''}`;
  const resultsDir = join(ROOT, 'bench-results');
  const loadAtStart = loadAverage();
  const words = { en: appWords(ROOT, 'en'), es: appWords(ROOT, 'es') };

  log('Building (npm run build)…');
  const dist = buildSnapshot(log);
  const plainDir = writePlainReference(words.en, dist);
  const server = await startStaticServer(dist);
  const plainServer = await startStaticServer(plainDir);
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    log(`Serving a copy of dist/ at ${server.url}, the plain-HTML reference at ${plainServer.url}`);
    const bytes = measureBytes(dist);
    const composition = measureComposition(dist);

    let lighthouse;
    if (!options.quick) {
      log(`Lighthouse, ${options.runs} runs of each page…`);
      noteLoad('Lighthouse');
      lighthouse = await measureLighthouse({
        baseUrl: server.url,
        runs: options.runs,
        outDir: join(resultsDir, `${stamp}-lighthouse`),
        chromePath: CHROMIUM,
        log,
      });
    }

    log(
      `Playwright: first question painted at 4x CPU, first interaction, a full run at 4x CPU slowdown${options.quick ? '' : ', cold loads over a slow phone line'}${options.profile ? ', start-up profile' : ''}…`,
    );
    noteLoad('Playwright');
    browser = await launchChromium();
    const firstPaint = await measureFirstPaint(browser, {
      appUrl: server.url,
      plainUrl: plainServer.url,
      rows: firstPaintRows(words),
      loads: options.loads,
      log,
    });
    const firstInteractive = await measureFirstInteractive(browser, server.url, FIRST_VIEW_LOADS);
    const journey = await measureJourney(browser, server.url);
    const throttledLoad = options.quick
      ? undefined
      : await measureThrottledLoad(browser, server.url, words, FIRST_VIEW_LOADS);
    const startupProfile = options.profile
      ? await measureStartupProfile(browser, {
          appUrl: server.url,
          dist,
          row: /** @type {import('./first-paint.mjs').Row} */ (firstPaintRows(words).find((r) => r.id === 'area-en')),
          runs: PROFILE_RUNS,
          rawDir: join(resultsDir, `${stamp}-startup-profile`),
          log,
        })
      : undefined;
    const browserVersion = browser.version();

    const results = {
      date: started.toISOString(),
      quick: options.quick,
      git: env.git,
      versions: { ...env.versions, chromiumPlaywright: browserVersion, lighthouse: lighthouse?.version },
      machine: env.machine,
      loadAverage: { start: loadAtStart, end: loadAverage() },
      server:
        'scripts/bench/static-server.mjs: brotli 11 / gzip 9 by Accept-Encoding, /assets/* immutable, HTML no-cache, dist/_headers',
      bytes,
      composition,
      lighthouse,
      firstPaint,
      firstInteractive,
      journey,
      throttledLoad,
      startupProfile,
    };
    const targets = checkTargets(results);
    const withTargets = { ...results, targets };
    log('');
    log(formatReport(withTargets));
    const file = writeResults(resultsDir, stamp, withTargets);
    log(`\nWrote ${file}`);
    const missed = targets.filter((t) => t.pass === false).length;
    log(missed ? `${missed} target(s) missed (this is a measurement, not a gate).` : 'All measured targets met.');
  } finally {
    await browser?.close();
    await server.close();
    await plainServer.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\nBench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 1;
});
