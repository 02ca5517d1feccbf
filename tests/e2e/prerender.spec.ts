import { expect, test, type Page } from '@playwright/test';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { pageHeading } from './support/answer-page';
import { appStarted } from './support/app-started';
import { blockedWorkerNotice } from './support/offline';
import { expectNoAxeViolations } from './support/axe';
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
  page.on('console', (message) => {
    if (!blockedWorkerNotice(message.text())) messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  await page.goto('/');
  await appStarted(page);
  await expect(pageHeading(page)).toHaveText(en.intro.title);
  expect(messages).toEqual([]);
});

/** Holds the app's code back, as a slow phone line would, until the test calls `release`. */
async function holdAppCode(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/index-*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const [what, url, heading, lang] of [
  ['the Spanish start page', '/?lang=es', es.intro.title, 'es'],
  ['the first question', '/#/area', catalogEn.pages.area.title, 'en'],
  ['the Spanish first question', '/?lang=es#/area', catalogEs.pages.area.title, 'es'],
  ['the first question of a clinic with no start page', '/?intro=false', catalogEn.pages.area.title, 'en'],
  ['the Spanish first question of a clinic with no start page', '/?lang=es&intro=no', catalogEs.pages.area.title, 'es'],
] as const) {
  test(`${what} is in the HTML, shown before the app's code comes, and the app takes it over as it is`, async ({
    page,
  }) => {
    const messages = consoleOf(page);
    const release = await holdAppCode(page);
    await page.goto(url, { waitUntil: 'commit' });
    await expect(pageHeading(page)).toHaveText(heading);
    await expect(pageHeading(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The other pages are gone, so no id is on the page twice (the first question may wait, hidden, beside the start page).
    expect(await page.locator('#root > [data-prerendered]:not([hidden])').count()).toBe(1);
    await expectNoAxeViolations(page, `${what}, before the app`);
    const shown = await pageHeading(page).elementHandle();
    release();
    await appStarted(page);
    await expect(pageHeading(page)).toHaveText(heading);
    expect(await shown?.evaluate((element) => element.isConnected)).toBe(true);
    // React reports a mismatch between the prerendered HTML and its own first render in the console.
    expect(messages).toEqual([]);
  });
}

test('opened with a clinic name in the header, no prerendered page shows while the app loads', async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto('/?clinic=Riverside%20Clinic#/area', { waitUntil: 'commit' });
  await page.waitForSelector('#root h1', { state: 'attached' });
  await expect(page.locator('#root')).toHaveCSS('visibility', 'hidden');
  release();
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
  await expect(page.getByText('Riverside Clinic').first()).toBeVisible();
  await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
});

for (const [language, url, title] of [
  ['English', '/#/area', catalogEn.pages.area.title],
  ['Spanish', '/?lang=es#/area', catalogEs.pages.area.title],
] as const) {
  test(`choices made on the ${language} first question before the app came are kept, and a Continue pressed then goes on once it comes`, async ({
    page,
  }) => {
    const messages = consoleOf(page);
    const release = await holdAppCode(page);
    await page.goto(url, { waitUntil: 'commit' });
    await expect(pageHeading(page)).toHaveText(title);
    await page.locator('input[value="both"]').check();
    await page.locator('input[value="one-leg"]').check();
    // A plain form would reload the page with the answers in its address: held until the app has come.
    await page.locator('form button[type="submit"]').click();
    await expect(page).toHaveURL(/#\/area$/);
    release();
    // The app presses it again: the next question, with the focus, and no second press.
    await expect(pageHeading(page)).not.toHaveText(title);
    await expect(page).toHaveURL(/#\/concerns$/);
    await expect(pageHeading(page)).toBeFocused();
    // Pressed once, for the first question only: the next page has not been sent on or checked.
    await expect(page.locator('.error-summary')).toHaveCount(0);
    await page.goBack();
    await expect(pageHeading(page)).toHaveText(title);
    await expect(page.locator('input[value="both"]')).toBeChecked();
    await expect(page.locator('input[value="one-leg"]')).toBeChecked();
    expect(messages).toEqual([]);
  });
}

test('a Continue pressed before the app came with nothing chosen shows, once the app comes, what is missing', async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto('/#/area', { waitUntil: 'commit' });
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
  await page.locator('form button[type="submit"]').click();
  release();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(catalogEn.errors['area.area']);
  await expect(page).toHaveURL(/#\/area$/);
});

/** When, in ms from navigation start, the page's first contentful paint and its app requests happened. */
async function loadTimes(page: Page, locale: 'en' | 'es' = 'en') {
  return page.evaluate((catalog) => {
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
      catalog: started(new RegExp(`/assets/catalog-${catalog}-[^/]+\\.js$`)),
      preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].filter((link) =>
        /\/assets\/index-[^/]+\.js$/.test((link as HTMLLinkElement).href),
      ).length,
    };
  }, locale);
}

for (const [what, url, title, locale] of [
  ['the start page', '/', `${en.intro.title} – `, 'en'],
  ['the Spanish start page', '/?lang=es', `${es.intro.title} – `, 'es'],
  ['the first question', '/#/area', `${catalogEn.pages.area.title} – `, 'en'],
  ['the Spanish first question', '/?lang=es#/area', `${catalogEs.pages.area.title} – `, 'es'],
] as const) {
  test(`a visit that opens on ${what} paints it before it asks for the app's code and words`, async ({ page }) => {
    await page.goto(url);
    // The app has started when it sets the page's own title.
    await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[?()]/g, '\\$&')}`));
    const times = await loadTimes(page, locale);
    expect(times.firstContentfulPaint).toBeGreaterThan(0);
    expect(times.entry).toHaveLength(1);
    expect(times.catalog).toHaveLength(1);
    expect(times.entry[0]).toBeGreaterThan(times.firstContentfulPaint ?? Infinity);
    expect(times.catalog[0]).toBeGreaterThan(times.firstContentfulPaint ?? Infinity);
    expect(times.preloads).toBe(0);
  });
}

test('opened where no prerendered page fits, the app and its words are fetched at once, together, while the page is hidden', async ({
  page,
}) => {
  await page.goto('/?clinic=Riverside&lang=es#/area');
  await expect(pageHeading(page)).toHaveText(catalogEs.pages.area.title);
  const times = await loadTimes(page, 'es');
  expect(times.preloads).toBe(1);
  expect(times.entry).toHaveLength(1);
  expect(times.catalog).toHaveLength(1);
  // Asked for during parsing, as a script tag in the HTML would be, not after the page painted, and
  // the words not only once the app's code has run: no waterfall.
  expect(times.entry[0]).toBeLessThanOrEqual(times.domContentLoaded);
  expect(times.catalog[0]).toBeLessThanOrEqual(times.domContentLoaded);
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
    // The first question is shown from the HTML at once, with the focus on its heading.
    await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
    await expect(pageHeading(page)).toBeFocused();
    release();
    await appStarted(page);
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

/**
 * Resolves once React has taken over the page (hydrateRoot marks its container: the prerendered
 * page's own element inside #root), whatever it has hydrated yet.
 */
async function appMounted(page: Page) {
  await page.waitForFunction(() => {
    const container = document.querySelector('#root > [data-prerendered]');
    return container !== null && Object.keys(container).some((key) => key.startsWith('__reactContainer'));
  });
}

/** Everything the page writes to the console, and any uncaught error. */
function consoleOf(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (!blockedWorkerNotice(message.text())) messages.push(`${message.type()}: ${message.text()}`);
  });
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
