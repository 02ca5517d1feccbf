import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { precacheList, serviceWorkerSource } from '../../scripts/service-worker/precache.mjs';
import updateWords from '../../src/i18n/en/app-update.json' with { type: 'json' };
import { completeAnswers } from '../support/answers/complete-answers';
import { pageHeading } from './support/answer-page';
import { settledHeading } from './support/answer-by-value';
import { appStarted } from './support/app-started';
import { answerPages, collectErrors, storedSession, workerInCharge } from './support/offline';
import { WORDS } from './support/seeded-summary';
import { startSwitchableServer, type SwitchableServer } from './support/switchable-server';

test.use({ serviceWorkers: 'allow' });

const MARKER = '<meta name="test-version" content="B" />';
const words = WORDS.en;

let folder: string;
let versionA: string;
let versionB: string;
let server: SwitchableServer;

/** Every file of a folder, with its path relative to it, as the worker's generator reads dist/. */
async function filesOf(root: string) {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return {
          path: path
            .slice(root.length + 1)
            .split('\\')
            .join('/'),
          content: await readFile(path),
        };
      }),
  );
}

test.beforeAll(async () => {
  // Version A is the build as it is; version B the same with a marker in index.html and a changed
  // chunk, and its worker written again by the build's own generator.
  folder = await mkdtemp(join(tmpdir(), 'offline-update-'));
  versionA = join(folder, 'a');
  versionB = join(folder, 'b');
  await cp('dist', versionA, { recursive: true });
  await cp('dist', versionB, { recursive: true });
  const index = join(versionB, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('</head>', `${MARKER}</head>`));
  const chunk = (await readdir(join(versionB, 'assets'))).find((name) => /^catalog-es-.*\.js$/.test(name));
  if (!chunk) throw new Error('No Spanish catalog chunk to change');
  await writeFile(
    join(versionB, 'assets', chunk),
    `${await readFile(join(versionB, 'assets', chunk), 'utf8')}\n// version B\n`,
  );
  const template = await readFile('scripts/service-worker/worker-template.js', 'utf8');
  await writeFile(join(versionB, 'sw.js'), serviceWorkerSource(template, precacheList(await filesOf(versionB))));
  server = await startSwitchableServer(versionA);
});

// Each test starts on version A (a fresh browser context has no worker yet).
test.beforeEach(() => server.serve(versionA));

test.afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const notice = (page: Page) => page.getByRole('status').filter({ hasText: updateWords.ready });
// Version B arrives through several steps with nothing to see in between: the app registers the
// worker when the browser is idle, the browser fetches the new sw.js, the new worker caches every
// file of B, then takes over and the page reloads. On a loaded machine that took over the usual 5 s.
const versionBShown = (page: Page) =>
  expect(page.locator('meta[name="test-version"]')).toHaveCount(1, { timeout: 60_000 });

test('on a question page a newer version asks first; "Update now" reloads into it with the answers', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(`${server.origin}/`);
  await appStarted(page);
  await workerInCharge(page);
  await page.getByRole('link', { name: words.ui.intro.start }).click();
  await answerPages(page, completeAnswers, words, 3);
  const heading = await settledHeading(page, words);
  const session = await storedSession(page);

  server.serve(versionB);
  await page.reload();
  // Still version A, from the worker, with the notice: nothing half-typed is lost to a reload.
  // The notice waits for B to be cached, as versionBShown does.
  await expect(notice(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('meta[name="test-version"]')).toHaveCount(0);
  await expect(pageHeading(page)).toHaveText(heading);
  const update = notice(page).getByRole('button', { name: updateWords.updateNow });
  await update.focus();
  await page.keyboard.press('Enter');

  await versionBShown(page);
  await expect(pageHeading(page)).toHaveText(heading);
  expect(await storedSession(page)).toBe(session);
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('"Later" puts the notice away and keeps the version in use', async ({ page }) => {
  await page.goto(`${server.origin}/#/area`);
  await appStarted(page);
  await workerInCharge(page);
  server.serve(versionB);
  await page.reload();
  await notice(page).getByRole('button', { name: updateWords.later }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect(pageHeading(page)).toHaveText(words.pages.area.title);
  await expect(page.locator('meta[name="test-version"]')).toHaveCount(0);
});

test('on the start page a newer version takes over quietly at the next reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${server.origin}/`);
  await appStarted(page);
  await workerInCharge(page);
  server.serve(versionB);
  await page.reload();
  await versionBShown(page);
  await appStarted(page);
  await expect(pageHeading(page)).toHaveText(words.ui.intro.title);
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});
