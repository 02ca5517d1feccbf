import { expect, test } from '@playwright/test';
import { catalogEn } from '../../src/i18n/en/catalog-en';
import { catalogEs } from '../../src/i18n/es/catalog-es';
import { pageHeading } from './support/answer-page';

const en = catalogEn.ui;
const es = catalogEs.ui;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page is already in the HTML: a first visit paints it before any script runs', async ({ page }) => {
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(en.intro.title);
    await expect(page.getByText(en.intro.warning)).toBeVisible();
    await expect(page.getByRole('button', { name: en.intro.start })).toBeVisible();
  });
});

test('a first visit keeps the prerendered start page: the app takes it over without repainting it', async ({ page }) => {
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForSelector('#root h1', { state: 'attached' });
  const heading = await pageHeading(page).elementHandle();
  // The app has started when it sets the page's own title; the heading is still the same element.
  await expect(page).toHaveTitle(`${en.intro.title} – Calf and ankle liposuction: prepare for your consultation`);
  expect(await heading?.evaluate((element) => element.isConnected)).toBe(true);
  await page.getByRole('button', { name: en.intro.start }).click();
  await expect(pageHeading(page)).toHaveText(catalogEn.pages.area.title);
});

for (const [what, url, heading] of [
  ['in Spanish', '/?lang=es', es.intro.title],
  ['part-way through', '/#/area', catalogEn.pages.area.title],
] as const) {
  test(`opened ${what}, the English start page never shows while the app loads`, async ({ page }) => {
    // Hold the app's code back, as a slow phone network would.
    await page.route('**/assets/index-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('#root h1', { state: 'attached' });
    await expect(page.locator('#root')).toHaveCSS('visibility', 'hidden');
    await expect(pageHeading(page)).toHaveText(heading);
    await expect(page.locator('#root')).toHaveCSS('visibility', 'visible');
  });
}
