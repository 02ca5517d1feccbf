import { defineConfig } from '@playwright/test';

const PORT = 4180;
/** The test clinic pages (tests/e2e/fixtures/host), another origin than the app's. */
const HOST_PORT = 4181;
const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

// Browsers cannot be downloaded on our machines: Playwright drives Debian's Chromium.
// CHROMIUM_PATH overrides the location for other set-ups.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A whole route is some 30 pages: on a loaded 2-core machine one walk took over 60 s. The budget
  // is per test, not a claim about speed (the bench measures that), so it is generous.
  timeout: 120_000,
  // How long an expectation waits for the page to get there (Playwright's default is 5 s). The
  // offline update and a few page changes took longer on a 2-core machine running the unit tests
  // beside the browsers. A ceiling, met in milliseconds when the machine is quiet.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The app registers an offline service worker (decision 0025). Blocked for every test but the
    // offline ones (test.use in tests/e2e/offline*.spec.ts): a worker serving from its cache would
    // hide requests from the tests that hold them back with page.route (the prerender and catalog
    // timing tests) and would keep a version across tests. Each test's context is fresh anyway.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The production build (app and dist/embed.js), served as a static host would serve it.
      // FRAME_ANCESTORS lets the test clinic pages on HOST_PORT frame the app.
      command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      env: { FRAME_ANCESTORS: `'self' ${HOST_ORIGIN}` },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // Static clinic pages that embed the app, on another origin (tests/e2e/embed).
      command: 'node tests/e2e/fixtures/serve-host.mjs',
      url: `${HOST_ORIGIN}/index.html`,
      env: { HOST_PORT: String(HOST_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 10_000,
    },
  ],
});
