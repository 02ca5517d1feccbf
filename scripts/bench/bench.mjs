// `npm run bench`: builds the app, serves dist/ as a static host would and measures bytes,
// Lighthouse (mobile), first interaction, step transitions and heap. Prints a table and writes
// bench-results/<date>-<sha>.json. Missed targets still exit 0; a failed measurement exits 1.
//   --quick     skip Lighthouse and the throttled loads
//   --runs N    Lighthouse runs (default 3)
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assetsOfHtml, measureBytes } from './bytes.mjs';
import { measureComposition } from './composition.mjs';
import { environment, loadAverage } from './environment.mjs';
import { measureFirstInteractive } from './interaction.mjs';
import { measureJourney } from './journey.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureThrottledLoad } from './throttled-load.mjs';
import { formatReport, writeResults } from './report.mjs';
import { startStaticServer } from './static-server.mjs';
import { checkTargets } from './targets.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIRST_VIEW_LOADS = 5;

function parseArgs(argv) {
  const options = { quick: false, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    if (flag === '--quick') options.quick = true;
    else if (flag === '--runs') {
      options.runs = Number(inline ?? argv[++i]);
      if (!Number.isInteger(options.runs) || options.runs < 1)
        throw new Error('--runs needs a whole number of at least 1');
    } else throw new Error(`Unknown option ${argv[i]} (use --quick, --runs N)`);
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

/**
 * Runs `npm run build` and measures a copy of dist/, so a rebuild by someone else mid-bench (the
 * e2e tests build into dist/ too) cannot change it; retries if such a rebuild left it incomplete.
 */
function buildSnapshot(attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    const snapshot = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
    const html = existsSync(join(snapshot, 'index.html')) ? readFileSync(join(snapshot, 'index.html'), 'utf8') : '';
    const complete =
      html !== '' &&
      existsSync(join(snapshot, 'embed.js')) &&
      assetsOfHtml(html).every((file) => existsSync(join(snapshot, file)));
    if (complete) return snapshot;
    rmSync(snapshot, { recursive: true, force: true });
    if (attempt >= attempts)
      throw new Error('dist/ was incomplete after npm run build (is something else building into it?)');
    log('  dist/ changed under us (another build?); building again…');
  }
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

  log('Building (npm run build)…');
  const dist = buildSnapshot();
  const server = await startStaticServer(dist);
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    log(`Serving a copy of dist/ at ${server.url}`);
    const bytes = measureBytes(dist);
    const composition = measureComposition(dist);

    let lighthouse;
    if (!options.quick) {
      log(`Lighthouse, ${options.runs} runs…`);
      noteLoad('Lighthouse');
      lighthouse = await measureLighthouse({
        url: `${server.url}/`,
        runs: options.runs,
        outDir: join(resultsDir, `${stamp}-lighthouse`),
        chromePath: CHROMIUM,
        log,
      });
    }

    log(
      `Playwright: first interaction, a full run at 4x CPU slowdown${options.quick ? '' : ', cold loads over a slow phone line'}…`,
    );
    noteLoad('Playwright');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const firstInteractive = await measureFirstInteractive(browser, server.url, FIRST_VIEW_LOADS);
    const journey = await measureJourney(browser, server.url);
    const throttledLoad = options.quick ? undefined : await measureThrottledLoad(browser, server.url, FIRST_VIEW_LOADS);
    const browserVersion = browser.version();

    const results = {
      date: started.toISOString(),
      quick: options.quick,
      git: env.git,
      versions: { ...env.versions, chromiumPlaywright: browserVersion, lighthouse: lighthouse?.version },
      machine: env.machine,
      loadAverage: { start: loadAtStart, end: loadAverage() },
      server:
        'scripts/bench/static-server.mjs: brotli 11 / gzip 9 by Accept-Encoding, /assets/* immutable, HTML no-cache',
      bytes,
      composition,
      lighthouse,
      firstInteractive,
      journey,
      throttledLoad,
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
    rmSync(dist, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\nBench failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  process.exitCode = 1;
});
