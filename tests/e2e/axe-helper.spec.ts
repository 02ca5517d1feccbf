import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startQuestionnaire } from './support/walk';

// The walks check every page with axe run inside the page (see support/axe.ts). A clean result
// means something only if that check fails when a page breaks a rule: here it is made to.
test('the axe check fails on a page that breaks a rule, and names the rule', async ({ page }) => {
  await startQuestionnaire(page, { axe: false });
  await expectNoAxeViolations(page, 'the first question');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:,';
    document.querySelector('main')?.append(image);
  });
  await expect(expectNoAxeViolations(page, 'the first question with an image without alt text')).rejects.toThrow(
    /image-alt/,
  );
});
