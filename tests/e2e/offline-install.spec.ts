import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { appStarted } from './support/app-started';
import { APP_ORIGIN } from './embed/support/embed-host';
import { workerInCharge } from './support/offline';

test('the app is installable: Chromium finds no installability error at top level', async () => {
  // A browser context of Playwright's own is incognito, where nothing installs ("in-incognito"):
  // this test runs a profile on disk, as a person's browser is.
  const profile = await mkdtemp(join(tmpdir(), 'offline-install-'));
  const { launchOptions } = test.info().project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${APP_ORIGIN}/`);
    await appStarted(page);
    // The manifest and the worker are both in place, so the answer is about the finished app.
    await workerInCharge(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(`${APP_ORIGIN}/manifest.webmanifest`);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
