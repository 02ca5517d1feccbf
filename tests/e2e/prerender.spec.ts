import { expect, test, type Page } from '@playwright/test';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { pageHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { tabTo } from './support/keyboard';

const en = catalogEn.ui;
const es = catalogEs.ui;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page is already in the HTML: a first visit paints it before any script runs', async ({ page }) => {
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(en.intro.title);
    await expect(page.getByText(en.intro.warning)).toBeVisible();
    await expect(page.getByRole('link', { name: en.intro.start })).toBeVisible();
  });
});

test('a first visit keeps the prerendered start page: the app takes it over without repainting it', async ({
  page,
}) => {
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForSelector('#root h1', { state: 'attached' });
  const heading = await pageHeading(page).elementHandle();
  // The app has started when it sets the page's own title; the heading is still the same element.
  await expect(page).toHaveTitle(`${en.intro.title} – Calf and ankle liposuction: prepare for your consultation`);
  expect(await heading?.evaluate((element) => element.isConnected)).toBe(true);
  await page.getByRole('link', { name: en.intro.start }).click();
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
});

test('the app hydrates the prerendered start page with nothing in the console: no hydration mismatch', async ({
  page,
}) => {
  // React reports a mismatch between the prerendered HTML and its own first render as an error,
  // then throws the HTML away and renders the page again.
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  await page.goto('/');
  await appStarted(page);
  await expect(pageHeading(page)).toHaveText(en.intro.title);
  expect(messages).toEqual([]);
});

for (const [what, url, heading] of [
  ['in Spanish', '/?lang=es', es.intro.title],
  ['part-way through', '/#/area', catalogEn.pages.area.title],
] as const) {
  test(`opened ${what}, the English start page never shows while the app loads`, async ({ page }) => {
    // Hold the app's code back, as a slow phone network would, until the hidden page has been
    // seen: held by the test rather than for a fixed time, which a loaded machine could outlast.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('#root h1', { state: 'attached' });
    await expect(page.locator('#root')).toHaveCSS('visibility', 'hidden');
    release();
    await expect(pageHeading(page)).toHaveText(heading);
    await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
  });
}

/** When, in ms from navigation start, the page's first contentful paint and its app requests happened. */
async function loadTimes(page: Page) {
  return page.evaluate(() => {
    const started = (pattern: RegExp) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => pattern.test(entry.name))
        .map((entry) => entry.startTime);
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      domContentLoaded: navigation.domContentLoadedEventStart,
      entry: started(/\/assets\/index-[^/]+\.js$/),
      catalog: started(/\/assets\/catalog-en-[^/]+\.js$/),
      preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].filter((link) =>
        /\/assets\/index-[^/]+\.js$/.test((link as HTMLLinkElement).href),
      ).length,
    };
  });
}

test("a first visit paints the start page before it asks for the app's code", async ({ page }) => {
  await page.goto('/');
  // The app has started when it sets the page's own title.
  await expect(page).toHaveTitle(`${en.intro.title} – Calf and ankle liposuction: prepare for your consultation`);
  const times = await loadTimes(page);
  expect(times.firstContentfulPaint).toBeGreaterThan(0);
  expect(times.entry).toHaveLength(1);
  expect(times.catalog).toHaveLength(1);
  expect(times.entry[0]).toBeGreaterThan(times.firstContentfulPaint ?? Infinity);
  expect(times.catalog[0]).toBeGreaterThan(times.firstContentfulPaint ?? Infinity);
  expect(times.preloads).toBe(0);
});

test('opened part-way through, the app is fetched at once, while the page is still hidden', async ({ page }) => {
  await page.goto('/#/area');
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
  const times = await loadTimes(page);
  expect(times.preloads).toBe(1);
  expect(times.entry).toHaveLength(1);
  // Asked for during parsing, as a script tag in the HTML would be, not after the page painted.
  expect(times.entry[0]).toBeLessThanOrEqual(times.domContentLoaded);
  expect(times.entry[0]).toBeLessThan(times.firstContentfulPaint ?? Infinity);
});

for (const [what, held] of [
  ["the app's code", '**/assets/index-*.js'],
  ['its English words (the app has started, not yet drawn)', '**/assets/catalog-en-*.js'],
] as const) {
  test(`"Start now" works by keyboard before the app has loaded (${what} held back), and the first question then has the focus`, async ({
    page,
  }) => {
    // Hold it back until the patient has pressed "Start now", as a slow line would.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const requested = new Promise<void>((resolve) => {
      void page.route(held, async (route) => {
        resolve();
        await released;
        await route.continue();
      });
    });
    await page.goto('/', { waitUntil: 'commit' });
    const start = page.getByRole('link', { name: en.intro.start });
    await expect(start).toBeVisible();
    await requested;
    await expect(page).toHaveTitle('Calf and ankle liposuction: prepare for your consultation');
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/area$/);
    release();
    await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
    await expect(pageHeading(page)).toBeFocused();
    // Back returns to the start page, now the app's own.
    await page.goBack();
    await expect(pageHeading(page)).toHaveText(en.intro.title);
  });
}

/** Holds back the start page's own chunk (decision 0023) until `release` is called. */
async function holdStartPageChunk(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = new Promise<void>((resolve) => {
    void page.route('**/assets/start-page-chunk-*.js', async (route) => {
      resolve();
      await released;
      await route.continue();
    });
  });
  return { requested, release };
}

/** Resolves once React has taken over #root (hydrateRoot marks the container), whatever it has hydrated yet. */
async function appMounted(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}

/** Everything the page writes to the console, and any uncaught error. */
function consoleOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return messages;
}

test("the start page's own code held back: the app hydrates around the prerendered page, which stays as it is and is hydrated when its code comes", async ({
  page,
}) => {
  const messages = consoleOf(page);
  const held = await holdStartPageChunk(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForSelector('#root h1', { state: 'attached' });
  const heading = await pageHeading(page).elementHandle();
  await held.requested;
  await appMounted(page);
  // The page is still the prerendered one, untouched; its title comes with its code.
  await expect(pageHeading(page)).toHaveText(en.intro.title);
  await expect(page).toHaveTitle('Calf and ankle liposuction: prepare for your consultation');
  held.release();
  await expect(page).toHaveTitle(`${en.intro.title} – Calf and ankle liposuction: prepare for your consultation`);
  expect(await heading?.evaluate((element) => element.isConnected)).toBe(true);
  await page.getByRole('link', { name: en.intro.start }).click();
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
  await expect(pageHeading(page)).toBeFocused();
  expect(messages).toEqual([]);
});

test('"Start now" pressed while the app runs but the start page\'s code is still on its way: the first question, with the focus', async ({
  page,
}) => {
  const messages = consoleOf(page);
  const held = await holdStartPageChunk(page);
  await page.goto('/', { waitUntil: 'commit' });
  await held.requested;
  await appMounted(page);
  const start = page.getByRole('link', { name: en.intro.start });
  await tabTo(page, start);
  await page.keyboard.press('Enter');
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
  await expect(pageHeading(page)).toBeFocused();
  held.release();
  await page.goBack();
  await expect(pageHeading(page)).toHaveText(en.intro.title);
  await expect(pageHeading(page)).toBeFocused();
  expect(messages).toEqual([]);
});
