import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// The content review sheet (scripts/review-sheet/), built into the app as review.html. Its
// content is checked by tests/unit/content/review-sheet.test.ts; here, that the built page is
// served under the app's headers with its styles applied, and passes axe.
test('the content review sheet is served with its styles under the app’s CSP and passes axe', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  const response = await page.goto('/review.html');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Content review sheet/);
  // review.css sets the line length: if the CSP had blocked it, the page would be full width.
  await expect(page.locator('body')).toHaveCSS('max-width', '960px');
  expect(blocked).toEqual([]);
  await expectNoAxeViolations(page, 'the content review sheet');
  await page.getByRole('link', { name: 'Back to the questionnaire' }).click();
  // The start page: the app, once loaded, names it in the address as #/intro.
  await expect(page.getByRole('link', { name: /start now/i })).toBeVisible();
  await expect(page).toHaveURL(/\/(index\.html)?(#\/intro)?$/);
});
