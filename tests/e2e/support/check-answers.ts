import type { Locator, Page } from '@playwright/test';

/** A row of check-answers (or of the summary's answers in brief), by its question's short label. */
export function answerRow(page: Page, label: string): Locator {
  return page.locator('.summary-list__row').filter({ has: page.locator('dt').getByText(label, { exact: true }) });
}

/** The answer shown in a row. */
export function answerValue(page: Page, label: string): Locator {
  return answerRow(page, label).locator('.summary-list__value');
}

/** The row's Change link (a button named "Change <question>"). */
export function changeLink(page: Page, label: string): Locator {
  return answerRow(page, label).getByRole('button', { name: `Change ${label.toLowerCase()}`, exact: true });
}
